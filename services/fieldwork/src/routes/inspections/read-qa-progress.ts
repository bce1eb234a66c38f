// GET /api/fieldwork/inspections/:inspectionId/qa-progress: each case's task and review state, the totals,
// and which cases keep the inspection from the ratings panel and why. For the lead inspector; audited.
import { QaProgressView } from '@yji/contracts';
import type { App } from '@yji/service-kit';
import type { FieldworkDb } from '../../db.ts';
import { qaProgress } from '../../qa/qa-progress.ts';
import { reviewDeadlines } from '../../qa/review-deadline-marks.ts';
import { registerLeadInspectorRead } from './lead-inspector-read.ts';

export function registerReadQaProgress(app: App, db: FieldworkDb) {
  registerLeadInspectorRead(app, db, {
    path: '/api/fieldwork/inspections/:inspectionId/qa-progress',
    schema: {
      tags: ['quality assurance'],
      summary: 'QA progress: each case’s state, the totals, and the cases blocking the ratings panel',
      response: QaProgressView,
    },
    auditAction: 'qa-progress.read',
    load: async (inspectionId) => {
      const tasks = await db.caseTask.findMany({
        where: { inspectionId },
        include: { review: true },
        orderBy: { caseRef: 'asc' },
      });
      const reviews = tasks.flatMap(({ review }) => (review ? [review] : []));
      return { tasks, deadlines: await reviewDeadlines(db, reviews) };
    },
    auditDetails: ({ tasks }) => ({ cases: tasks.length }),
    answer: ({ tasks, deadlines }, inspectionId) => qaProgress(inspectionId, tasks, deadlines),
  });
}
