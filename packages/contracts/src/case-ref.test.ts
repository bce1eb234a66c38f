// A case reference is defined once (packages/domain sampling/case-reference.ts): every reference a long list
// accepts travels on as a CaseRef (commands, workflow inputs, addresses), and nothing else does.
import { describe, expect, it } from 'vitest';
import { longListRowSchema } from '@yji/domain';
import { CaseRef } from './roles.ts';

const row = (caseId: string) => ({
  case_id: caseId,
  disposal_type: 'referral_order',
  disposal_start: '2026-06-01',
  case_manager: 'CM-01',
  gender: 'female',
  ethnicity: 'white',
  safety_wellbeing: 'low',
  risk_of_serious_harm: 'low',
});
const inLongList = (caseId: string) => longListRowSchema.safeParse(row(caseId)).success;
const asCaseRef = (caseId: string) => CaseRef.safeParse(caseId).success;

describe('the case reference', () => {
  const samples = [
    'C0001',
    'YJS-2026-0001',
    'yjs_2026.0001',
    'A'.repeat(40),
    'A'.repeat(41),
    'A'.repeat(64),
    'A'.repeat(65),
    'YJS/2026/0001',
    '.hidden',
    '-lead',
    '..',
    'C 0001',
    '',
    'Ç0001',
  ];

  it.each(samples)('is accepted by the long list exactly when it is a CaseRef: %j', (caseId) => {
    expect(asCaseRef(caseId)).toBe(inLongList(caseId));
  });

  it('is safe in an address: never a path separator, never a dot segment', () => {
    expect(asCaseRef('YJS/2026/0001')).toBe(false);
    expect(asCaseRef('..')).toBe(false);
    expect(asCaseRef('yjs_2026.0001')).toBe(true);
  });
});
