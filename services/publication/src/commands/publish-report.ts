// Publishes the report when the publication workflow's timer comes: the latest version of the text and the
// approved set the report shows become public, with `yji.publication.report.published` in the same
// transaction. Publishing again (the activity retried) answers as before and changes nothing.
import { problem, publishReport, reportPublished } from '@yji/contracts';
import { appendToOutbox } from '@yji/db';
import { CommandRejected } from '@yji/messaging';
import { auditReport } from '../audit/audit-report.ts';
import { publicationCommand, WORKFLOW_ACTOR } from './publication-command.ts';

export const publishReportHandler = publicationCommand(publishReport, async (db, { inspectionId }) => {
  const report = await db.report.findUnique({ where: { inspectionId } });
  if (!report) throw new CommandRejected(problem('not-found', { what: 'report' }));
  if (report.publishedAt && report.publishedVersion !== null)
    return { publishedAt: report.publishedAt.toISOString(), version: report.publishedVersion };
  const latest = await db.reportDraft.findFirst({ where: { inspectionId }, orderBy: { version: 'desc' } });
  if (!latest) throw new CommandRejected(problem('not-found', { what: 'report text' }));

  const published = await db.$transaction(async (tx) => {
    const publishedAt = new Date();
    const { count } = await tx.report.updateMany({
      where: { inspectionId, publishedAt: null },
      data: { publishedAt, publishedVersion: latest.version },
    });
    if (count === 1) {
      await appendToOutbox(tx, reportPublished.subject, {
        inspectionId,
        publishedAt: publishedAt.toISOString(),
        version: latest.version,
        ratingsSetId: report.ratingsSetId,
      });
      await auditReport(tx, WORKFLOW_ACTOR, inspectionId, 'report.published', {
        version: latest.version,
        ratingsSetId: report.ratingsSetId,
      });
    }
    return tx.report.findUniqueOrThrow({ where: { inspectionId } });
  });
  return { publishedAt: published.publishedAt!.toISOString(), version: published.publishedVersion! };
});
