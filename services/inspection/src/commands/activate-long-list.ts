// The lead inspector's long list becomes the inspection's current one; an unconfirmed sample of the old one goes.
// Refused once the inspection's case data is purged (requireInspection, under its retention lock, so a purge
// under way is waited for): the list made current would be one the purge emptied, and the sample it kept
// would go.
import { problem, activateLongList } from '@yji/contracts';
import { CommandRejected } from '@yji/messaging';
import { loadSample } from '../store/sample-store.ts';
import { auditDecision, inspectionCommand, requireInspection } from './decision-support.ts';

export const activateLongListHandler = inspectionCommand(
  activateLongList,
  (db, { inspectionId, actor, longListId }) =>
    db.$transaction(async (tx) => {
      await requireInspection(tx, inspectionId);
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
    }),
);
