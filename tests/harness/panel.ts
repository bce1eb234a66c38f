// Tests that start at the ratings panel: each case's QA approval published as fieldwork publishes it
// (yji.fieldwork.assessment.approved), then the panel workflow started as the inspection workflow starts it.
// What the judgements are is the test's own; the rest is the same for every such test.
import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import { assessmentApproved, type RatingsPanelInput } from '@yji/contracts';
import { RATINGS_PANEL_WORKFLOW, ratingsPanelWorkflowId } from '@yji/workflows';
import type { ApiResponse, Caller, InspectionInFieldwork, Json } from './api.ts';
import { carriedOut } from './decisions.ts';
import { eventually, type System } from './system.ts';

/** The frameworks of every inspection the harness creates (api.ts inspectionBody). */
export const PANEL_FRAMEWORKS = {
  courtDisposals: 'd2-v6.5',
  outOfCourt: 'd3-v3.6',
  standards: 'standards-2020',
} as const;

/** The case-based standards' key questions of those frameworks, by side. */
export const KEY_QUESTIONS = { court: ['2.1', '2.2', '2.3', '2.4'], oocd: ['3.1', '3.2', '3.3'] } as const;

export type Side = 'court' | 'oocd';

export interface PanelOptions {
  /** Each case's key-question judgements (true yes, false no, null does not apply). */
  judgements: (side: Side, index: number) => Record<string, boolean | null>;
  /** The approved version's number; 1 by default. */
  version?: number;
  /** Whether QA reviewed the case (else approved on submission, outside the QA sample); all by default. */
  reviewed?: (index: number) => boolean;
}

/**
 * Every key question of every case yes, but no where the case's index plus the key question's number is a
 * multiple of `period`: bands that differ between standards, from judgements a test need not write out.
 */
export function mostlyYes(period: number): PanelOptions['judgements'] {
  return (side, index) =>
    Object.fromEntries(
      KEY_QUESTIONS[side].flatMap((standard) =>
        [1, 2, 3].map((kq) => [`${standard}.${kq}`, (index + kq) % period !== 0]),
      ),
    );
}

/**
 * Publishes every case's approval and starts the panel; once its pack holds every case, answers what was
 * published, the panel's input and the pack.
 */
export async function openPanel(
  system: Pick<System, 'nc' | 'temporal' | 'env'>,
  lead: Caller,
  inspection: InspectionInFieldwork,
  { judgements, version = 1, reviewed = () => true }: PanelOptions,
) {
  const { id } = inspection;
  const sample = (await lead('GET', `/api/inspections/${id}/sample`)).body;
  const sideOf = new Map<string, Side>(
    (sample.selected as Json[]).map((row) => [row.caseRef as string, row.side as Side]),
  );
  const approvals = inspection.cases.map(({ caseRef, taskId }, index) => {
    const side = sideOf.get(caseRef)!;
    return {
      inspectionId: id,
      taskId,
      caseRef,
      frameworkId: side === 'court' ? PANEL_FRAMEWORKS.courtDisposals : PANEL_FRAMEWORKS.outOfCourt,
      caseType: side,
      version,
      judgements: judgements(side, index),
      reviewed: reviewed(index),
      approvedBy: reviewed(index) ? 'qa-1' : null,
      approvedAt: new Date().toISOString(),
    };
  });
  const js = jetstream(system.nc);
  for (const approval of approvals)
    await js.publish(assessmentApproved.subject, JSON.stringify(approval), { msgID: randomUUID() });
  const input: RatingsPanelInput = {
    inspectionId: id,
    leadInspectorId: 'lead-1',
    frameworks: PANEL_FRAMEWORKS,
    custodyCases: sample.summary.custody as number,
  };
  await system.temporal.workflow.start(RATINGS_PANEL_WORKFLOW, {
    workflowId: ratingsPanelWorkflowId(id),
    taskQueue: system.env.TEMPORAL_TASK_QUEUE,
    args: [input],
  });
  const pack = await eventually('the panel pack with every approved case', async () => {
    const response = await lead('GET', `/api/ratings/inspections/${id}/pack`);
    return response.status === 200 && response.body.cases.approved === approvals.length
      ? response.body
      : undefined;
  });
  return { approvals, input, pack };
}

/** Throws with the answer when it is not `status`: a step of a set-up, not what a test asserts. */
async function expectStatus(what: string, answer: Promise<ApiResponse>, status = 200): Promise<Json> {
  const { status: got, body } = await answer;
  if (got !== status) throw new Error(`${what}: ${got} ${JSON.stringify(body)}`);
  return body;
}

/**
 * The panel's work on an open pack up to the chair's approval, as the lead and the chair do it over HTTP:
 * every qualitative standard proposed Good with one finding, every standard that needs a decision decided (a
 * missing rating moved up to Requires improvement). Every standard is then settled.
 */
export async function settlePanel(lead: Caller, chair: Caller, inspection: InspectionInFieldwork) {
  const base = `/api/ratings/inspections/${inspection.id}`;
  const pack = await expectStatus('the pack', chair('GET', `${base}/pack`));
  for (const standard of pack.standards as Json[]) {
    if (standard.kind !== 'qualitative') continue;
    await expectStatus(
      `the proposal for ${standard.id}`,
      lead('PUT', `${base}/proposals/${standard.id}`, {
        version: 0,
        rating: 'Good',
        items: [
          {
            prompt: `${standard.id}.1a`,
            answer: 'yes',
            finding: 'Policy and practice agree in the documents and interviews.',
            sources: [
              { kind: 'interview', description: 'head of service' },
              { kind: 'case-file', caseRefs: inspection.cases.slice(0, 3).map(({ caseRef }) => caseRef) },
            ],
          },
        ],
      }),
    );
  }
  const proposed = await expectStatus('the pack', chair('GET', `${base}/pack`));
  for (const standard of proposed.standards as Json[]) {
    if (!standard.needsDecision) continue;
    const decision =
      standard.rating === null ? { decision: 'up', to: 'Requires improvement' } : { decision: 'confirm' };
    const decided = chair('PUT', `${base}/decisions/${standard.id}`, {
      version: 0,
      ...decision,
      rationale: 'Weighed against the interviews and the case files.',
    });
    await expectStatus(
      `the decision on ${standard.id}`,
      decided.then((answer) => carriedOut(chair, answer)),
    );
  }
}

/** The panel's work on an open pack (`settlePanel`), then the chair's approval. Answers the approved set. */
export async function approvePanel(lead: Caller, chair: Caller, inspection: InspectionInFieldwork) {
  const base = `/api/ratings/inspections/${inspection.id}`;
  await settlePanel(lead, chair, inspection);
  await expectStatus(
    'the approval',
    chair('POST', `${base}/approval`).then((answer) => carriedOut(chair, answer)),
  );
  // The set approved, read as one that was carried out after its answer (202) must be: the newest.
  const [approved] = (await expectStatus('the final ratings', chair('GET', `${base}/final`))) as Json[];
  return approved!;
}

/** From fieldwork to approved ratings in one step: `openPanel`, then `approvePanel`. Answers the approved set. */
export async function runPanelToApproval(
  system: Pick<System, 'nc' | 'temporal' | 'env'>,
  { lead, chair }: { lead: Caller; chair: Caller },
  inspection: InspectionInFieldwork,
  options: PanelOptions,
) {
  await openPanel(system, lead, inspection, options);
  return approvePanel(lead, chair, inspection);
}
