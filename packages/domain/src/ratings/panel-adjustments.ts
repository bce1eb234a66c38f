// The ratings panel may move a standard's rating up or down on wider evidence, always with a recorded
// rationale (004 ¶3.22, ¶3.28, ¶3.31), and decides the standards left without a rating.
import { z } from 'zod';
import { ratingRank, ratingSchema } from './rating.ts';
import type { Rating } from './rating.ts';
import { summariseRatings } from './summarise-ratings.ts';
import type { RatingsResult } from './ratings-result.ts';

export const panelAdjustmentSchema = z.strictObject({
  standardId: z.string().min(1),
  to: ratingSchema,
  rationale: z.string().trim().min(1, 'a rationale is required'),
});

export type PanelAdjustment = z.infer<typeof panelAdjustmentSchema>;

export interface RecordedAdjustment {
  standardId: string;
  from: Rating | null;
  to: Rating;
  /** 'decided': the standard had no rating (no applicable case, or a qualitative rating not given). */
  direction: 'up' | 'down' | 'decided';
  rationale: string;
}

export type PanelAdjustmentOutcome =
  | { ok: true; original: RatingsResult; adjusted: RatingsResult; adjustments: RecordedAdjustment[] }
  | { ok: false; errors: string[] };

function directionOf(from: Rating | null, to: Rating): RecordedAdjustment['direction'] {
  if (from === null) return 'decided';
  return ratingRank(to) > ratingRank(from) ? 'up' : 'down';
}

/**
 * Pure: the original result is returned unchanged alongside the adjusted one. Decision: an adjustment names
 * the rating moved to (which also lets the panel decide a missing rating); one per standard, and it must change
 * the rating. Any bad adjustment rejects the whole set, so a partial panel decision is never recorded.
 */
export function applyPanelAdjustments(
  original: RatingsResult,
  adjustments: readonly PanelAdjustment[],
): PanelAdjustmentOutcome {
  const errors: string[] = [];
  const byStandard = new Map<string, PanelAdjustment>();
  adjustments.forEach((adjustment, index) => {
    const checked = panelAdjustmentSchema.safeParse(adjustment);
    const standard = original.standards.find(({ id }) => id === adjustment.standardId);
    if (!checked.success)
      errors.push(`adjustment ${index + 1}: ${checked.error.issues.map((i) => i.message).join('; ')}`);
    else if (!standard)
      errors.push(`adjustment ${index + 1}: standard ${adjustment.standardId} is not rated`);
    else if (byStandard.has(standard.id))
      errors.push(`adjustment ${index + 1}: standard ${standard.id} adjusted twice`);
    else if (standard.rating === checked.data.to) errors.push(`adjustment ${index + 1}: rating unchanged`);
    else byStandard.set(standard.id, checked.data);
  });
  if (errors.length > 0) return { ok: false, errors };

  const recorded: RecordedAdjustment[] = [];
  const standards = original.standards.map((standard) => {
    const adjustment = byStandard.get(standard.id);
    if (!adjustment) return standard;
    recorded.push({
      standardId: standard.id,
      from: standard.rating,
      to: adjustment.to,
      direction: directionOf(standard.rating, adjustment.to),
      rationale: adjustment.rationale,
    });
    return { ...standard, rating: adjustment.to };
  });
  return {
    ok: true,
    original,
    adjusted: summariseRatings(standards, original.thresholds),
    adjustments: recorded,
  };
}
