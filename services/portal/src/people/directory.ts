// Who has signed in to yji, by the name and email address their identity provider gave at their latest
// sign-in. The services know people only by their provider's id (`sub`), which at a real provider is an
// opaque string nobody can read or remember: the portal shows names, and a lead adds someone to a team by the
// address they know. Only people who have signed in once are known: the portal reads no directory of its own.
import type { PortalDb } from '../db.ts';

export interface Person {
  userId: string;
  name?: string;
  email?: string;
}

/** Everyone who has signed in, as a page shows them. */
export interface Known {
  /** Their name, or their user id when they have not signed in under one. */
  nameOf(userId: string): string;
  /** The address they sign in with, or their user id when it is not known: what a form names them by. */
  addressOf(userId: string): string;
}

export interface People {
  /** Keeps the name and address `person` signed in with, in place of any earlier ones. */
  remember(person: Person): Promise<void>;
  /** Everyone who has signed in: read again once `NAMES_TTL_MS` old, or kept if that read fails. */
  known(): Promise<Known>;
  /**
   * The user ids of people named by email address (any case: whoever signed in last with it) or by user id
   * (anything without an `@`, taken as it is), in order; `unknown`, the addresses nobody has signed in with.
   */
  userIdsOf(named: readonly string[]): Promise<{ userIds: string[]; unknown: string[] }>;
}

/**
 * How stale a name may be on a page. Every page shows names, so each replica keeps the whole directory (an
 * inspectorate's staff and the services' contacts: hundreds of rows, not millions) and reads it again at most
 * this often; a name given at sign-in on this replica shows at once.
 */
export const NAMES_TTL_MS = 60_000;

/** Forgets everyone whose latest sign-in was before `before`; says how many. */
export async function forgetPeopleNotSeenSince(db: PortalDb, before: Date): Promise<number> {
  const { count } = await db.person.deleteMany({ where: { signedInAt: { lt: before } } });
  return count;
}

const knownFrom = (people: ReadonlyMap<string, Person>): Known => ({
  nameOf: (userId) => people.get(userId)?.name ?? userId,
  addressOf: (userId) => people.get(userId)?.email ?? userId,
});

export function peopleDirectory(db: PortalDb, { ttlMs = NAMES_TTL_MS } = {}): People {
  const people = new Map<string, Person>();
  const known = knownFrom(people);
  let readAt = -Infinity;
  let reading: Promise<Known> | undefined;
  const keep = ({ userId, name, email }: Person) =>
    people.set(userId, {
      userId,
      ...(name ? { name } : {}),
      ...(email ? { email: email.toLowerCase() } : {}),
    });
  const readAll = async () => {
    const rows = await db.person.findMany({ select: { userId: true, name: true, email: true } });
    people.clear();
    for (const row of rows)
      keep({ userId: row.userId, name: row.name ?? undefined, email: row.email ?? undefined });
    readAt = Date.now();
    return known;
  };
  return {
    async remember(person) {
      const { userId, name, email } = person;
      const latest = { name: name ?? null, email: email?.toLowerCase() ?? null, signedInAt: new Date() };
      await db.person.upsert({ where: { userId }, create: { userId, ...latest }, update: latest });
      keep(person);
    },
    known() {
      if (Date.now() - readAt < ttlMs) return Promise.resolve(known);
      reading ??= readAll()
        .catch(() => known)
        .finally(() => (reading = undefined));
      return reading;
    },
    async userIdsOf(named) {
      const isEmail = (text: string) => text.includes('@');
      const emails = named.filter(isEmail).map((email) => email.toLowerCase());
      const signedIn = emails.length
        ? await db.person.findMany({
            where: { email: { in: emails } },
            orderBy: { signedInAt: 'asc' },
            select: { userId: true, email: true },
          })
        : [];
      // The latest sign-in with an address last, so it is the one kept.
      const byEmail = new Map(signedIn.map(({ userId, email }) => [email, userId]));
      const userIds: string[] = [];
      const unknown: string[] = [];
      for (const name of named) {
        const userId = isEmail(name) ? byEmail.get(name.toLowerCase()) : name;
        if (userId === undefined) unknown.push(name);
        else userIds.push(userId);
      }
      return { userIds, unknown };
    },
  };
}
