// What waits on a person's decision, for the home page: a QA reviewer's queue and how many of their claimed
// cases are past a review deadline, an assessor's cases QA returned, the safeguarding alerts escalated to a
// second named person, and for a lead inspector the safeguarding alerts not yet acknowledged and the reviews
// past their deadline. Counts, states and links only.
import type { z } from 'zod';
import type {
  AlertList,
  EscalatedAlertList,
  InspectionList,
  QaProgressView,
  ReviewQueue,
  TaskList,
} from '@yji/contracts';
import { isBackWithAssessor } from '@yji/domain';
import { inspectionName } from '../api/inspection-names.ts';
import { UNACKNOWLEDGED } from './alerts.ts';
import type { ServiceApi } from '../api/service-api.ts';

type Inspection = z.infer<typeof InspectionList>['inspections'][number];

/** Before fieldwork there are no cases, so no alerts to look for. */
const BEFORE_CASES = new Set(['set-up', 'sampling']);
/**
 * Cases are claimed for review from their submission in fieldwork until every one is approved, and again
 * when the lead reopens an approved case for correction, up to the panel.
 */
const IN_REVIEW = new Set(['fieldwork', 'quality-assurance', 'ready-for-panel', 'ratings-panel']);

export async function reviewsWaiting(api: ServiceApi, userId: string) {
  const { reviews } = await api.get<z.infer<typeof ReviewQueue>>('/api/fieldwork/reviews');
  const claimed = reviews.filter((review) => review.state === 'in-review' && review.reviewerId === userId);
  return {
    waiting: reviews.filter((review) => review.state === 'awaiting-qa').length,
    claimed: claimed.length,
    // The reviewer's reminder has come (Due soon on the queue) or the lead has been told (Overdue).
    dueSoon: claimed.filter((review) => review.deadline === 'reminded').length,
    overdue: claimed.filter((review) => review.deadline === 'overdue').length,
  };
}

/** The alerts escalated to the person as an inspection's second named person that are still open. */
export async function alertsEscalated(api: ServiceApi) {
  return (await api.get<EscalatedAlertList>('/api/fieldwork/alerts/escalated')).alerts;
}

/** The assessor's cases back with them from quality assurance, opened again or not (domain isBackWithAssessor). */
export const returnedCases = (tasks: z.infer<typeof TaskList>['tasks']) => tasks.filter(isBackWithAssessor);

/** Each of `inspections` with something to count in it, and how many: `count` reads one inspection's. */
async function countedIn(
  inspections: readonly Inspection[],
  count: (inspectionId: string) => Promise<number>,
) {
  const counted = await Promise.all(
    inspections.map(async (inspection) => ({
      inspectionId: inspection.id,
      inspectionName: inspectionName(inspection),
      count: await count(inspection.id),
    })),
  );
  return counted.filter(({ count: found }) => found > 0);
}

/** Each inspection the person leads with alerts waiting for acknowledgement, and how many. */
export const alertsWaiting = (api: ServiceApi, leading: readonly Inspection[]) =>
  countedIn(
    leading.filter((inspection) => !BEFORE_CASES.has(inspection.phase)),
    async (inspectionId) => {
      const { alerts } = await api.get<z.infer<typeof AlertList>>(
        `/api/fieldwork/inspections/${inspectionId}/alerts`,
      );
      return alerts.filter((alert) => UNACKNOWLEDGED.has(alert.state)).length;
    },
  );

/** Each inspection the person leads with cases in review past their review deadline, and how many. */
export const reviewsOverdue = (api: ServiceApi, leading: readonly Inspection[]) =>
  countedIn(
    leading.filter((inspection) => IN_REVIEW.has(inspection.phase)),
    async (inspectionId) => {
      const { cases } = await api.get<z.infer<typeof QaProgressView>>(
        `/api/fieldwork/inspections/${inspectionId}/qa-progress`,
      );
      return cases.filter((entry) => entry.reviewDeadline === 'overdue').length;
    },
  );
