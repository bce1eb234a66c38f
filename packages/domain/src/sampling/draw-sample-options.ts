// The settings of one draw. Defaults come from the seeds where they speak and are marked decisions otherwise;
// every one is a per-inspection setting (docs/domain.md §4).
import { z } from 'zod';
import { isoDateSchema } from './calendar-date.ts';
import { DEFAULT_COURT_SHARE } from '../inspection/setting-defaults.ts';

export { DEFAULT_COURT_SHARE };

export const drawSampleOptionsSchema = z.strictObject({
  // docs/domain.md §4: the sample size is not stated in the seeds; set per inspection.
  size: z.int().min(1),
  seed: z.string().min(1),
  inspectionDate: isoDateSchema,
  courtShare: z.number().min(0).max(1).default(DEFAULT_COURT_SHARE),
  // 004 ¶3.16: three months, custody one year.
  windowMonths: z.int().min(1).default(3),
  custodyWindowMonths: z.int().min(1).default(12),
  // 004 ¶3.15: five custody cases to rate resettlement standard 2.5.
  custodyMinimum: z.int().min(0).default(5),
  // Decision: a reserve of half the stratum's picks, at least two, for replacements.
  reserveShare: z.number().min(0).default(0.5),
  reserveMinimum: z.int().min(0).default(2),
  // Decision: no case manager above max(2, ceil(2 × size ÷ case managers)) where the list allows.
  caseManagerCapMinimum: z.int().min(1).default(2),
  caseManagerCapFactor: z.number().positive().default(2),
  // Decision: the balanced draw weighs the first max(balancePool, 20 × places) cases of a stratum in lottery
  // order, a simple random subsample with the stratum's mix, so a 100,000-row list costs little more than a
  // usual one (a few hundred cases, all weighed).
  balancePool: z.int().min(1).default(2000),
});

export type DrawSampleOptions = z.input<typeof drawSampleOptionsSchema>;
export type DrawSampleSettings = z.output<typeof drawSampleOptionsSchema>;
