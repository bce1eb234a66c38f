// GET /api/fieldwork/inspections/:inspectionId/agreement: how far assessors and QA reviewers agree, from the
// blind reviews — per key question, per assessor and for the whole inspection: pairs, percent agreement and
// Cohen's kappa with its 95% interval (packages/domain measureAgreement). For the lead inspector; audited.
import { AgreementView } from '@yji/contracts';
import { measureAgreement } from '@yji/domain';
import type { App } from '@yji/service-kit';
import type { FieldworkDb } from '../../db.ts';
import { blindReviewsOf } from '../../qa/blind-reviews.ts';
import { registerLeadInspectorRead } from './lead-inspector-read.ts';

export function registerReadAgreement(app: App, db: FieldworkDb) {
  registerLeadInspectorRead(app, db, {
    path: '/api/fieldwork/inspections/:inspectionId/agreement',
    schema: {
      tags: ['quality assurance'],
      summary: 'Agreement between assessors and QA reviewers from the blind reviews (percent, Cohen’s kappa)',
      description:
        'Kappa is "not defined" (with the reason) when there are no pairs or one answer was given by ' +
        'everyone. A key question one judged and the other found not applicable is counted as unpaired.',
      response: AgreementView,
    },
    auditAction: 'agreement.read',
    load: (inspectionId) => blindReviewsOf(db, inspectionId),
    auditDetails: (blind) => ({ blindReviews: blind.length }),
    answer: (blind, inspectionId) => ({
      inspectionId,
      blindReviews: blind.length,
      ...measureAgreement(blind),
    }),
  });
}
