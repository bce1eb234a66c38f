// The people a development stack knows, and the roles each may hold. A token is signed only for these
// users and only with roles granted here, so a developer sees the same refusals a real provider would give.
import type { Role } from '@yji/contracts';

export const SEED_USERS: Readonly<Record<string, readonly Role[]>> = {
  'lead-1': ['lead-inspector'],
  'inspector-1': ['inspector'],
  'inspector-2': ['inspector'],
  // An inspector who also moderates: QA must never give them their own assessments.
  'inspector-3': ['inspector', 'qa-reviewer'],
  'assessor-1': ['local-assessor'],
  'qa-1': ['qa-reviewer'],
  'qa-2': ['qa-reviewer'],
  'qa-3': ['qa-reviewer'],
  'chair-1': ['panel-chair'],
  'chair-2': ['panel-chair'],
  // An inspector who both leads inspections and chairs panels: four eyes keep them from approving their own.
  'lead-3': ['lead-inspector', 'panel-chair'],
  'yjs-1': ['yjs-contact'],
  // A second lead inspector: the second named person a safeguarding alert escalates to.
  'lead-2': ['lead-inspector'],
};

/** Throws, naming the user or role, unless the seed grants `userId` every role in `roles`. */
export function assertSeedGrants(userId: string, roles: readonly string[]): void {
  const granted = Object.hasOwn(SEED_USERS, userId) ? SEED_USERS[userId] : undefined;
  if (!granted) {
    throw new Error(`unknown user "${userId}"; seeded users: ${Object.keys(SEED_USERS).join(', ')}`);
  }
  const refused = roles.filter((role) => !(granted as readonly string[]).includes(role));
  if (refused.length > 0) {
    throw new Error(
      `user "${userId}" does not have the role ${refused.map((role) => `"${role}"`).join(', ')} ` +
        `(granted: ${granted.join(', ')})`,
    );
  }
}
