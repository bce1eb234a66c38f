// PUT /api/publication/inspections/:id/draft: the lead inspector saves the report's text as a new version,
// based on the version they read (409 stale-version otherwise, so two saves never overwrite each other).
// Every version is kept (ReportDraft refuses UPDATE and DELETE). Findings only for standards the approved
// ratings rate (the domain's reportFindingsProblems). Not after publication, nor once the inspection's case
// data is purged (docs/retention.md): the purge empties every version not published, and one saved after it
// would keep the lead's text.
import { problem, ReportDraftBody, ReportDraftView } from '@yji/contracts';
import { reportFindingsProblems } from '@yji/domain';
import { actorOf, errorResponses, HttpError, refuseIfPurged, type App } from '@yji/service-kit';
import { LEAD, reportRoute } from '../access/report-access.ts';
import { auditReport } from '../audit/audit-report.ts';
import type { PublicationDb } from '../db.ts';
import { lockReport } from '../report/lock-report.ts';
import { draftText, loadReport } from '../report/report-draft.ts';

/** A full report's text fits well within this. */
const DRAFT_BODY_LIMIT_BYTES = 1024 * 1024;

export function registerSaveDraft(app: App, db: PublicationDb) {
  app.put(
    '/api/publication/inspections/:id/draft',
    {
      ...reportRoute(db, LEAD, {
        summary: "Save the report's text (overview, findings per standard, recommendations) as a new version",
        description:
          'Based on the version read (409 stale-version otherwise); findings for a standard the approved ' +
          'ratings do not rate, or twice, answer 422 naming each place. Once the inspection’s case data is ' +
          'purged, 409 inspection-purged.',
        body: ReportDraftBody,
        response: { 200: ReportDraftView, ...errorResponses(409, 422) },
      }),
      bodyLimit: DRAFT_BODY_LIMIT_BYTES,
    },
    async (request) => {
      const { id } = request.params;
      const { version, overview, findings, recommendations } = request.body;
      const loaded = await loadReport(db, id);
      if (!loaded) throw new HttpError(problem('not-found', { what: 'report' }));
      if (loaded.report.publishedAt)
        throw new HttpError(problem('not-allowed-now', { reason: 'the report is published' }));
      const issues = reportFindingsProblems(
        findings.map(({ standardId }) => standardId),
        loaded.ratings.standards.map((standard) => standard.id),
      );
      if (issues.length) throw new HttpError(problem('draft-invalid', { issues }));

      const saved = await db.$transaction(async (tx) => {
        // The retention lock before the report's row (retention-lock.ts): a save lands before the purge, and
        // is purged with the rest, or waits for it and is refused.
        await refuseIfPurged(tx, id, HttpError);
        // Locked (lockReport): a save lands before the publication, and is in it, or after it, and is
        // refused; never a version after the one published.
        const report = await lockReport(tx, id);
        if (report?.publishedAt) return { published: true } as const;
        // Based on the latest version only: an older one is stale, and a later one than exists is no version
        // anyone read (it would leave a gap in the versions).
        const before = await tx.reportDraft.findFirst({
          where: { inspectionId: id },
          orderBy: { version: 'desc' },
          select: { version: true },
        });
        if ((before?.version ?? 0) !== version) return { current: before?.version ?? 0 };
        const draft = await tx.reportDraft.create({
          data: {
            inspectionId: id,
            version: version + 1,
            overview,
            findings,
            recommendations,
            editedBy: request.principal.userId,
          },
        });
        await auditReport(tx, actorOf(request), id, 'draft.saved', {
          version: version + 1,
          standards: findings.map(({ standardId }) => standardId),
          recommendations: recommendations.length,
        });
        return { draft };
      });
      if ('published' in saved)
        throw new HttpError(problem('not-allowed-now', { reason: 'the report is published' }));
      if (!saved.draft) throw new HttpError(problem('stale-version', { current: saved.current }));
      return { ...draftText(saved.draft), ratings: loaded.ratings };
    },
  );
}
