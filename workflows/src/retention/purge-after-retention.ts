// The end of an inspection's case data in yji (docs/retention.md): the deployment's retention period after
// `since` (publication, or for an inspection with no report the end of its quality assurance), a durable
// timer, then each service's purge of the inspection's case-level personal data, one after the other. Each
// purge is idempotent, so a retried or repeated one changes nothing.
import { patched, proxyActivities, sleep } from '@temporalio/workflow';
import type { PublicationState } from '@yji/contracts';
import { PURGE_REPLY_WITHIN_MS } from '@yji/contracts/purge-timing';
import { COMMAND_ACTIVITY_OPTIONS } from '../command-activities.ts';
import type { PublicationActivities } from '../publication/activities.ts';
import { until } from '../timer-until.ts';

type RetentionActivities = Pick<
  PublicationActivities,
  | 'retentionEnds'
  | 'purgeInspectionCases'
  | 'purgeFieldworkCases'
  | 'purgeFactualCheck'
  | 'purgePanelRationales'
>;

/**
 * An attempt lasts as long as its sender waits for the purge, and a minute more: cut shorter, Temporal would
 * start a second attempt while the first's purge still runs, and the second would wait on it.
 */
const activities = proxyActivities<RetentionActivities>({
  ...COMMAND_ACTIVITY_OPTIONS,
  startToCloseTimeout: PURGE_REPLY_WITHIN_MS + 60_000,
});

/**
 * The patch under which the ratings service purges the panel's rationales the report did not publish, after
 * the publication service, which names the set it published. Runs purged before it end without it.
 */
const PANEL_RATIONALES_PURGE_PATCH = 'retention-purge-panel-rationales';

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
  const { purgedAt, publishedSetId } = await activities.purgeFactualCheck({ inspectionId });
  if (patched(PANEL_RATIONALES_PURGE_PATCH))
    // A publication service that does not name the set yet leaves it out: the ratings service takes its newest.
    await activities.purgePanelRationales({
      inspectionId,
      ...(publishedSetId === undefined ? {} : { publishedSetId }),
    });
  state.purgedAt = purgedAt;
}
