// Assigning sampled cases to assessors (docs/domain.md §6, fieldwork: "balanced, reassignable").
// Decision: a case goes only to an assessor who may take it (no declared conflict with it, within their
// stated capacity), by hand or automatically. Automatic assignment balances by count of cases, filling the
// least-loaded assessor first; ties go to the user id first in code-point order, so the same input always
// gives the same plan.

export interface Assessor {
  userId: string;
  /** Cases this assessor can take in all; absent means no stated limit. */
  capacity?: number;
  /** Cases already assigned to them in this inspection. */
  currentLoad: number;
  /** Case references they declared a conflict with. */
  conflicts: readonly string[];
}

export interface AssignmentPlan {
  assignments: { caseRef: string; userId: string }[];
  /** Cases no assessor could take, with why. */
  unassigned: { caseRef: string; reason: string }[];
}

const fits = (assessor: Assessor, caseRef: string, load: number) =>
  !assessor.conflicts.includes(caseRef) && (assessor.capacity === undefined || load < assessor.capacity);

/**
 * Whether `assessor` may take the case `caseRef`, by hand or as a reassignment: not if they declared a
 * conflict with it, not beyond their capacity. A case already theirs (`currentAssigneeId`) adds no load.
 */
export function mayTakeCase(assessor: Assessor, caseRef: string, currentAssigneeId: string | null): boolean {
  const load = assessor.currentLoad - (currentAssigneeId === assessor.userId ? 1 : 0);
  return fits(assessor, caseRef, load);
}

export function planAssignments(caseRefs: readonly string[], assessors: readonly Assessor[]): AssignmentPlan {
  const loads = new Map(assessors.map((assessor) => [assessor.userId, assessor.currentLoad]));
  const ordered = [...assessors].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  const plan: AssignmentPlan = { assignments: [], unassigned: [] };
  for (const caseRef of caseRefs) {
    const candidates = ordered.filter((assessor) => fits(assessor, caseRef, loads.get(assessor.userId) ?? 0));
    if (candidates.length === 0) {
      const reason =
        ordered.length === 0
          ? 'the team has no assessors'
          : 'every assessor is at capacity or has a conflict';
      plan.unassigned.push({ caseRef, reason });
      continue;
    }
    let chosen = candidates[0]!;
    for (const candidate of candidates) {
      if ((loads.get(candidate.userId) ?? 0) < (loads.get(chosen.userId) ?? 0)) chosen = candidate;
    }
    loads.set(chosen.userId, (loads.get(chosen.userId) ?? 0) + 1);
    plan.assignments.push({ caseRef, userId: chosen.userId });
  }
  return plan;
}
