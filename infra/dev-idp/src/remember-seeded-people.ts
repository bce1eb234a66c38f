// The development identity provider's people in the web app's people directory, as if each had signed in
// once: a developer's pages name them, and a lead adds them to a team by address (README, "Who does what")
// before they have signed in through the web app. A name and address a real sign-in left are kept. The stack
// runner does it once the migrations are applied; the compose file's provider when it starts, after them.
import pg from 'pg';
import { SEED_USERS } from './seed-users.ts';

/** Adds the seeded people the directory lacks; says how many it added. */
export async function rememberSeededPeople(databaseUrl: string): Promise<number> {
  const people = Object.entries(SEED_USERS);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `INSERT INTO portal."Person" ("userId", name, email, "signedInAt")
       SELECT person.*, now() FROM unnest($1::text[], $2::text[], $3::text[]) AS person
       ON CONFLICT ("userId") DO NOTHING`,
      [
        people.map(([userId]) => userId),
        people.map(([, { name }]) => name),
        people.map(([, { email }]) => email),
      ],
    );
    return rowCount ?? 0;
  } finally {
    await client.end();
  }
}
