// A plausible but fictitious long list (pseudonymous ids C00001…, case managers CM01…), generated from a seed.
import { sideOf } from '../src/sampling/disposal-types.ts';
import type { DisposalType } from '../src/sampling/disposal-types.ts';
import type { ClassificationLevel } from '../src/sampling/long-list-row-schema.ts';
import { LONG_LIST_COLUMNS } from '../src/sampling/long-list-row-schema.ts';
import { createPrng, weightedPick } from './seeded-prng.ts';
import type { Prng } from './seeded-prng.ts';

export interface LongListSpec {
  rows: number;
  seed: string;
  inspectionDate: string;
}

// Rough shape of a YJS caseload: more out-of-court than court work, few custody cases.
const DISPOSAL_WEIGHTS: Record<DisposalType, number> = {
  referral_order: 18,
  youth_rehabilitation_order: 10,
  custodial_sentence: 8,
  other_court: 4,
  community_resolution: 25,
  youth_restorative_disposal: 5,
  youth_caution: 12,
  youth_conditional_caution: 12,
  other_oocd: 6,
};
const GENDER_WEIGHTS = { Male: 82, Female: 16, 'Not recorded': 2 };
// ONS 2021 census high-level ethnic groups (docs/domain.md §2); commas exercise CSV quoting.
const ETHNICITY_WEIGHTS = {
  White: 72,
  'Black, Black British, Caribbean or African': 10,
  'Mixed or Multiple ethnic groups': 9,
  'Asian or Asian British': 6,
  'Other ethnic group': 2,
  'Not recorded': 1,
};
// 004 ¶3.26–3.27: court cases are nearly all medium or high; out-of-court cases much more often low.
const LEVEL_WEIGHTS: Record<'court' | 'oocd', Record<ClassificationLevel, number>> = {
  court: { low: 15, medium: 45, high: 30, very_high: 10 },
  oocd: { low: 55, medium: 35, high: 8, very_high: 2 },
};

/**
 * Days before the inspection a disposal started: most within the window the specification asks for (three
 * months, custody a year: 004 ¶3.16), some older and a few after the inspection date, which are ineligible.
 */
function startOffset(random: Prng, disposalType: DisposalType): number {
  const draw = random();
  const windowDays = disposalType === 'custodial_sentence' ? 365 : 90;
  if (draw < 0.8) return -Math.floor(random() * windowDays);
  if (draw < 0.95) return -(windowDays + 1 + Math.floor(random() * 365));
  return 1 + Math.floor(random() * 30);
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function generateLongList({ rows, seed, inspectionDate }: LongListSpec): string {
  const random = createPrng(seed);
  const caseManagers = Math.min(400, Math.max(4, Math.ceil(rows / 12)));
  const managerWidth = Math.max(2, String(caseManagers).length);
  const idWidth = Math.max(4, String(rows).length);
  const lines = [LONG_LIST_COLUMNS.join(',')];
  for (let row = 1; row <= rows; row += 1) {
    const disposalType = weightedPick(random, DISPOSAL_WEIGHTS);
    const side = sideOf(disposalType);
    const start = addDays(inspectionDate, startOffset(random, disposalType));
    const manager = `CM${String(1 + Math.floor(random() * caseManagers)).padStart(managerWidth, '0')}`;
    lines.push(
      [
        `C${String(row).padStart(idWidth, '0')}`,
        disposalType,
        start,
        manager,
        weightedPick(random, GENDER_WEIGHTS),
        weightedPick(random, ETHNICITY_WEIGHTS),
        weightedPick(random, LEVEL_WEIGHTS[side]),
        weightedPick(random, LEVEL_WEIGHTS[side]),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
