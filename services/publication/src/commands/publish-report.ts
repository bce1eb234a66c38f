// Publishes the report when the publication workflow's timer comes: the latest version of the text and the
// approved set the report shows become public, with `yji.publication.report.published` in the same
// transaction. Publishing again (the activity retried) answers as before and changes nothing.
import { problem, publishReport, reportPublished } from '@yji/contracts';
import { appendToOutbox } from '@yji/db';
import { CommandRejected } from '@yji/messaging';
import { auditReport } from '../audit/audit-report.ts';
import { lockReport } from '../report/lock-report.ts';
import { publicationCommand, WORKFLOW_ACTOR } from './publication-command.ts';

export const publishReportHandler = publicationCommand(publishReport, async (db, { inspectionId }) => {
  const published = await db.$transaction(async (tx) => {
    // Locked (lockReport): the version published is the latest there will ever be, and the ratings set named
    // is the one the row holds as it is published.
    const report = await lockReport(tx, inspectionId);
    if (!report) throw new CommandRejected(problem('not-found', { what: 'report' }));
    if (report.publishedAt && report.publishedVersion !== null) return report;
    const latest = await tx.reportDraft.findFirst({ where: { inspectionId }, orderBy: { version: 'desc' } });
    if (!latest) throw new CommandRejected(problem('not-found', { what: 'report text' }));
    const stored = await tx.report.update({
      where: { inspectionId },
      data: { publishedAt: new Date(), publishedVersion: latest.version },
    });
    await appendToOutbox(tx, reportPublished.subject, {
      inspectionId,
      publishedAt: stored.publishedAt!.toISOString(),
      version: latest.version,
      ratingsSetId: stored.ratingsSetId,
    });
    await auditReport(tx, WORKFLOW_ACTOR, inspectionId, 'report.published', {
      version: latest.version,
      ratingsSetId: stored.ratingsSetId,
    });
    return stored;
  });
  return { publishedAt: published.publishedAt!.toISOString(), version: published.publishedVersion! };
});
