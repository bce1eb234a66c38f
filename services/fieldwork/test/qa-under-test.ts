// Test support for quality assurance: an inspection's team and QA policy as the inspection service's events
// would leave them, and a case answered completely and submitted as the case workflow's lock does it.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { lockSubmittedTask, type Role } from '@yji/contracts';
import { requireFramework, type CaseContext, type QaPolicy } from '@yji/domain';
import { completeAnswers } from '@yji/domain/testing';
import { sendCommand } from '@yji/messaging';
import { ANSWERED_CONTEXT, COURT_FACTS, type startFieldworkUnderTest } from './fieldwork-under-test.ts';

type Fieldwork = Awaited<ReturnType<typeof startFieldworkUnderTest>>;

const FRAMEWORK = requireFramework('d2-v6.5');

/** A QA policy sending every case to QA, every review blind. */
export const EVERY_CASE_BLIND = { shareByRole: { inspector: 1, 'local-assessor': 1 }, blindShare: 1 };

/** 002 13a–b: the first interview with this case manager, which opens View 5's questions about the YOT. */
const FIRST_INTERVIEW = { tookPlace: true, role: 'case_manager', caseManagerSeenBefore: false } as const;

/** A 2016 court case of an FJI in England (no modules), after a first interview with its case manager. */
const CONTEXT_2016: CaseContext = {
  disposalType: COURT_FACTS.disposalType,
  inspectorClassification: {},
  interview: FIRST_INTERVIEW,
  inspection: { country: 'england', programme: 'fji', modules: [] },
};

/** A new inspection with `team` (user id and role) and QA settings as the inspection service's events leave them. */
export async function inspectionWithQaSettings(
  fieldwork: Fieldwork,
  team: readonly (readonly [string, Role])[],
  settings: {
    policy: Partial<QaPolicy> & { seed: string };
    alertEscalation?: { escalateAfterMs: number; secondPersonId: string };
  },
) {
  const inspectionId = randomUUID();
  for (const [userId, role] of team) await fieldwork.joinTeam(inspectionId, userId, role);
  await fieldwork.db.qaSettings.create({ data: { inspectionId, ...settings } });
  return inspectionId;
}

export function qaUnderTest(fieldwork: Fieldwork) {
  /** An inspection whose team has inspector-1, inspector-3 (also QA), qa-1, qa-2 and lead-1, and its QA policy. */
  const inspection = (policy: Partial<QaPolicy>) =>
    inspectionWithQaSettings(
      fieldwork,
      [
        ['inspector-1', 'inspector'],
        ['inspector-3', 'inspector'],
        ['inspector-3', 'qa-reviewer'],
        ['qa-1', 'qa-reviewer'],
        ['qa-2', 'qa-reviewer'],
        ['lead-1', 'lead-inspector'],
      ],
      { policy: { seed: 'qa-test', ...policy } },
    );

  /** A task by `assessor`, answered completely (summary judgements as given) and submitted as the workflow does. */
  async function submitted(
    inspectionId: string,
    assessor: { userId: string; roles: readonly ('inspector' | 'qa-reviewer')[] } = {
      userId: 'inspector-1',
      roles: ['inspector'],
    },
    fixed: Record<string, string> = {},
  ) {
    const { taskId } = await fieldwork.assignedTask(assessor.userId, { inspectionId });
    const answers = completeAnswers(FRAMEWORK, ANSWERED_CONTEXT, fixed);
    const saved = await fieldwork.call(assessor, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
      version: 0,
      answers,
      inspectorClassification: ANSWERED_CONTEXT.inspectorClassification,
      careExperience: ANSWERED_CONTEXT.careExperience,
    });
    expect(saved.status).toBe(200);
    await sendCommand(fieldwork.nc, lockSubmittedTask, { taskId, version: 1 });
    return { taskId, answers };
  }

  /**
   * A 2016 FJI case in England by inspector-1, after a first interview with the case manager, answered
   * completely (version 1), not yet submitted.
   */
  async function answered2016(inspectionId: string) {
    const assessor = { userId: 'inspector-1', roles: ['inspector'] } as const;
    await fieldwork.db.inspectionSettings.upsert({
      where: { inspectionId },
      create: { inspectionId, country: 'england', programme: { name: 'fji' } },
      update: {},
    });
    const { taskId } = await fieldwork.assignedTask(assessor.userId, {
      inspectionId,
      frameworkId: 'fji-sqs-2016',
    });
    const path = `/api/fieldwork/tasks/${taskId}`;
    const interview = await fieldwork.call(assessor, 'PUT', `${path}/case-manager-interview`, {
      ...FIRST_INTERVIEW,
      date: '2026-12-08',
      notes: 'Seen at the office.',
    });
    expect(interview.status, JSON.stringify(interview.body)).toBe(200);
    const answers = completeAnswers(requireFramework('fji-sqs-2016'), CONTEXT_2016);
    const saved = await fieldwork.call(assessor, 'PUT', `${path}/draft`, { version: 0, answers });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    return { taskId, answers, interview: FIRST_INTERVIEW };
  }

  /** The case of `answered2016`, submitted as the workflow does. */
  async function submitted2016(inspectionId: string) {
    const answered = await answered2016(inspectionId);
    await sendCommand(fieldwork.nc, lockSubmittedTask, { taskId: answered.taskId, version: 1 });
    return answered;
  }

  /**
   * The case's interview recorded again, now with a case manager seen before: View 5's first-time questions
   * no longer apply, so the answers of `answered2016` break the rules; the task keeps its version.
   */
  async function caseManagerSeenBefore(taskId: string) {
    const assessor = { userId: 'inspector-1', roles: ['inspector'] } as const;
    const recorded = await fieldwork.call(
      assessor,
      'PUT',
      `/api/fieldwork/tasks/${taskId}/case-manager-interview`,
      {
        ...FIRST_INTERVIEW,
        caseManagerSeenBefore: true,
        date: '2026-12-08',
        notes: 'Seen at the office.',
      },
    );
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
  }

  return { inspection, submitted, answered2016, submitted2016, caseManagerSeenBefore };
}
