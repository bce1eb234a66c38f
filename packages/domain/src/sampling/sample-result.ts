// A drawn sample: the cases selected with the reason for each, the reserve, and what was left out and why.
import { CUSTODIAL_SENTENCE, DISPOSAL_TYPES } from './disposal-types.ts';
import type { DisposalType, Side } from './disposal-types.ts';
import type { IneligibleCase } from './eligibility.ts';
import type { DrawSampleSettings } from './draw-sample-options.ts';

export interface ReserveCase {
  caseId: string;
  /** The stratum is the disposal type. */
  stratum: DisposalType;
  side: Side;
  caseManager: string;
}

export interface SampledCase extends ReserveCase {
  reason: string;
}

export interface ExcludedCase {
  caseId: string;
  stratum: DisposalType;
  /** The lead inspector's reason (docs/domain.md §6, sampling). */
  reason: string;
  replacedBy: string;
}

export interface SampleSummary {
  court: number;
  oocd: number;
  custody: number;
  byDisposalType: Record<DisposalType, number>;
  byCaseManager: Record<string, number>;
}

export interface SampleResult {
  /** Everything needed to draw the same sample again from the same long list. */
  settings: DrawSampleSettings;
  selected: SampledCase[];
  /** In the order replacements are taken, per stratum. */
  reserve: ReserveCase[];
  ineligible: IneligibleCase[];
  excluded: ExcludedCase[];
  summary: SampleSummary;
  warnings: string[];
}

export function summariseSample(selected: readonly SampledCase[]): SampleSummary {
  const byDisposalType = Object.fromEntries(DISPOSAL_TYPES.map((type) => [type, 0])) as Record<
    DisposalType,
    number
  >;
  const caseloads = new Map<string, number>();
  let court = 0;
  for (const { stratum, side, caseManager } of selected) {
    byDisposalType[stratum] += 1;
    if (side === 'court') court += 1;
    caseloads.set(caseManager, (caseloads.get(caseManager) ?? 0) + 1);
  }
  // Code-point order, not locale order, so the summary is the same on every machine.
  const caseManagers = [...caseloads.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    court,
    oocd: selected.length - court,
    custody: byDisposalType[CUSTODIAL_SENTENCE],
    byDisposalType,
    byCaseManager: Object.fromEntries(caseManagers.map((name) => [name, caseloads.get(name) as number])),
  };
}
