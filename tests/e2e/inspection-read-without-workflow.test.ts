// Reading an inspection does not need its workflow to answer a Query. Once the InspectionWorkflow has finished
// (the ratings approved), the read answers the phase it ended in without a worker, and still does once
// Temporal's retention has removed the workflow (here deleted, as the retention does), from the inspection
// service's own records; the list shows that phase too, not set-up. A running workflow that no worker answers
// in time is a busy service: 503 service-busy with Retry-After, not 500.
import { describe, expect, it } from 'vitest';
import {
  approvePanel,
  callersOf,
  claimSubmission,
  eventually,
  inspectionBody,
  inspectionInFieldwork,
  ownWorker,
  PEOPLE,
  setQaSettings,
  startInspection,
  submitCompleteCase,
  tokenFor,
  useSystem,
} from '../harness/index.ts';

describe('reading an inspection whose workflow cannot be asked', () => {
  const system = useSystem({ worker: false, env: { TEMPORAL_CALL_TIMEOUT_MS: '3000' } });
  const worker = ownWorker(system);
  const { inspector: assessor } = callersOf(system);

  it(
    'answers a finished inspection’s phase without a worker and once its workflow is removed; a running one nobody answers is 503',
    { timeout: 300_000 },
    async () => {
      await worker.start();
      const { lead, chair, reviewer } = callersOf(system);
      // Through fieldwork, quality assurance (no case drawn for review) and the panel, to approved ratings.
      const inspection = await inspectionInFieldwork(system, lead, {
        team: [PEOPLE.inspector, PEOPLE.chair, PEOPLE.reviewer],
        sampleSize: 2,
      });
      const { id } = inspection;
      await setQaSettings(system, lead, id, {
        policy: {
          seed: 'read-without-workflow',
          shareByRole: { inspector: 0, 'local-assessor': 1 },
          blindShare: 0,
        },
      });
      for (const { taskId } of inspection.cases) await submitCompleteCase(assessor, taskId);
      // The QA policy still reviews one case of each assessor: its reviewer approves it.
      const reviewed = await system.fieldworkDb.caseReview.findMany({
        where: { inspectionId: id, approval: null },
      });
      for (const { taskId } of reviewed) {
        const claimed = await claimSubmission(reviewer, taskId);
        const approved = await reviewer('POST', `/api/fieldwork/reviews/${taskId}/approve`, {
          version: claimed.version,
        });
        expect(approved.status, JSON.stringify(approved.body)).toBe(200);
      }
      await eventually(
        'the ratings panel open with every case',
        async () => {
          const pack = await chair('GET', `/api/ratings/inspections/${id}/pack`);
          return pack.status === 200 && pack.body.cases.approved === inspection.cases.length
            ? true
            : undefined;
        },
        { timeoutMs: 120_000 },
      );
      await approvePanel(lead, chair, inspection);
      // The inspection workflow ends with the ratings approved.
      await system.temporal.workflow.getHandle(id).result();
      const running = await startInspection(lead, inspectionBody());
      await worker.stop();

      const read = async () => {
        const answer = await lead('GET', `/api/inspections/${id}`);
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        return answer.body.workflow;
      };
      const finished = await read();
      expect(finished).toMatchObject({
        inspectionId: id,
        phase: 'ratings-approved',
        recorded: true,
        sample: { confirmed: true },
      });

      // Removed as Temporal's retention removes a closed workflow.
      await system.temporal.workflowService.deleteWorkflowExecution({
        namespace: system.env.TEMPORAL_NAMESPACE,
        workflowExecution: { workflowId: id },
      });
      await eventually('the workflow removed', async () =>
        system.temporal.workflow
          .getHandle(id)
          .describe()
          .then(
            () => undefined,
            () => true,
          ),
      );
      expect(await read()).toEqual(finished);
      // Temporal's listing forgets it a little after: until then the list would answer from it.
      await eventually('the workflow gone from Temporal’s listing', async () => {
        for await (const _ of system.temporal.workflow.list({ query: `WorkflowId = '${id}'` }))
          return undefined;
        return true;
      });
      const listed = await eventually('the list without the removed workflow', async () => {
        const list = await lead('GET', '/api/inspections');
        const { ok, found } = {
          ok: list.status === 200,
          found: list.body.inspections?.find((entry: { id: string }) => entry.id === id),
        };
        return ok && found ? found : undefined;
      });
      expect(listed.phase).toBe('ratings-approved');

      // Running, and no worker to answer its Query: a busy service, to be asked again.
      const busy = await fetch(`${system.inspection.url}/api/inspections/${running}`, {
        headers: { authorization: `Bearer ${await tokenFor('lead-1', ['lead-inspector'])}` },
      });
      expect(busy.status).toBe(503);
      expect(busy.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(((await busy.json()) as { error: { code: string } }).error.code).toBe('service-busy');
    },
  );
});
