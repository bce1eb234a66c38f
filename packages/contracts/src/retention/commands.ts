// The retention purge (issue 11): once a report has been published for the retention period, the publication
// workflow asks each service that keeps case-level personal data to remove it for the inspection. Each
// service answers the same command on its own subject, in one transaction, audited, and idempotent: asked
// again, it answers what it did the first time and changes nothing. What each removes: docs/retention.md.
import { z } from 'zod';
import { defineCommand, onInspection } from '../command.ts';
import { PURGE_REPLY_WITHIN_MS } from './purge-timing.ts';

/** Table name → rows removed or redacted: counts, never a value. */
export const PurgedRows = z.record(z.string().regex(/^[A-Z][A-Za-z]+$/), z.int().min(0));
export type PurgedRows = z.infer<typeof PurgedRows>;

const PurgeReply = z.object({ purgedAt: z.iso.datetime(), removed: PurgedRows });

const purgeCommand = <S extends string>(service: S) =>
  defineCommand({
    subject: `yji.${service}.cmd.purge-inspection`,
    request: onInspection({}),
    reply: PurgeReply,
    replyWithinMs: PURGE_REPLY_WITHIN_MS,
  });

/** The long list's cases and the sample's personal parts (case managers, exclusion reasons). */
export const purgeInspectionCases = purgeCommand('inspection');
/** Case facts, answers and notes, interviews, exclusion flags, QA reasons and comments, alert details. */
export const purgeFieldworkCases = purgeCommand('fieldwork');
/**
 * The factual accuracy check's comments and the responses' reasons, the report's text but the version
 * published, and the rationales the report did not publish. Its reply names the approved set the report
 * published (null when none was; absent from a service before it said), which only the publication service
 * knows: the workflow hands it to the ratings service's purge.
 */
export const purgeFactualCheck = defineCommand({
  subject: 'yji.publication.cmd.purge-inspection',
  request: onInspection({}),
  reply: PurgeReply.extend({ publishedSetId: z.uuid().nullable().optional() }),
  replyWithinMs: PURGE_REPLY_WITHIN_MS,
});
/**
 * The panel's rationales the report did not publish: every confirmation's, every one of a set other than the
 * set published, and a decision's that differs from the one published. `publishedSetId` is that set (the
 * publication service's purge answers it; null when no report was published). Left out (an operator's
 * command), the newest approved set stands for it: the one the report publishes, unless a correction was
 * approved as the report was being published.
 */
export const purgePanelRationales = defineCommand({
  subject: 'yji.ratings.cmd.purge-inspection',
  request: onInspection({ publishedSetId: z.uuid().nullable().optional() }),
  reply: PurgeReply,
  replyWithinMs: PURGE_REPLY_WITHIN_MS,
});

/**
 * What a purged JSON column of case data keeps: when it was purged (and, for a case's long-list facts, the
 * disposal type, the sampling stratum the rules and the published open data still need). The read paths
 * show "removed under the retention policy" where they find it.
 */
export const PurgedMarker = z.object({ purgedAt: z.iso.datetime() });

/**
 * When a JSON column of case data was purged, or null while it is kept. A kept column has no `purgedAt`, and
 * is told apart by that key before any parse: reads of kept data are the common case, and a failed parse
 * (an error with its issues, on every read) was a large share of what reading a task allocated (issue 12).
 */
export function purgedAtOf(column: unknown): string | null {
  if (typeof column !== 'object' || column === null || !('purgedAt' in column)) return null;
  return PurgedMarker.parse(column).purgedAt;
}
