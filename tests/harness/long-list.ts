// A plausible, fictitious long list for end-to-end tests: pseudonymous case references, every disposal
// type, dates inside the eligibility windows of an inspection that starts on `inspectionDate`.
import { daysAfter } from './dates.ts';

const COURT = ['referral_order', 'youth_rehabilitation_order', 'custodial_sentence', 'other_court'];
const OOCD = [
  'community_resolution',
  'youth_restorative_disposal',
  'youth_caution',
  'youth_conditional_caution',
  'other_oocd',
];
const LEVELS = ['low', 'medium', 'high', 'very_high'];

/** Whether a long list's data row is a court case (a 2016 inspection takes court cases only). */
export function isCourtRow(row: string): boolean {
  return COURT.includes(row.split(',')[1] ?? '');
}

export function longListCsv(inspectionDate: string, rows = 40): string {
  const lines = [
    'case_id,disposal_type,disposal_start,case_manager,gender,ethnicity,safety_wellbeing,risk_of_serious_harm',
  ];
  for (let i = 0; i < rows; i += 1) {
    const types = i % 5 < 3 ? COURT : OOCD;
    const disposalType = types[i % types.length]!;
    lines.push(
      [
        `C${String(i + 1).padStart(4, '0')}`,
        disposalType,
        daysAfter(inspectionDate, -(10 + (i % 60))),
        `CM${String((i % 6) + 1).padStart(2, '0')}`,
        i % 2 ? 'Male' : 'Female',
        i % 3 ? 'White' : 'Mixed or Multiple ethnic groups',
        LEVELS[i % 4],
        LEVELS[(i + 1) % 4],
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
