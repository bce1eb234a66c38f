// The people a development stack knows, the roles each may hold, and the name and email address its ID
// tokens give them (as a real provider's `profile` and `email` scopes do). A token is signed only for these
// users and only with roles granted here, so a developer sees the same refusals a real provider would give.
import type { Role } from '@yji/contracts';

export interface SeedUser {
  name: string;
  email: string;
  roles: readonly Role[];
}

const seeded = (name: string, roles: readonly Role[], domain = 'inspectorate.example'): SeedUser => ({
  name,
  email: `${name.toLowerCase().replace(' ', '.')}@${domain}`,
  roles,
});

export const SEED_USERS: Readonly<Record<string, SeedUser>> = {
  'lead-1': seeded('Grace Okafor', ['lead-inspector']),
  'inspector-1': seeded('Amir Hussain', ['inspector']),
  'inspector-2': seeded('Bethan Jones', ['inspector']),
  // An inspector who also moderates: QA must never give them their own assessments.
  'inspector-3': seeded('Callum Reid', ['inspector', 'qa-reviewer']),
  'assessor-1': seeded('Dana Whitfield', ['local-assessor']),
  'qa-1': seeded('Esther Mensah', ['qa-reviewer']),
  'qa-2': seeded('Farid Shah', ['qa-reviewer']),
  'qa-3': seeded('Gwen Parry', ['qa-reviewer']),
  'chair-1': seeded('Hugh Bennett', ['panel-chair']),
  'chair-2': seeded('Imogen Clarke', ['panel-chair']),
  // An inspector who both leads inspections and chairs panels: four eyes keep them from approving their own.
  'lead-3': seeded('Jonah Price', ['lead-inspector', 'panel-chair']),
  'yjs-1': seeded('Kiran Patel', ['yjs-contact'], 'yjs.example'),
  // A second lead inspector, off the teams of lead-1's inspections.
  'lead-2': seeded('Laura Evans', ['lead-inspector']),
};

/** Throws, naming the user or role, unless the seed grants `userId` every role in `roles`. */
export function assertSeedGrants(userId: string, roles: readonly string[]): void {
  const granted = Object.hasOwn(SEED_USERS, userId) ? SEED_USERS[userId]?.roles : undefined;
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
