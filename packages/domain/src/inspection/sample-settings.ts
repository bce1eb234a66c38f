// What an inspection's draw is made with: its own size and court share, counted back from its inspection
// date (docs/domain.md §4: sample size and ratio are per-inspection settings).
import type { DrawSampleOptions } from '../sampling/index.ts';
import { DEFAULT_COURT_SHARE } from '../sampling/index.ts';
import { NO_FRAMEWORK, type FrameworkSelection } from './framework-selection.ts';
import { inspectionDate, type InspectionSchedule } from './schedule.ts';
import { resettlementCustodyMinimum } from '../ratings/resettlement-scope.ts';

export interface InspectionSampleSettings
  extends Pick<InspectionSchedule, 'fieldworkStart'>, Pick<FrameworkSelection, 'standards'> {
  /** Null for an inspection recorded before it had sample settings. */
  sampleSize: number | null;
  /** Null for an inspection recorded before it had sample settings: the default applies. */
  courtShare: number | null;
}

/**
 * Decision: an inspection recorded before it had a sample size draws one case; the seeds give no size
 * (docs/domain.md §4) and a draw needs one.
 */
const SAMPLE_SIZE_WHEN_UNSET = 1;

/**
 * The options of the inspection's draw with `seed`, as drawSample takes them. The custody cases it makes room
 * for are those its standards need to rate resettlement (004 ¶3.15); none where it rates no standards (2016).
 */
export function drawOptionsFor(inspection: InspectionSampleSettings, seed: string): DrawSampleOptions {
  return {
    size: inspection.sampleSize ?? SAMPLE_SIZE_WHEN_UNSET,
    seed,
    inspectionDate: inspectionDate(inspection),
    courtShare: inspection.courtShare ?? DEFAULT_COURT_SHARE,
    custodyMinimum: resettlementCustodyMinimum(inspection.standards) ?? 0,
  };
}

/**
 * The court share of an inspection whose lead gives none: 004 ¶3.33's 60% court, 40% out-of-court where the
 * inspection pins an out-of-court framework; all court where it pins none. A 2016 FJI/SQS inspection is
 * such a one: 002 inspects sentences ("the inspection period … commences at the start of sentence", p.2).
 */
export function defaultCourtShare(selection: Pick<FrameworkSelection, 'outOfCourt'>): number {
  return selection.outOfCourt === NO_FRAMEWORK ? 1 : DEFAULT_COURT_SHARE;
}

export interface CourtShareProblem {
  field: 'courtShare';
  message: string;
}

/**
 * Problems with the court share a lead gives, naming the field; empty when it may be drawn with. Without an
 * out-of-court framework there is no out-of-court case to draw, so only all court (1) will do: a 2016
 * inspection samples sentences (002 p.2, seed line 98: the inspection period "commences at the start of
 * sentence"). Leaving it out takes defaultCourtShare.
 */
export function courtShareProblems(
  selection: Pick<FrameworkSelection, 'outOfCourt'>,
  courtShare: number | undefined,
): CourtShareProblem[] {
  if (courtShare === undefined || selection.outOfCourt !== NO_FRAMEWORK || courtShare === 1) return [];
  return [
    {
      field: 'courtShare',
      message: 'must be 1: without an out-of-court framework every case is a court case',
    },
  ];
}
