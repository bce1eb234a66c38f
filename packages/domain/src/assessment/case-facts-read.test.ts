// Which of the inspector's own case facts each framework's rules read: what a case form asks for, and no more.
import { describe, expect, it } from 'vitest';
import { requireFramework } from '../frameworks/index.ts';
import { caseFactsRead } from './case-facts-read.ts';

describe('caseFactsRead', () => {
  it('reads none for the 2016 framework: no gating, no exclusion (002)', () => {
    expect(caseFactsRead(requireFramework('fji-sqs-2016'))).toEqual({
      inspectorClassification: [],
      relevantFactors: [],
      careExperience: false,
    });
  });

  it("reads the inspector's classifications where they gate key questions (004 ¶3.26)", () => {
    for (const id of ['d2-v6.5', 'd3-legacy'])
      expect(caseFactsRead(requireFramework(id))).toEqual({
        inspectorClassification: ['safetyWellbeing', 'riskOfHarm'],
        relevantFactors: [],
        careExperience: false,
      });
  });

  it('reads relevant factors and the care-experience facts for 003, never the classifications (003 P 2 S, I 1.1)', () => {
    expect(caseFactsRead(requireFramework('d3-v3.6'))).toEqual({
      inspectorClassification: [],
      relevantFactors: ['safetyWellbeing', 'riskOfHarm'],
      careExperience: true,
    });
  });
});
