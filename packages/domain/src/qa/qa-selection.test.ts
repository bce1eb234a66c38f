import { describe, expect, it } from 'vitest';
import { qaPolicySchema } from './qa-policy.ts';
import { selectForQa } from './qa-selection.ts';
import type { QaSubmission } from './qa-selection.ts';
import { refusedFields } from '../refused-fields.testing.ts';

const policy = qaPolicySchema.parse({ seed: 'inspection-2026-north' });

function submission(overrides: Partial<QaSubmission> = {}): QaSubmission {
  return {
    caseRef: 'C-0001',
    assessorId: 'inspector-1',
    assessorRole: 'inspector',
    flaggedByAssessor: false,
    safeguardingAlert: false,
    selectedSoFarForAssessor: 1,
    moderatedBy: 'key-question',
    ...overrides,
  };
}

const caseRefs = (count: number) => Array.from({ length: count }, (_, index) => `C-${index}`);

describe('QA policy', () => {
  it('fills the defaults: a quarter of inspectors’, every local assessor’s, one each at least, half blind', () => {
    expect(policy).toEqual({
      seed: 'inspection-2026-north',
      shareByRole: { inspector: 0.25, 'local-assessor': 1 },
      minimumPerAssessor: 1,
      everyFlagged: true,
      everySafeguardingAlert: true,
      blindShare: 0.5,
    });
  });

  it('names the field that is wrong', () => {
    expect(
      refusedFields(qaPolicySchema, {
        seed: ' ',
        shareByRole: { inspector: 1.5, 'local-assessor': 1 },
        blindShare: -0.1,
      }),
    ).toEqual(['seed', 'shareByRole.inspector', 'blindShare']);
  });

  it('sends every local assessor’s case: their share is not a setting (docs/domain.md §1)', () => {
    const lowered = { seed: 's', shareByRole: { inspector: 0.25, 'local-assessor': 0.5 } };
    expect(refusedFields(qaPolicySchema, lowered)).toEqual(['shareByRole.local-assessor']);
  });
});

describe('selectForQa (decision: docs/domain.md §1, §6 step 4)', () => {
  it('sends every case with a safeguarding alert, whatever the draw', () => {
    const none = { ...policy, shareByRole: { inspector: 0, 'local-assessor': 1 } };
    expect(selectForQa(none, submission({ safeguardingAlert: true }))).toMatchObject({
      selected: true,
      reason: 'safeguarding-alert',
    });
    expect(
      selectForQa({ ...none, everySafeguardingAlert: false }, submission({ safeguardingAlert: true })),
    ).toEqual({ selected: false, reason: 'not-drawn' });
  });

  it('sends every case its assessor flags', () => {
    const none = { ...policy, shareByRole: { inspector: 0, 'local-assessor': 1 } };
    expect(selectForQa(none, submission({ flaggedByAssessor: true }))).toMatchObject({
      reason: 'flagged-by-assessor',
    });
  });

  it('records the first reason that applies when several do', () => {
    expect(
      selectForQa(policy, submission({ safeguardingAlert: true, flaggedByAssessor: true })),
    ).toMatchObject({ reason: 'safeguarding-alert' });
  });

  it('sends every local assessor’s case', () => {
    for (const caseRef of caseRefs(20)) {
      expect(selectForQa(policy, submission({ caseRef, assessorRole: 'local-assessor' }))).toMatchObject({
        selected: true,
        reason: 'whole-role-reviewed',
      });
    }
  });

  it('draws about the share of inspectors’ cases, by seed', () => {
    const drawn = caseRefs(4000).filter((caseRef) => selectForQa(policy, submission({ caseRef })).selected);
    // Bernoulli sampling: 1000 expected, standard deviation about 27.
    expect(drawn.length).toBeGreaterThan(1000 - 100);
    expect(drawn.length).toBeLessThan(1000 + 100);
    const otherSeed = caseRefs(4000).filter(
      (caseRef) => selectForQa({ ...policy, seed: 'another' }, submission({ caseRef })).selected,
    );
    expect(otherSeed).not.toEqual(drawn);
  });

  it('gives fixed choices for a recorded seed, so a choice can be checked on any machine', () => {
    // Pinned: a change here changes every QA selection ever recorded.
    const chosen = caseRefs(12).map((caseRef) => {
      const selection = selectForQa(policy, submission({ caseRef }));
      return selection.selected ? `${caseRef}${selection.blind ? ' blind' : ''}` : '-';
    });
    expect(chosen).toEqual([
      'C-0 blind',
      'C-1 blind',
      '-',
      '-',
      '-',
      '-',
      '-',
      'C-7 blind',
      '-',
      '-',
      '-',
      'C-11 blind',
    ]);
  });

  it('selects a case the draw passes over while its assessor has fewer than the minimum in QA', () => {
    const passedOver = caseRefs(50).find((caseRef) => !selectForQa(policy, submission({ caseRef })).selected);
    expect(passedOver).toBeDefined();
    const first = submission({ caseRef: passedOver, selectedSoFarForAssessor: 0 });
    expect(selectForQa(policy, first)).toMatchObject({ selected: true, reason: 'assessor-minimum' });
    expect(selectForQa({ ...policy, minimumPerAssessor: 0 }, first)).toEqual({
      selected: false,
      reason: 'not-drawn',
    });
  });

  it('never makes a review blind where there are no key questions to judge blind (a 2016 case, 002)', () => {
    const allBlind = { ...policy, shareByRole: { inspector: 1, 'local-assessor': 1 }, blindShare: 1 };
    expect(selectForQa(allBlind, submission())).toMatchObject({ selected: true, blind: true });
    expect(selectForQa(allBlind, submission({ moderatedBy: 'view' }))).toMatchObject({
      selected: true,
      blind: false,
    });
  });

  it('makes about the blind share of QA reviews blind, none at 0 and all at 1', () => {
    const everything = { ...policy, shareByRole: { inspector: 1, 'local-assessor': 1 } };
    const blind = (blindShare: number) =>
      caseRefs(2000).filter((caseRef) => {
        const selection = selectForQa({ ...everything, blindShare }, submission({ caseRef }));
        return selection.selected && selection.blind;
      }).length;
    expect(blind(0)).toBe(0);
    expect(blind(1)).toBe(2000);
    expect(blind(0.5)).toBeGreaterThan(1000 - 100);
    expect(blind(0.5)).toBeLessThan(1000 + 100);
  });
});
