// GET /api/fieldwork/inspections/:inspectionId/live-ratings: where each key question stands during fieldwork
// and QA — the share of yes among the judgements standing as submitted and among the approved ones, the band,
// and how many more yes or no judgements would cross a band boundary (packages/domain liveStandings; the
// rating rules are the domain's, never repeated here). For the lead inspector; audited.
import { LiveRatingsView } from '@yji/contracts';
import { liveStandings } from '@yji/domain';
import { HttpError, type App } from '@yji/service-kit';
import type { FieldworkDb } from '../../db.ts';
import { liveCasesOf } from '../../qa/live-cases.ts';
import { registerLeadInspectorRead } from './lead-inspector-read.ts';

export function registerReadLiveRatings(app: App, db: FieldworkDb) {
  registerLeadInspectorRead(app, db, {
    path: '/api/fieldwork/inspections/:inspectionId/live-ratings',
    schema: {
      tags: ['quality assurance'],
      summary: 'Live ratings: each key question’s share of yes, band and distance to the next band',
      description:
        'Once the inspection’s case data is purged, 409 inspection-purged: the judgements were read from ' +
        'the answers it removed.',
      response: LiveRatingsView,
      refusals: [409],
    },
    auditAction: 'live-ratings.read',
    load: (inspectionId) => liveCasesOf(db, inspectionId, HttpError),
    auditDetails: (cases) => ({ cases: cases.length }),
    answer: (cases, inspectionId) => ({ inspectionId, ...liveStandings(cases) }),
  });
}
