import { describe, expect, it } from 'vitest';
import { RATED_STANDARDS_2020 } from './rated-standards.ts';
import { domainOfStandard, keyQuestionName, standardName } from './report-headings.ts';

describe('how a report names what it rates', () => {
  it('names every rated standard as the standards framework does (004 Annexe A)', () => {
    expect(standardName('1.1')).toBe('Governance and leadership');
    expect(standardName('3.4')).toBe('OOCD policy and provision');
    for (const { id } of RATED_STANDARDS_2020) expect(standardName(id), id).toEqual(expect.any(String));
  });

  it('has no name for a standard the framework does not hold', () => {
    expect(standardName('4.1')).toBeNull();
    expect(standardName('1.1', 'no-such-framework')).toBeNull();
  });

  it("names a case-based standard's key questions by what they ask about", () => {
    expect(keyQuestionName('2.1.1')).toBe("Supporting the child's desistance");
    expect(keyQuestionName('3.3.3')).toBe('Keeping other people safe');
    // A qualitative standard's, or one no standard has: none.
    expect(keyQuestionName('1.1.1')).toBeNull();
    expect(keyQuestionName('2.9.9')).toBeNull();
  });

  it('puts each standard in its domain', () => {
    expect(domainOfStandard('2.3')?.name).toBe('Court disposals');
    expect(domainOfStandard('9.1')).toBeUndefined();
  });
});
