// GET /api/fieldwork/reviews/:taskId: a case's review — state, every submitted version, the timeline of moves
// with the return reasons and comments — for the inspection's QA reviewers and lead inspector and the case's
// own assessor. A blind review withholds the answers from a QA reviewer until the case is with them and their
// own judgements are in (qa/blind-gate.ts). Every read is audited.
import { ReviewDetail } from '@yji/contracts';
import { actorOf, type App } from '@yji/service-kit';
import { auditReview } from '../../audit/audit-review.ts';
import type { FieldworkDb } from '../../db.ts';
import { answersWithheld, countingJudgementOf } from '../../qa/blind-gate.ts';
import { judgedKeyQuestions } from '../../qa/key-questions.ts';
import { REVIEW_READERS, reviewRoute } from '../../qa/review-route.ts';
import { visibleReview } from '../../qa/review-access.ts';
import { toEntryView, toReviewSummary, toVersionView } from '../../qa/review-views.ts';
import { caseSurroundingsOf, frameworkOf } from '../../tasks/stored-task.ts';

export function registerReadReview(app: App, db: FieldworkDb) {
  app.get(
    '/api/fieldwork/reviews/:taskId',
    reviewRoute(REVIEW_READERS, {
      summary: 'A case’s review: state, submitted versions, return reasons and comments',
      description:
        'For the inspection’s QA reviewers and lead inspector and the case’s assessor; anyone else is told ' +
        '404. A blind review shows a QA reviewer the key questions to judge and withholds the versions ' +
        'until the case is with them and their own judgements are recorded (another reviewer’s do not ' +
        'count); blindJudgements are those of the reviewer the case is with. Every read is audited.',
      response: { 200: ReviewDetail },
    }),
    async (request) => {
      const access = await visibleReview(db, request.principal, request.params.taskId);
      const { task } = access;
      const [judged, versions, entries, surroundings] = await Promise.all([
        countingJudgementOf(db, task.review),
        db.assessmentVersion.findMany({ where: { taskId: task.id }, orderBy: { round: 'asc' } }),
        db.reviewEntry.findMany({ where: { taskId: task.id }, orderBy: { at: 'asc' } }),
        caseSurroundingsOf(db, task),
      ]);
      const withheld = answersWithheld(access, judged);
      await auditReview(db, actorOf(request), task, 'case.read', { answersWithheld: withheld });
      return {
        ...toReviewSummary(task, task.review),
        answersWithheld: withheld,
        keyQuestions: judgedKeyQuestions(frameworkOf(task)),
        blindJudgements: (judged?.judgements as Record<string, boolean | null> | undefined) ?? null,
        versions: withheld ? [] : versions.map((version) => toVersionView(task, version, surroundings)),
        timeline: entries.map(toEntryView),
      };
    },
  );
}
