// A long list made current racing the retention purge (docs/retention.md), and after it, through the real
// services, worker and workflows. The lead's inspection has its sample drawn, a case excluded with a reason
// and a second list staged, as an upload stages one before the workflow makes it current. The purge is held
// open part way (this test locks the exclusion's audit entry, whose reason the purge removes last, after the
// lists' cases and the sample), the command making the second list current is sent as the workflow's
// activity sends it, and once it has finished or waits on a lock the purge goes on and commits. The command
// is refused inspection-purged and changes nothing: the list is not current, the sample the purge kept
// stays, and no activation is audited. Sent once the purge is done, the same.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { activateLongList, purgeInspectionCases } from '@yji/contracts';
import { whileThePurgeRuns } from '@yji/db/testing';
import { parseLongList } from '@yji/domain';
import { CommandError, sendCommand } from '@yji/messaging';
import { stageLongList } from '../src/store/long-list-store.ts';
import { stagingBatchesOf } from '../src/store/long-list-staging-batches.ts';
import {
  callerAs,
  decidingAs,
  FIELDWORK_START_AHEAD,
  longListCsv,
  sampledInspection,
  TWO_INSPECTORS,
  useSystem,
} from '../../../tests/harness/index.ts';

/** The ids of what `secondListStaged` sets up. */
interface SecondListStaged {
  inspectionId: string;
  longListId: string;
}

describe('a long list made current racing or after the retention purge', () => {
  const system = useSystem();
  const lead = callerAs(system, 'lead-1', ['lead-inspector']);

  /** An inspection in sampling, a case of its sample excluded with a reason, and a second list staged. */
  async function secondListStaged(): Promise<SecondListStaged> {
    const { id, at, selected } = await sampledInspection(lead, {
      team: TWO_INSPECTORS,
      sampleSize: 2,
      seed: 'purge-race',
    });
    await decidingAs(lead)('POST', at('/sample/exclusions'), {
      caseRef: selected[0],
      reason: 'Moved to another youth justice service in the period.',
    });
    const list = parseLongList(longListCsv(FIELDWORK_START_AHEAD, 10));
    if (!list.ok) throw new Error('the test list is valid');
    const longListId = await stageLongList(system.inspectionDb, id, 'lead-1', {
      rows: list.cases.length,
      batches: stagingBatchesOf(list.cases),
    });
    return { inspectionId: id, longListId };
  }

  /** The command the workflow sends to make the staged list current: what it answered or threw. */
  const activate = ({ inspectionId, longListId }: SecondListStaged) =>
    sendCommand(system.nc, activateLongList, {
      inspectionId,
      actor: { userId: 'lead-1', roles: ['lead-inspector'], requestId: randomUUID() },
      longListId,
    }).then(
      (answer) => ({ answer, error: undefined }),
      (error: unknown) => ({ answer: undefined, error }),
    );

  const purge = ({ inspectionId }: SecondListStaged) =>
    sendCommand(system.nc, purgeInspectionCases, { inspectionId });

  /** Whether the staged list became current, whether a sample is left, and the activations audited. */
  const whatTheListLeft = async ({ inspectionId, longListId }: SecondListStaged) => ({
    current:
      (await system.inspectionDb.longList.findUniqueOrThrow({ where: { id: longListId } })).activatedAt !==
      null,
    samples: await system.inspectionDb.sample.count({ where: { inspectionId } }),
    activations: await system.inspectionDb.auditEntry.count({
      where: { inspectionId, action: 'long-list.activated', entityId: longListId },
    }),
  });

  const expectRefusedPurged = ({ answer, error }: Awaited<ReturnType<typeof activate>>) => {
    expect(answer).toBeUndefined();
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).code).toBe('inspection-purged');
  };

  it('refuses the list made current meanwhile, and changes nothing', async () => {
    const staged = await secondListStaged();
    const exclusion = await system.inspectionDb.auditEntry.findFirstOrThrow({
      where: { inspectionId: staged.inspectionId, action: 'case.excluded' },
    });
    const outcome = await whileThePurgeRuns(
      system.inspectionDb,
      {
        holdRow: 'SELECT 1 FROM "AuditEntry" WHERE id = $1::uuid FOR UPDATE',
        rowId: exclusion.id,
        purge: () => purge(staged),
      },
      () => activate(staged),
    );
    expectRefusedPurged(outcome);
    expect(await whatTheListLeft(staged)).toEqual({ current: false, samples: 1, activations: 0 });
  });

  it('refuses the list made current after the purge, and changes nothing', async () => {
    const staged = await secondListStaged();
    await purge(staged);
    expectRefusedPurged(await activate(staged));
    expect(await whatTheListLeft(staged)).toEqual({ current: false, samples: 1, activations: 0 });
  });
});
