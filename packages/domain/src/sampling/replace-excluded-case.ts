// The lead inspector excludes a sampled case with a reason and the next reserve case of the same stratum
// replaces it (docs/domain.md §3 exclusion, §6 sampling).
import { DISPOSAL_TYPE_LABELS, disposalTypesOf } from './disposal-types.ts';
import type { DisposalType } from './disposal-types.ts';
import { summariseSample } from './sample-result.ts';
import type { ReserveCase, SampleResult, SampledCase } from './sample-result.ts';

export interface Exclusion {
  caseId: string;
  reason: string;
}

export interface ReplaceOptions {
  /**
   * Decision: when the stratum's reserve is empty the default is an error, so the lead inspector decides;
   * 'same-side' then takes the next reserve case of the stratum with the most reserve left on the same side
   * (court or out-of-court), which keeps the court share though not the disposal-type mix.
   */
  fallback?: 'none' | 'same-side';
}

export type ReplaceErrorCode = 'reason-required' | 'not-in-sample' | 'reserve-empty';

export type ReplaceOutcome =
  | { ok: true; sample: SampleResult; replacement: SampledCase }
  | { ok: false; error: { code: ReplaceErrorCode; message: string } };

function sameSideFallback(sample: SampleResult, excluded: SampledCase): ReserveCase | undefined {
  let chosen: ReserveCase | undefined;
  let most = 0;
  for (const stratum of disposalTypesOf(excluded.side)) {
    const left = sample.reserve.filter((entry) => entry.stratum === stratum);
    if (left.length > most) {
      most = left.length;
      chosen = left[0];
    }
  }
  return chosen;
}

/** "youth caution reserve": a stratum's reserve as the notes and refusals the lead reads name it. */
const reserveOf = (stratum: DisposalType) => `${DISPOSAL_TYPE_LABELS[stratum].toLowerCase()} reserve`;

/** Pure: returns a new sample; the one given is unchanged. */
export function replaceExcludedCase(
  sample: SampleResult,
  exclusion: Exclusion,
  options: ReplaceOptions = {},
): ReplaceOutcome {
  const reason = exclusion.reason.trim();
  if (reason === '')
    return { ok: false, error: { code: 'reason-required', message: 'an exclusion needs a reason' } };
  const position = sample.selected.findIndex(({ caseId }) => caseId === exclusion.caseId);
  const excluded = sample.selected[position];
  if (!excluded) {
    return {
      ok: false,
      // The message does not name the case: a refusal never repeats what was sent.
      error: { code: 'not-in-sample', message: 'the case is not in the sample' },
    };
  }

  let replacement = sample.reserve.find(({ stratum }) => stratum === excluded.stratum);
  let note = `next on the ${reserveOf(excluded.stratum)}`;
  if (!replacement && (options.fallback ?? 'none') === 'same-side') {
    replacement = sameSideFallback(sample, excluded);
    note = `the ${reserveOf(excluded.stratum)} is empty, so next on the ${replacement && reserveOf(replacement.stratum)} (same side)`;
  }
  if (!replacement) {
    return {
      ok: false,
      error: {
        code: 'reserve-empty',
        message: `the ${reserveOf(excluded.stratum)} is empty; no replacement drawn`,
      },
    };
  }

  const replacing: SampledCase = {
    ...replacement,
    reason: `Replaces ${excluded.caseId}, excluded: ${note}.`,
  };
  const selected = sample.selected.with(position, replacing);
  return {
    ok: true,
    replacement: replacing,
    sample: {
      ...sample,
      selected,
      reserve: sample.reserve.filter((entry) => entry !== replacement),
      excluded: [
        ...sample.excluded,
        { caseId: excluded.caseId, stratum: excluded.stratum, reason, replacedBy: replacing.caseId },
      ],
      summary: summariseSample(selected),
    },
  };
}
