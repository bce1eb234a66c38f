// The publication service's HTTP bodies and views: the report's text as the lead inspector writes it, and
// the draft with the approved final ratings it is assembled from.
import { z } from 'zod';
import { freeText } from '../free-text.ts';
import { Id } from '../primitives.ts';
import { FinalRatingsView, StandardId } from '../ratings/http.ts';
import { UserId } from '../roles.ts';

/** A report section's text: several paragraphs fit well within this. */
const SECTION_TEXT = freeText({ max: 20_000, multiLine: true });

/** One standard's narrative findings (issue 11, The report): what works well and what must improve. */
export const StandardFindings = z.strictObject({
  standardId: StandardId,
  strengths: SECTION_TEXT,
  areasForImprovement: SECTION_TEXT,
});
export type StandardFindings = z.infer<typeof StandardFindings>;

/** A save of the report's text; `version` is the version it replaces (0 for the first). */
export const ReportDraftBody = z.strictObject({
  version: z.int().min(0),
  overview: SECTION_TEXT,
  /** At most one entry per standard, for standards the approved ratings rate. */
  findings: z.array(StandardFindings).max(20),
  recommendations: z.array(freeText({ max: 2_000, min: 1, multiLine: true })).max(40),
});
export type ReportDraftBody = z.infer<typeof ReportDraftBody>;

export const ReportDraftView = z.object({
  inspectionId: z.uuid(),
  /** 0 while nothing has been written. */
  version: z.int(),
  overview: z.string(),
  findings: z.array(StandardFindings),
  recommendations: z.array(z.string()),
  editedBy: UserId.nullable(),
  editedAt: z.iso.datetime().nullable(),
  /** The approved final ratings the report shows: the newest set of the panel's line of corrections. */
  ratings: FinalRatingsView,
});
export type ReportDraftView = z.infer<typeof ReportDraftView>;

/** Every version of the report's text, newest first (without the ratings each showed). */
export const ReportVersionsView = z.array(ReportDraftView.omit({ ratings: true }));
export type ReportVersionsView = z.infer<typeof ReportVersionsView>;

/**
 * The most working days a factual accuracy check is given, by `workingDays` or by a `deadline` (then counted
 * from today): the publication waits for the deadline, and nothing moves it once the check is sent.
 */
export const FACTUAL_CHECK_MAX_WORKING_DAYS = 60;

/** The lead inspector sends the latest version for the factual accuracy check. */
export const FactualCheckBody = z
  .strictObject({
    /** The version being sent: the latest. */
    version: z.int().min(1),
    /**
     * The inspection's own deadline, within FACTUAL_CHECK_MAX_WORKING_DAYS of today; without it,
     * `workingDays` (default ten) from today.
     */
    deadline: z.iso.datetime().optional(),
    workingDays: z.int().min(1).max(FACTUAL_CHECK_MAX_WORKING_DAYS).optional(),
  })
  .refine((body) => !(body.deadline && body.workingDays), {
    message: 'give a deadline or a number of working days, not both',
    path: ['deadline'],
  });
export type FactualCheckBody = z.infer<typeof FactualCheckBody>;

/** A section of the report a comment is about: the overview, the ratings, the recommendations, or a standard. */
export const CommentSection = z
  .string()
  .regex(
    /^(overview|ratings|recommendations|standard-\d\.\d)$/,
    "one of 'overview', 'ratings', 'recommendations' or 'standard-<id>' such as 'standard-2.1'",
  );

export const CommentBody = z.strictObject({
  section: CommentSection,
  text: freeText({ max: 5_000, min: 1, multiLine: true }),
});
export type CommentBody = z.infer<typeof CommentBody>;

export const CommentResponseBody = z.strictObject({
  decision: z.enum(['accepted', 'rejected']),
  reason: freeText({ max: 2_000, min: 1, multiLine: true }),
});
export type CommentResponseBody = z.infer<typeof CommentResponseBody>;

export const CommentIdParams = z.strictObject({ id: Id, commentId: Id });

export const CommentView = z.object({
  id: z.uuid(),
  section: CommentSection,
  text: z.string(),
  commentedBy: UserId,
  commentedAt: z.iso.datetime(),
  /** When the comment's text and the response's reason were removed under the retention policy; else null. */
  purgedAt: z.iso.datetime().nullable(),
  response: z
    .object({
      decision: z.enum(['accepted', 'rejected']),
      reason: z.string(),
      respondedBy: UserId,
      respondedAt: z.iso.datetime(),
    })
    .nullable(),
});
export type CommentView = z.infer<typeof CommentView>;

export const FactualCheckView = z.object({
  inspectionId: z.uuid(),
  sentBy: UserId,
  sentAt: z.iso.datetime(),
  deadline: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  /** Whether comments are still taken: not closed and before the deadline. */
  open: z.boolean(),
  /** The version sent, as it was sent, with the ratings it showed. */
  draft: ReportDraftView,
  comments: z.array(CommentView),
});
export type FactualCheckView = z.infer<typeof FactualCheckView>;

/** The lead inspector schedules publication, or moves it, until it happens. */
export const ScheduleBody = z.strictObject({
  /** The schedule's version this change replaces (0 for the first). */
  version: z.int().min(0),
  publishAt: z.iso.datetime(),
  /** The people who may see the embargoed preview before publication (user ids). */
  embargo: z.array(UserId).max(50).default([]),
});
export type ScheduleBody = z.infer<typeof ScheduleBody>;

export const ScheduleView = z.object({
  inspectionId: z.uuid(),
  version: z.int(),
  publishAt: z.iso.datetime().nullable(),
  embargo: z.array(UserId),
  publishedAt: z.iso.datetime().nullable(),
  /** The version of the text published (the latest when the time came). */
  publishedVersion: z.int().nullable(),
});
export type ScheduleView = z.infer<typeof ScheduleView>;

/**
 * The embargoed previews waiting for the caller: the reports scheduled, not yet published, whose schedule
 * names them; each opens with GET …/inspections/:id/preview.
 */
export const PreviewList = z.object({
  previews: z.array(
    z.object({
      inspectionId: z.uuid(),
      /** The youth justice service inspected; null until the service has heard of the inspection. */
      yjs: z.object({ code: z.string(), name: z.string().nullable() }).nullable(),
    }),
  ),
});
export type PreviewList = z.infer<typeof PreviewList>;
