// GET /api/fieldwork/reviews/:taskId/diff?from=1&to=2: what changed between two submitted versions (review
// rounds), for whoever may read the review's versions. Audited like any read of case data.
import { problem, VersionDiff, VersionDiffQuery } from '@yji/contracts';
import { actorOf, HttpError, type App } from '@yji/service-kit';
import { auditReview } from '../../audit/audit-review.ts';
import type { FieldworkDb } from '../../db.ts';
import { versionContent } from '../../qa/assessment-snapshot.ts';
import { answersWithheld, countingJudgementOf } from '../../qa/blind-gate.ts';
import { REVIEW_READERS, reviewRoute } from '../../qa/review-route.ts';
import { visibleReview } from '../../qa/review-access.ts';
import { versionDiff } from '../../qa/version-diff.ts';

export function registerReadVersionDiff(app: App, db: FieldworkDb) {
  app.get(
    '/api/fieldwork/reviews/:taskId/diff',
    {
      ...reviewRoute(REVIEW_READERS, {
        summary: 'What changed between two submitted versions (by review round)',
        description:
          '404 for a round with no submitted version; 409 while a blind review withholds the answers.',
        querystring: VersionDiffQuery,
        response: { 200: VersionDiff },
      }),
    },
    async (request) => {
      const access = await visibleReview(db, request.principal, request.params.taskId);
      const { task } = access;
      if (answersWithheld(access, await countingJudgementOf(db, task.review)))
        throw new HttpError(problem('blind-judgements-first'));
      const { from, to } = request.query;
      const versions = await db.assessmentVersion.findMany({
        where: { taskId: task.id, round: { in: [from, to] } },
      });
      const before = versions.find((version) => version.round === from);
      const after = versions.find((version) => version.round === to);
      if (!before || !after) throw new HttpError(problem('not-found', { what: 'version' }));
      await auditReview(db, actorOf(request), task, 'case.read', { diffFrom: from, diffTo: to });
      return {
        taskId: task.id,
        from,
        to,
        changes: versionDiff(versionContent(before), versionContent(after)),
      };
    },
  );
}
