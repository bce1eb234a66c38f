// The publication service's HTTP bodies and views: the report's text as the lead inspector writes it, and
// the draft with the approved final ratings it is assembled from.
import { z } from 'zod';
import { freeText } from '../free-text.ts';
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
