// The people most tests need, one for each role, so that a test names them rather than spelling out user ids
// and roles again: as team members for `inspectionInFieldwork`, and as callers (each token is signed on its
// first call, so asking for all of them costs nothing).
import type { Role } from '@yji/contracts';
import { callerAs, type Caller, type ServiceUrls } from './api.ts';

export const PEOPLE = {
  lead: { userId: 'lead-1', role: 'lead-inspector' },
  inspector: { userId: 'inspector-1', role: 'inspector' },
  reviewer: { userId: 'qa-1', role: 'qa-reviewer' },
  chair: { userId: 'chair-1', role: 'panel-chair' },
  yjs: { userId: 'yjs-1', role: 'yjs-contact' },
} as const satisfies Record<string, { userId: string; role: Role }>;

export type Person = keyof typeof PEOPLE;

/** A caller for each of PEOPLE, holding a token with their one role. */
export function callersOf(system: ServiceUrls): Record<Person, Caller> {
  const entries = Object.entries(PEOPLE).map(([person, { userId, role }]) => [
    person,
    callerAs(system, userId, [role]),
  ]);
  return Object.fromEntries(entries) as Record<Person, Caller>;
}
