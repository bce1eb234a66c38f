import { describe, expect, it } from 'vitest';
import { ratingsInputSchema } from './ratings-input-schema.ts';

function issues(input: unknown): string[] {
  const parsed = ratingsInputSchema.safeParse(input);
  return parsed.success
    ? []
    : parsed.error.issues.map(({ path, message }) => `${path.join('.')}: ${message}`);
}

describe('ratingsInputSchema', () => {
  it('accepts judgements as yes, no or not applicable, and defaults the qualitative ratings', () => {
    const parsed = ratingsInputSchema.parse({
      cases: [{ id: 'C1', type: 'oocd', judgements: { '3.1.1': true, '3.1.2': null, '3.1.3': false } }],
    });
    expect(parsed.qualitative).toEqual({});
  });

  it('refuses key questions of the other case type, unknown standards, duplicate ids and unknown fields', () => {
    expect(
      issues({
        cases: [
          { id: 'C1', type: 'court', judgements: { '3.1.1': true, '2.5.1': true } },
          { id: 'C1', type: 'oocd', judgements: {}, name: 'x' },
        ],
        qualitative: { '2.1': 'Good', '1.1': 'Great' },
      }),
    ).toEqual([
      'cases.1: Unrecognized key: "name"',
      'qualitative.1.1: Invalid option: expected one of "Inadequate"|"Requires improvement"|"Good"|"Outstanding"',
    ]);
    expect(
      issues({
        cases: [
          { id: 'C1', type: 'court', judgements: { '3.1.1': true, '2.5.1': true } },
          { id: 'C1', type: 'oocd', judgements: {} },
        ],
        qualitative: { '2.1': 'Good' },
      }),
    ).toEqual([
      'cases.0.judgements.3.1.1: not a key question judged on court cases',
      'cases.0.judgements.2.5.1: not a key question judged on court cases',
      'cases.1.id: duplicates cases[0]',
      'qualitative.2.1: not a qualitative standard',
    ]);
  });

  it('refuses a resettlement (2.5) rating without five custody cases, naming it (004 ¶3.15)', () => {
    const resettlement = { cases: [], qualitative: { '2.5': 'Good' } };
    expect(issues(resettlement)).toEqual([
      'qualitative.2.5: rated only with at least 5 custody cases (004 ¶3.15); custodyCases is not given',
    ]);
    expect(issues({ ...resettlement, custodyCases: 4 })).toEqual([
      'qualitative.2.5: rated only with at least 5 custody cases (004 ¶3.15); custodyCases is 4',
    ]);
    expect(issues({ ...resettlement, custodyCases: 5 })).toEqual([]);
    expect(issues({ cases: [], custodyCases: -1 })).toEqual([
      'custodyCases: Too small: expected number to be >=0',
    ]);
  });

  it('refuses judgements that are not booleans', () => {
    expect(issues({ cases: [{ id: 'C1', type: 'court', judgements: { '2.1.1': 'yes' } }] })).toEqual([
      'cases.0.judgements.2.1.1: Invalid input: expected boolean, received string',
    ]);
  });
});
