// Test support: the ratings service in this process against the real components the global setup provides,
// tokens from the development identity provider, and ways to set up what other parts would: team membership
// rows (the inspection service's team events), fieldwork's assessment events published to JetStream, the
// panel opened by the command the ratings panel workflow's first activity sends. The fieldwork service runs
// beside it: the chair's approval asks it which cases are approved (panel/judgements-pending.ts); for an
// inspection it does not know, none.
import { randomUUID } from 'node:crypto';
import type { assessmentApproved } from '@yji/contracts';
import { openPanel } from '@yji/contracts';
import type { z } from 'zod';
import { sendCommand } from '@yji/messaging';
import { startServiceUnderTest } from '../../../tests/harness/service-under-test.ts';
import { startFieldworkUnderTest } from '../../fieldwork/test/fieldwork-under-test.ts';
import { testEnvironment } from '../../../tests/harness/test-environment.ts';
import { ratingsConfig, startRatingsService } from '../src/index.ts';

export type Approval = z.input<typeof assessmentApproved.payload>;

export type { ResponseBody } from '../../../tests/harness/service-under-test.ts';

export function ratingsTestConfig() {
  return ratingsConfig.parse(testEnvironment('yji-ratings-test'));
}

/** An approved court case: every key question of 2.1–2.4 judged `yes` (or as given). */
export function courtApproval(
  inspectionId: string,
  judgements: Record<string, boolean | null> = {},
  overrides: Partial<Approval> = {},
): Approval {
  const all = Object.fromEntries(
    ['2.1', '2.2', '2.3', '2.4'].flatMap((standard) => [1, 2, 3].map((kq) => [`${standard}.${kq}`, true])),
  );
  const taskId = randomUUID();
  return {
    inspectionId,
    taskId,
    caseRef: `C-${taskId.slice(0, 8)}`,
    frameworkId: 'd2-v6.5',
    caseType: 'court',
    version: 1,
    judgements: { ...all, ...judgements },
    reviewed: true,
    approvedBy: 'qa-1',
    approvedAt: new Date().toISOString(),
    ...overrides,
  };
}

/** The ratings service under test; `publish` sends fieldwork's events as its outbox relay would. */
export async function startRatingsUnderTest(config = ratingsTestConfig()) {
  const ratings = await startServiceUnderTest(startRatingsService, config, 'yji-ratings-test');
  const fieldwork = await startFieldworkUnderTest();

  const open = (
    inspectionId: string,
    custodyCases = 0,
    leadInspectorId = 'lead-1',
    frameworks = { courtDisposals: 'd2-v6.5', outOfCourt: 'd3-v3.6', standards: 'standards-2020' },
  ) => sendCommand(ratings.nc, openPanel, { inspectionId, leadInspectorId, custodyCases, frameworks });

  const stop = async () => {
    await fieldwork.stop();
    await ratings.stop();
  };

  return { ...ratings, open, fieldwork, stop };
}

export type RatingsUnderTest = Awaited<ReturnType<typeof startRatingsUnderTest>>;

export { eventually } from '../../../tests/harness/poll.ts';
