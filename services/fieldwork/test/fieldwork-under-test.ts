// Test support: the fieldwork service in this process against the real components the global setup
// provides, tokens from the development identity provider it runs, and ways to set up a task the way the
// workflow and the inspection service would (commands over NATS, team membership rows).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { createTask, assignTask, type DraftContent } from '@yji/contracts';
import { requireFramework } from '@yji/domain';
import { completeAnswers } from '@yji/domain/testing';
import { sendCommand } from '@yji/messaging';
import { serviceCaller } from '../../../tests/harness/service-caller.ts';
import { startServiceUnderTest } from '../../../tests/harness/service-under-test.ts';
import { testEnvironment } from '../../../tests/harness/test-environment.ts';
import { fieldworkConfig, startFieldworkService } from '../src/index.ts';

export const COURT_FACTS = {
  disposalType: 'referral_order',
  disposalStart: '2026-10-01',
  caseManager: 'CM-07',
  gender: 'male',
  ethnicity: 'white',
  safetyWellbeing: 'medium',
  riskOfSeriousHarm: 'medium',
} as const;

/** A d2-v6.5 court case as its assessor classifies it; `storeCompleteDraft` answers it completely. */
export const ANSWERED_CONTEXT = {
  disposalType: COURT_FACTS.disposalType,
  inspectorClassification: { safetyWellbeing: 'medium', riskOfHarm: 'medium' },
  careExperience: { inspectedYjsIsHome: true, inspectedYjsAssessed: true },
} as const;

/** What a test reads from an answer: the error shape, a stale version's current draft, or anything else. */
export interface ResponseBody {
  error?: { code: string; message: string; details?: { code: string; message: string }[] };
  current?: DraftContent;
  [field: string]: unknown;
}

export function fieldworkTestConfig() {
  return fieldworkConfig.parse(testEnvironment('yji-fieldwork-test'));
}

export async function startFieldworkUnderTest(config = fieldworkTestConfig()) {
  const fieldwork = await startServiceUnderTest(startFieldworkService, config, 'yji-fieldwork-test');
  const { nc } = fieldwork;

  /** A task created and assigned as the case workflow's activities do it. */
  const assignedTask = async (
    assigneeId: string,
    options: { dueAt?: string; inspectionId?: string; frameworkId?: string } = {},
  ) => {
    const taskId = randomUUID();
    const inspectionId = options.inspectionId ?? randomUUID();
    await sendCommand(nc, createTask, {
      taskId,
      inspectionId,
      caseRef: `CASE-${taskId.slice(0, 8)}`,
      frameworkId: options.frameworkId ?? 'd2-v6.5',
      facts: COURT_FACTS,
    });
    await sendCommand(nc, assignTask, {
      taskId,
      assigneeId,
      dueAt: options.dueAt ?? '2026-12-20T17:00:00.000Z',
    });
    return { taskId, inspectionId };
  };

  /**
   * A d2-v6.5 task's draft answered completely, written as it stands (same version): the lock command checks
   * the rules again, so a test that locks a task without going through the submit route stores one first.
   */
  const storeCompleteDraft = (taskId: string) =>
    fieldwork.db.caseTask.update({
      where: { id: taskId },
      data: {
        answers: completeAnswers(requireFramework('d2-v6.5'), ANSWERED_CONTEXT),
        inspectorClassification: ANSWERED_CONTEXT.inspectorClassification,
        careExperience: ANSWERED_CONTEXT.careExperience,
      },
    });

  // Its answers read as fieldwork's (ResponseBody above).
  return {
    ...fieldwork,
    call: serviceCaller<ResponseBody>(fieldwork.url),
    assignedTask,
    storeCompleteDraft,
  };
}

export type FieldworkUnderTest = Awaited<ReturnType<typeof startFieldworkUnderTest>>;

/**
 * For one file's tests: the service, started before them and stopped after. Read it inside a test (it exists
 * once the file's set-up has run).
 */
export function useFieldworkUnderTest() {
  let fieldwork: FieldworkUnderTest | undefined;
  beforeAll(async () => {
    fieldwork = await startFieldworkUnderTest();
  });
  afterAll(() => fieldwork?.stop());
  return () => fieldwork!;
}
