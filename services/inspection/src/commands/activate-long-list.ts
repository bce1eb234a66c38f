// The lead inspector's long list becomes the inspection's current one; an unconfirmed sample of the old one goes.
import { problem, type activateLongList } from '@yji/contracts';
import { CommandRejected } from '@yji/messaging';
import type { InspectionDb } from '../db.ts';
import { loadSample } from '../store/sample-store.ts';
import { auditDecision, type Reply, type Request } from './decision-support.ts';

export function handleActivateLongList(
  db: InspectionDb,
  { inspectionId, actor, longListId }: Request<typeof activateLongList>,
): Promise<Reply<typeof activateLongList>> {
  return db.$transaction(async (tx) => {
    const list = await tx.longList.findFirst({ where: { id: longListId, inspectionId } });
    if (!list) throw new CommandRejected(problem('not-found', { what: 'long list' }));
    if (!list.activatedAt) {
      const sample = await loadSample(tx, inspectionId);
      if (sample?.confirmedAt) throw new CommandRejected(problem('sample-confirmed'));
      await tx.sample.deleteMany({ where: { inspectionId } });
      await tx.longList.update({ where: { id: longListId }, data: { activatedAt: new Date() } });
      await auditDecision(tx, actor, inspectionId, 'long-list.activated', longListId, {
        details: { rows: list.rowCount },
      });
    }
    return { longListId, rows: list.rowCount };
  });
}
