import { describe, expect, it } from 'vitest';
import {
  caseCannotBe,
  phaseAfter,
  readyForPanel,
  sampleConfirmable,
  wrongPhase,
  type CaseStanding,
} from './phase-gates.ts';

const open: CaseStanding = { withdrawn: false, submitted: false, approved: false };
const submitted: CaseStanding = { withdrawn: false, submitted: true, approved: false };
const approved: CaseStanding = { withdrawn: false, submitted: true, approved: true };
const withdrawn: CaseStanding = { withdrawn: true, submitted: false, approved: false };

describe('phaseAfter', () => {
  it('ends fieldwork once every case in the sample is submitted; a withdrawn case does not count', () => {
    expect(phaseAfter('fieldwork', [submitted, open])).toBeNull();
    expect(phaseAfter('fieldwork', [submitted, withdrawn])).toBe('quality-assurance');
  });

  it('ends quality assurance once every case in the sample is approved', () => {
    expect(phaseAfter('quality-assurance', [approved, submitted])).toBeNull();
    expect(phaseAfter('quality-assurance', [approved, withdrawn])).toBe('ready-for-panel');
  });

  it('never moves an inspection with no case in its sample', () => {
    expect(phaseAfter('fieldwork', [])).toBeNull();
    expect(phaseAfter('quality-assurance', [withdrawn])).toBeNull();
    expect(readyForPanel([withdrawn])).toBe(false);
  });

  it('so a sample with no case is not confirmed', () => {
    expect(sampleConfirmable(0)).toBe(false);
    expect(sampleConfirmable(1)).toBe(true);
  });
});

describe('wrongPhase', () => {
  it('says where the inspection stands and when the decision can be taken, in words, not codes', () => {
    expect(wrongPhase('ready-for-panel', ['fieldwork'])).toBe(
      'the inspection is ready for its ratings panel; this can be done only while it is in fieldwork',
    );
    expect(wrongPhase('fieldwork', ['set-up', 'sampling'])).toBe(
      'the inspection is in fieldwork; this can be done only while it is being set up or in sampling',
    );
  });
});

describe('caseCannotBe', () => {
  it('says the case’s state in words', () => {
    expect(caseCannotBe('in-progress', 'excluded')).toBe('the case is in progress; it cannot be excluded');
    expect(caseCannotBe('revising', 'reassigned')).toBe('the case is being revised; it cannot be reassigned');
  });
});
