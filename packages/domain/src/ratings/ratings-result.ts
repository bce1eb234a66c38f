// What a ratings computation returns; the same shape `yji ratings --json` prints.
import type { Rating } from './rating.ts';
import type { OverallThresholdTable } from './overall-thresholds.ts';

export interface KeyQuestionResult {
  id: string;
  yes: number;
  applicable: number;
  /** Whole percent for display; null when no case applies. */
  percent: number | null;
  band: Rating | null;
}

export interface StandardResult {
  id: string;
  kind: 'case-based' | 'qualitative';
  /** null: the panel must decide (no applicable case, or a qualitative rating not given). */
  rating: Rating | null;
  /**
   * The key question behind the rating rests on few cases: the panel must consider judgement (004 ¶3.28).
   * Decision: false when there is no rating, which `missing` already puts to the panel.
   */
  smallSample: boolean;
  /** Id of the key question that gave the rating; null for qualitative standards and missing ratings. */
  drivenBy: string | null;
  keyQuestions: KeyQuestionResult[];
}

export interface RatingsResult {
  standards: StandardResult[];
  /** Composite score. Decision: null while any standard is missing, since a partial sum is not a score. */
  score: number | null;
  maxScore: number;
  overall: Rating | null;
  /** The overall threshold table used. */
  thresholds: OverallThresholdTable;
  /** Ids of standards without a rating. */
  missing: string[];
}
