// Records the publication's time and the people named for the embargoed preview, for the publication
// workflow, which has checked the phase and the role. Only once the factual accuracy check has closed and
// every comment has the lead inspector's response; based on the schedule's version, so two moves never
// overwrite each other. The same move again (the activity retried) answers as before.
import { problem, schedulePublication } from '@yji/contracts';
import { CommandRejected } from '@yji/messaging';
import { auditReport } from '../audit/audit-report.ts';
import { publicationCommand } from './publication-command.ts';

export const schedulePublicationHandler = publicationCommand(schedulePublication, async (db, command) => {
  const { inspectionId, actor, version, embargo } = command;
  const publishAt = new Date(command.publishAt);
  const report = await db.report.findUnique({ where: { inspectionId } });
  if (!report) throw new CommandRejected(problem('not-found', { what: 'report' }));
  if (
    report.scheduleVersion === version + 1 &&
    report.publishAt?.getTime() === publishAt.getTime() &&
    report.embargoViewers.join() === embargo.join()
  )
    return { version: version + 1, publishAt: publishAt.toISOString() };
  if (report.publishedAt)
    throw new CommandRejected(problem('not-allowed-now', { reason: 'the report is published' }));
  if (publishAt.getTime() <= Date.now())
    throw new CommandRejected(problem('not-allowed-now', { reason: 'the publication time has passed' }));
  const check = await db.factualCheck.findUnique({ where: { inspectionId } });
  if (!check?.closedAt)
    throw new CommandRejected(
      problem('not-allowed-now', { reason: 'the factual accuracy check has not closed' }),
    );
  // One response per comment, so the comments without one are the difference.
  const unanswered =
    (await db.factualComment.count({ where: { inspectionId } })) -
    (await db.commentResponse.count({ where: { inspectionId } }));
  if (unanswered)
    throw new CommandRejected(
      problem('not-allowed-now', { reason: 'every factual accuracy comment needs a response first' }),
    );

  const moved = await db.$transaction(async (tx) => {
    const { count } = await tx.report.updateMany({
      where: { inspectionId, scheduleVersion: version, publishedAt: null },
      data: { publishAt, embargoViewers: embargo, scheduleVersion: version + 1 },
    });
    if (count === 1)
      await auditReport(tx, actor, inspectionId, 'publication.scheduled', {
        publishAt: publishAt.toISOString(),
        version: version + 1,
        embargo,
      });
    return count === 1;
  });
  if (!moved) throw new CommandRejected(problem('stale-version', { current: report.scheduleVersion }));
  return { version: version + 1, publishAt: publishAt.toISOString() };
});
