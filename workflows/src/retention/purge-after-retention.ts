// The end of an inspection's case data in yji (docs/retention.md): the deployment's retention period after
// `since` (publication, or for an inspection with no report the end of its quality assurance), a durable
// timer, then each service's purge of the inspection's case-level personal data, one after the other. Each
// purge is idempotent, so a retried or repeated one changes nothing.
import { proxyActivities, sleep } from '@temporalio/workflow';
import { COMMAND_ACTIVITY_OPTIONS } from '../command-activities.ts';
import type { PublicationActivities } from '../publication/activities.ts';
import { until } from '../timer-until.ts';

type RetentionActivities = Pick<
  PublicationActivities,
  'retentionEnds' | 'purgeInspectionCases' | 'purgeFieldworkCases' | 'purgeFactualCheck'
>;

const activities = proxyActivities<RetentionActivities>(COMMAND_ACTIVITY_OPTIONS);

/** What a workflow's state shows of it: until when the data is kept, then when it was purged. */
export interface RetentionShown {
  retainUntil?: string | undefined;
  purgedAt?: string | undefined;
}

export async function purgeAfterRetention(inspectionId: string, since: string, state: RetentionShown) {
  state.retainUntil = await activities.retentionEnds({ publishedAt: since });
  await sleep(until(state.retainUntil));
  await activities.purgeInspectionCases({ inspectionId });
  await activities.purgeFieldworkCases({ inspectionId });
  const { purgedAt } = await activities.purgeFactualCheck({ inspectionId });
  state.purgedAt = purgedAt;
}
