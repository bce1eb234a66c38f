// Properties the QA selection must keep however submissions arrive.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { qaPolicySchema } from './qa-policy.ts';
import type { QaPolicy } from './qa-policy.ts';
import { selectForQa } from './qa-selection.ts';
import type { QaSelection, QaSubmission } from './qa-selection.ts';

type Arrival = Omit<QaSubmission, 'selectedSoFarForAssessor'>;

const share = fc.double({ min: 0, max: 1, noNaN: true });

const policyArbitrary: fc.Arbitrary<QaPolicy> = fc
  .record({
    seed: fc.string({ minLength: 1, maxLength: 12 }).filter((seed) => seed.trim() !== ''),
    shareByRole: fc.record({ inspector: share, 'local-assessor': fc.constant(1) }),
    minimumPerAssessor: fc.nat(3),
    everyFlagged: fc.boolean(),
    everySafeguardingAlert: fc.boolean(),
    blindShare: share,
  })
  .map((policy) => qaPolicySchema.parse(policy));

const arrivals: fc.Arbitrary<Arrival[]> = fc.uniqueArray(
  fc
    .record({
      caseRef: fc.string({ minLength: 1, maxLength: 8 }),
      assessorId: fc.constantFrom('i1', 'i2', 'i3', 'l1'),
      flaggedByAssessor: fc.boolean(),
      safeguardingAlert: fc.boolean(),
    })
    .map((arrival): Arrival => ({
      ...arrival,
      assessorRole: arrival.assessorId.startsWith('l') ? 'local-assessor' : 'inspector',
      moderatedBy: 'key-question',
    })),
  { selector: ({ caseRef }) => caseRef, maxLength: 40 },
);

/** Decides each submission as it arrives, keeping count of each assessor's cases in QA, as a service would. */
function decideInOrder(policy: QaPolicy, stream: readonly Arrival[]): Map<string, QaSelection> {
  const inQa = new Map<string, number>();
  const decisions = new Map<string, QaSelection>();
  for (const arrival of stream) {
    const selectedSoFarForAssessor = inQa.get(arrival.assessorId) ?? 0;
    const selection = selectForQa(policy, { ...arrival, selectedSoFarForAssessor });
    if (selection.selected) inQa.set(arrival.assessorId, selectedSoFarForAssessor + 1);
    decisions.set(arrival.caseRef, selection);
  }
  return decisions;
}

const withReason = (decisions: Map<string, QaSelection>, reasons: readonly string[]) =>
  [...decisions]
    .filter(([, selection]) => reasons.includes(selection.reason))
    .map(([caseRef]) => caseRef)
    .sort();

describe('QA selection properties', () => {
  it('the drawn cases, and which reviews are blind, do not depend on the order of arrival', () => {
    fc.assert(
      fc.property(policyArbitrary, arrivals, fc.infiniteStream(fc.nat()), (policy, stream, keys) => {
        const shuffled = [...stream]
          .map((arrival) => ({ arrival, key: keys.next().value as number }))
          .sort((a, b) => a.key - b.key)
          .map(({ arrival }) => arrival);
        const inOrder = decideInOrder(policy, stream);
        const reordered = decideInOrder(policy, shuffled);
        const orderFree = ['safeguarding-alert', 'flagged-by-assessor', 'whole-role-reviewed', 'seeded-draw'];
        expect(withReason(reordered, orderFree)).toEqual(withReason(inOrder, orderFree));
        for (const [caseRef, selection] of inOrder) {
          const other = reordered.get(caseRef) as QaSelection;
          if (selection.selected && other.selected) expect(other.blind).toBe(selection.blind);
        }
      }),
    );
  });

  it('every assessor has at least the minimum in QA (or all their cases), and every alert and flag when set', () => {
    fc.assert(
      fc.property(policyArbitrary, arrivals, (policy, stream) => {
        const decisions = decideInOrder(policy, stream);
        for (const assessorId of new Set(stream.map((arrival) => arrival.assessorId))) {
          const cases = stream.filter((arrival) => arrival.assessorId === assessorId);
          const inQa = cases.filter(({ caseRef }) => decisions.get(caseRef)?.selected).length;
          expect(inQa).toBeGreaterThanOrEqual(Math.min(policy.minimumPerAssessor, cases.length));
        }
        for (const arrival of stream) {
          const mustGo =
            (policy.everySafeguardingAlert && arrival.safeguardingAlert) ||
            (policy.everyFlagged && arrival.flaggedByAssessor);
          if (mustGo) expect(decisions.get(arrival.caseRef)?.selected).toBe(true);
        }
      }),
    );
  });

  it('the same seed and inputs give the same choice', () => {
    fc.assert(
      fc.property(policyArbitrary, arrivals, fc.nat(3), (policy, stream, selectedSoFarForAssessor) => {
        for (const arrival of stream) {
          const submission = { ...arrival, selectedSoFarForAssessor };
          expect(selectForQa({ ...policy }, { ...submission })).toEqual(selectForQa(policy, submission));
        }
      }),
    );
  });
});
