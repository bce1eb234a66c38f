// GET /api/fieldwork/inspections/:inspectionId/agreement: how far assessors and QA reviewers agree, from the
// blind reviews — per key question, per assessor and for the whole inspection: pairs, percent agreement and
// Cohen's kappa with its 95% interval (packages/domain measureAgreement). For the lead inspector; audited.
import { AgreementView } from '@yji/contracts';
import { appendAudit } from '@yji/db';
import { measureAgreement } from '@yji/domain';
import { actorOf, type App } from '@yji/service-kit';
import { inspectionRoute } from '../../access/inspection-access.ts';
import type { FieldworkDb } from '../../db.ts';
import { blindReviewsOf } from '../../qa/blind-reviews.ts';

export function registerReadAgreement(app: App, db: FieldworkDb) {
  app.get(
    '/api/fieldwork/inspections/:inspectionId/agreement',
    inspectionRoute(db, ['lead-inspector'], {
      tags: ['quality assurance'],
      summary: 'Agreement between assessors and QA reviewers from the blind reviews (percent, Cohen’s kappa)',
      description:
        'Kappa is "not defined" (with the reason) when there are no pairs or one answer was given by ' +
        'everyone. A key question one judged and the other found not applicable is counted as unpaired.',
      response: { 200: AgreementView },
    }),
    async (request) => {
      const { inspectionId } = request.params;
      const blind = await blindReviewsOf(db, inspectionId);
      await appendAudit(db, {
        actor: actorOf(request),
        action: 'agreement.read',
        entityType: 'inspection',
        entityId: inspectionId,
        inspectionId,
        details: { blindReviews: blind.length },
      });
      return { inspectionId, blindReviews: blind.length, ...measureAgreement(blind) };
    },
  );
}
