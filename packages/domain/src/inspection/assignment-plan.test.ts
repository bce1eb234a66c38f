import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayTakeCase, planAssignments, type Assessor } from './assignment-plan.ts';

const assessor = (userId: string, extra: Partial<Assessor> = {}): Assessor => ({
  userId,
  currentLoad: 0,
  conflicts: [],
  ...extra,
});

describe('planAssignments', () => {
  it('spreads cases evenly by count', () => {
    const plan = planAssignments(['C1', 'C2', 'C3', 'C4', 'C5'], [assessor('b'), assessor('a')]);
    expect(plan.assignments).toEqual([
      { caseRef: 'C1', userId: 'a' },
      { caseRef: 'C2', userId: 'b' },
      { caseRef: 'C3', userId: 'a' },
      { caseRef: 'C4', userId: 'b' },
      { caseRef: 'C5', userId: 'a' },
    ]);
    expect(plan.unassigned).toEqual([]);
  });

  it('counts cases already assigned, respects capacity and never assigns a conflicted case', () => {
    const plan = planAssignments(
      ['C1', 'C2', 'C3'],
      [
        assessor('a', { currentLoad: 2 }),
        assessor('b', { capacity: 1 }),
        assessor('c', { conflicts: ['C1', 'C2', 'C3'] }),
      ],
    );
    expect(plan.assignments).toEqual([
      { caseRef: 'C1', userId: 'b' },
      { caseRef: 'C2', userId: 'a' },
      { caseRef: 'C3', userId: 'a' },
    ]);
  });

  it('reports the cases nobody can take', () => {
    expect(planAssignments(['C1'], []).unassigned).toEqual([
      { caseRef: 'C1', reason: 'the team has no assessors' },
    ]);
    expect(planAssignments(['C1'], [assessor('a', { conflicts: ['C1'] })]).unassigned).toEqual([
      { caseRef: 'C1', reason: 'every assessor is at capacity or has a conflict' },
    ]);
  });

  it('never breaks a conflict or a capacity, assigns each case once, and keeps loads within one of each other when unconstrained', () => {
    const caseRefs = fc.uniqueArray(fc.stringMatching(/^C[0-9]{1,3}$/), { maxLength: 60 });
    const team = fc.uniqueArray(
      fc.record({
        userId: fc.stringMatching(/^[a-z]{1,4}$/),
        capacity: fc.option(fc.nat({ max: 20 }), { nil: undefined }),
        currentLoad: fc.constant(0),
        conflicts: fc.array(fc.stringMatching(/^C[0-9]{1,3}$/), { maxLength: 5 }),
      }),
      { selector: (a) => a.userId, maxLength: 6 },
    );
    fc.assert(
      fc.property(caseRefs, team, (refs, assessors) => {
        const plan = planAssignments(refs, assessors);
        expect(
          [...plan.assignments.map((a) => a.caseRef), ...plan.unassigned.map((u) => u.caseRef)].sort(),
        ).toEqual([...refs].sort());
        const loads = new Map<string, number>();
        for (const { caseRef, userId } of plan.assignments) {
          const who = assessors.find((a) => a.userId === userId)!;
          expect(who.conflicts).not.toContain(caseRef);
          loads.set(userId, (loads.get(userId) ?? 0) + 1);
        }
        for (const a of assessors)
          if (a.capacity !== undefined) expect(loads.get(a.userId) ?? 0).toBeLessThanOrEqual(a.capacity);
        if (
          assessors.length > 0 &&
          assessors.every((a) => a.capacity === undefined && a.conflicts.length === 0)
        ) {
          const counts = assessors.map((a) => loads.get(a.userId) ?? 0);
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('mayTakeCase', () => {
  it('refuses a declared conflict and a case beyond capacity', () => {
    expect(mayTakeCase(assessor('a'), 'C1', null)).toBe(true);
    expect(mayTakeCase(assessor('a', { conflicts: ['C1'] }), 'C1', null)).toBe(false);
    expect(mayTakeCase(assessor('a', { capacity: 2, currentLoad: 2 }), 'C1', null)).toBe(false);
    expect(mayTakeCase(assessor('a', { capacity: 2, currentLoad: 1 }), 'C1', null)).toBe(true);
  });

  it('counts no extra load for a case already theirs, and still refuses a conflict with it', () => {
    expect(mayTakeCase(assessor('a', { capacity: 2, currentLoad: 2 }), 'C1', 'a')).toBe(true);
    expect(mayTakeCase(assessor('a', { capacity: 2, currentLoad: 2 }), 'C1', 'b')).toBe(false);
    expect(mayTakeCase(assessor('a', { conflicts: ['C1'], currentLoad: 1 }), 'C1', 'a')).toBe(false);
  });

  it('agrees with automatic assignment: a case it plans for someone, they may take', () => {
    const team = fc.uniqueArray(
      fc.record({
        userId: fc.stringMatching(/^[a-z]{1,3}$/),
        capacity: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
        currentLoad: fc.nat({ max: 5 }),
        conflicts: fc.array(fc.constantFrom('C1', 'C2', 'C3'), { maxLength: 3 }),
      }),
      { selector: (a) => a.userId, maxLength: 4 },
    );
    fc.assert(
      fc.property(team, fc.constantFrom('C1', 'C2', 'C3'), (assessors, caseRef) => {
        const [planned] = planAssignments([caseRef], assessors).assignments;
        const mayTake = assessors.filter((a) => mayTakeCase(a, caseRef, null));
        expect(planned === undefined).toBe(mayTake.length === 0);
        if (planned) expect(mayTake.map((a) => a.userId)).toContain(planned.userId);
      }),
    );
  });
});
