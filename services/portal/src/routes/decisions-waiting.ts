// What waits on a person's decision, for the home page: a QA reviewer's queue, an assessor's cases QA
// returned, and the safeguarding alerts a lead inspector has not acknowledged. Counts and links only.
import type { z } from 'zod';
import type { AlertList, InspectionList, ReviewQueue, TaskList } from '@yji/contracts';
import { inspectionName } from '../api/inspection-names.ts';
import { UNACKNOWLEDGED } from './alerts.ts';
import type { ServiceApi } from '../api/service-api.ts';

type Inspection = z.infer<typeof InspectionList>['inspections'][number];

/** Before fieldwork there are no cases, so no alerts to look for. */
const BEFORE_CASES = new Set(['set-up', 'sampling']);

export async function reviewsWaiting(api: ServiceApi, userId: string) {
  const { reviews } = await api.get<z.infer<typeof ReviewQueue>>('/api/fieldwork/reviews');
  return {
    waiting: reviews.filter((review) => review.state === 'awaiting-qa').length,
    claimed: reviews.filter((review) => review.state === 'in-review' && review.reviewerId === userId).length,
  };
}

export const returnedCases = (tasks: z.infer<typeof TaskList>['tasks']) =>
  tasks.filter((task) => task.reviewState === 'returned' || task.reviewState === 'revising');

/** Each inspection the person leads with alerts waiting for acknowledgement, and how many. */
export async function alertsWaiting(api: ServiceApi, leading: readonly Inspection[]) {
  const counted = await Promise.all(
    leading
      .filter((inspection) => !BEFORE_CASES.has(inspection.phase))
      .map(async (inspection) => {
        const { alerts } = await api.get<z.infer<typeof AlertList>>(
          `/api/fieldwork/inspections/${inspection.id}/alerts`,
        );
        return {
          inspectionId: inspection.id,
          inspectionName: inspectionName(inspection),
          count: alerts.filter((alert) => UNACKNOWLEDGED.has(alert.state)).length,
        };
      }),
  );
  return counted.filter(({ count }) => count > 0);
}
