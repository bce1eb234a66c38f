// A generated long list for the demo: pseudonymous case references, disposals of both kinds (three court to
// two out-of-court), started within the months before fieldwork so every case is eligible.
import { COURT_DISPOSAL_TYPES, OOCD_DISPOSAL_TYPES } from '@yji/domain';

const LEVELS = ['low', 'medium', 'high', 'very_high'];

const dayBefore = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

export function demoLongList(fieldworkStart: string, rows: number, random: () => number): string {
  const lines = [
    'case_id,disposal_type,disposal_start,case_manager,gender,ethnicity,safety_wellbeing,risk_of_serious_harm',
  ];
  for (let i = 0; i < rows; i += 1) {
    const kinds = i % 5 < 3 ? COURT_DISPOSAL_TYPES : OOCD_DISPOSAL_TYPES;
    lines.push(
      [
        `D${String(i + 1).padStart(4, '0')}`,
        kinds[Math.floor(random() * kinds.length)],
        dayBefore(fieldworkStart, 10 + Math.floor(random() * 60)),
        `CM${String((i % 6) + 1).padStart(2, '0')}`,
        i % 2 ? 'Male' : 'Female',
        i % 3 ? 'White' : 'Mixed or Multiple ethnic groups',
        LEVELS[Math.floor(random() * 4)],
        LEVELS[Math.floor(random() * 4)],
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
