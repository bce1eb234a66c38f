// GET /api/fieldwork/inspections/:inspectionId/agreement: how far assessors and QA reviewers agree, from the
// blind reviews — per key question, per assessor and for the whole inspection: pairs, percent agreement and
// Cohen's kappa with its 95% interval (packages/domain measureAgreement). For the lead inspector; audited.
import { AgreementView } from '@yji/contracts';
import { measureAgreement } from '@yji/domain';
import { HttpError, type App } from '@yji/service-kit';
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
        'everyone. A key question one judged and the other found not applicable is counted as unpaired. ' +
        'A pair is the judgement of the reviewer each case is with. Once the inspection’s case data is ' +
        'purged, 409 inspection-purged: the assessors’ answers are gone.',
      response: AgreementView,
      refusals: [409],
    },
    auditAction: 'agreement.read',
    load: (inspectionId) => blindReviewsOf(db, inspectionId, HttpError),
    auditDetails: (blind) => ({ blindReviews: blind.length }),
    answer: (blind, inspectionId) => ({
      inspectionId,
      blindReviews: blind.length,
      ...measureAgreement(blind),
    }),
  });
}
