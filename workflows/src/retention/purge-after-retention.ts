// The end of an inspection's case data in yji (docs/retention.md): the deployment's retention period after
// `since` (publication, or for an inspection with no report the end of its quality assurance), a durable
// timer, then each service's purge of the inspection's case-level personal data, one after the other. Each
// purge is idempotent, so a retried or repeated one changes nothing.
import { proxyActivities, sleep } from '@temporalio/workflow';
import type { PublicationState } from '@yji/contracts';
import { COMMAND_ACTIVITY_OPTIONS } from '../command-activities.ts';
import type { PublicationActivities } from '../publication/activities.ts';
import { until } from '../timer-until.ts';

type RetentionActivities = Pick<
  PublicationActivities,
  'retentionEnds' | 'purgeInspectionCases' | 'purgeFieldworkCases' | 'purgeFactualCheck'
>;

const activities = proxyActivities<RetentionActivities>(COMMAND_ACTIVITY_OPTIONS);

/** `state`: what the workflow's state shows of it (contracts `retentionShown`). */
export async function purgeAfterRetention(
  inspectionId: string,
  since: string,
  state: Pick<PublicationState, 'retainUntil' | 'purgedAt'>,
) {
  state.retainUntil = await activities.retentionEnds({ publishedAt: since });
  await sleep(until(state.retainUntil));
  await activities.purgeInspectionCases({ inspectionId });
  await activities.purgeFieldworkCases({ inspectionId });
  const { purgedAt } = await activities.purgeFactualCheck({ inspectionId });
  state.purgedAt = purgedAt;
}
