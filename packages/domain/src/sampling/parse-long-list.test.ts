import { describe, expect, it } from 'vitest';
import { parseLongList } from './parse-long-list.ts';

const HEADER =
  'case_id,disposal_type,disposal_start,case_manager,gender,ethnicity,safety_wellbeing,risk_of_serious_harm';
const ROW_1 = 'C0001,referral_order,2025-05-02,CM01,Female,White,medium,high';
const ROW_2 = 'C0002,youth_caution,2025-04-11,CM02,Male,"Black, Black British, Caribbean or African",low,low';

describe('parseLongList', () => {
  it('reads valid rows into cases', () => {
    const result = parseLongList([HEADER, ROW_1, ROW_2].join('\n'));
    expect(result).toEqual({
      ok: true,
      cases: [
        {
          caseId: 'C0001',
          disposalType: 'referral_order',
          disposalStart: '2025-05-02',
          caseManager: 'CM01',
          gender: 'Female',
          ethnicity: 'White',
          safetyWellbeing: 'medium',
          riskOfSeriousHarm: 'high',
        },
        expect.objectContaining({ caseId: 'C0002', ethnicity: 'Black, Black British, Caribbean or African' }),
      ],
    });
  });

  it('accepts a BOM, CRLF, trailing blank lines and spreadsheet rows of empty fields', () => {
    const text = `\uFEFF${HEADER}\r\n${ROW_1}\r\n,,,,,,,\r\n${ROW_2}\r\n\r\n\r\n`;
    expect(parseLongList(text)).toMatchObject({
      ok: true,
      cases: [{ caseId: 'C0001' }, { caseId: 'C0002' }],
    });
  });

  it('matches columns by name in any order, ignoring case and spaces', () => {
    const header =
      ' Risk_of_serious_harm ,safety_wellbeing,ethnicity,gender,case_manager,disposal_start,disposal_type,case_id';
    const row = 'very_high,low,White,Male,CM03,2025-06-01,custodial_sentence,C0009';
    expect(parseLongList(`${header}\n${row}`)).toMatchObject({
      ok: true,
      cases: [
        {
          caseId: 'C0009',
          disposalType: 'custodial_sentence',
          riskOfSeriousHarm: 'very_high',
          safetyWellbeing: 'low',
        },
      ],
    });
  });

  it('reports every bad row by line with a reason that does not repeat the data', () => {
    const text = [
      HEADER,
      ROW_1,
      'Jane Doe,referral_order,2025-05-02,CM01,Female,White,medium,high',
      'C0003,Prison,2025-02-30,CM01,,White,medium,severe',
      'C0004,referral_order,2025-05-02,CM01,Female,White,medium',
      'C0001,youth_caution,2025-04-11,CM02,Male,White,low,low',
      'C0005,referral_order,2025-05-02,CM01,Female,"White,medium,high',
    ].join('\n');
    const result = parseLongList(text);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          line: 3,
          reason: 'case_id must be 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit',
        },
        {
          line: 4,
          reason:
            'disposal_type must be one of: referral_order, youth_rehabilitation_order, custodial_sentence, other_court, community_resolution, youth_restorative_disposal, youth_caution, youth_conditional_caution, other_oocd; ' +
            'disposal_start must be a calendar date written YYYY-MM-DD; gender is empty; ' +
            'risk_of_serious_harm must be one of: low, medium, high, very_high, not_recorded',
        },
        { line: 5, reason: 'expected 8 fields as in the header, found 7' },
        { line: 6, reason: 'case_id repeats the case on line 2' },
        { line: 7, reason: 'a quoted field is not closed' },
      ],
    });
    const reasons = JSON.stringify(result);
    for (const content of ['Jane', 'Prison', '2025-02-30', 'severe']) expect(reasons).not.toContain(content);
  });

  it('reports every repeat of a case id against its first line, in line order', () => {
    const text = [
      HEADER,
      ROW_1,
      ROW_2,
      ROW_1,
      'C0003,youth_caution,2025-13-01,CM2,Male,White,low,low',
      ROW_1,
    ].join('\n');
    expect(parseLongList(text)).toEqual({
      ok: false,
      errors: [
        { line: 4, reason: 'case_id repeats the case on line 2' },
        { line: 5, reason: 'disposal_start must be a calendar date written YYYY-MM-DD' },
        { line: 6, reason: 'case_id repeats the case on line 2' },
      ],
    });
  });

  it('refuses a header with missing, repeated or unknown columns without echoing the unknown name', () => {
    const header =
      'case_id,disposal_type,disposal_start,case_manager,gender,gender,child_name,safety_wellbeing';
    expect(parseLongList(`${header}\n${ROW_1}`)).toEqual({
      ok: false,
      errors: [
        { line: 1, reason: 'column gender appears more than once in the header' },
        {
          line: 1,
          reason:
            'header column 7 is not one of: case_id, disposal_type, disposal_start, case_manager, gender, ethnicity, safety_wellbeing, risk_of_serious_harm',
        },
        { line: 1, reason: 'the header has no ethnicity column' },
        { line: 1, reason: 'the header has no risk_of_serious_harm column' },
      ],
    });
  });

  it('can ignore unknown columns when asked', () => {
    expect(parseLongList(`${HEADER},notes\n${ROW_1},anything`, { unknownColumns: 'ignore' })).toMatchObject({
      ok: true,
      cases: [{ caseId: 'C0001' }],
    });
  });

  it('accepts not_recorded where the case record has no classification (001 A 2.5)', () => {
    const result = parseLongList(
      [HEADER, 'C0008,referral_order,2025-05-02,CM01,Female,White,not_recorded,low'].join('\n'),
    );
    expect(result.ok && result.cases[0]?.safetyWellbeing).toBe('not_recorded');
  });

  it("closes disposal_type to the inspection's frameworks' types when given, naming those", () => {
    const text = [HEADER, ROW_1, 'C0009,youth_caution,2025-05-02,CM01,Female,White,low,low'].join('\n');
    expect(parseLongList(text, { disposalTypes: ['referral_order', 'custodial_sentence'] })).toEqual({
      ok: false,
      errors: [{ line: 3, reason: 'disposal_type must be one of: referral_order, custodial_sentence' }],
    });
  });

  it('refuses an empty file and a header without cases', () => {
    expect(parseLongList('\n\n')).toMatchObject({ ok: false, errors: [{ line: 1 }] });
    expect(parseLongList(`\n${HEADER}\n`)).toEqual({
      ok: false,
      errors: [{ line: 2, reason: 'the long list has a header but no cases' }],
    });
  });
});
