// The people most tests need, one for each role, so that a test names them rather than spelling out user ids
// and roles again: as team members for `inspectionInFieldwork`, as callers of the whole system (`callersOf`),
// and as callers of one service under test (SERVICE_CALLERS). Nothing here starts a service, so a service's
// own tests can import it.
import type { Role } from '@yji/contracts';

export const PEOPLE = {
  lead: { userId: 'lead-1', role: 'lead-inspector' },
  inspector: { userId: 'inspector-1', role: 'inspector' },
  reviewer: { userId: 'qa-1', role: 'qa-reviewer' },
  chair: { userId: 'chair-1', role: 'panel-chair' },
  yjs: { userId: 'yjs-1', role: 'yjs-contact' },
} as const satisfies Record<string, { userId: string; role: Role }>;

export type Person = keyof typeof PEOPLE;

/** One of PEOPLE with their one role, as a service's own tests call as (`serviceCaller` signs the token). */
function serviceCallerOf<P extends { userId: string; role: Role }>(
  person: P,
): { userId: P['userId']; roles: readonly [P['role']] } {
  return { userId: person.userId, roles: [person.role] };
}

/** Each of PEOPLE, for a service's own tests. */
export const SERVICE_CALLERS = {
  lead: serviceCallerOf(PEOPLE.lead),
  inspector: serviceCallerOf(PEOPLE.inspector),
  reviewer: serviceCallerOf(PEOPLE.reviewer),
  chair: serviceCallerOf(PEOPLE.chair),
  yjs: serviceCallerOf(PEOPLE.yjs),
};
