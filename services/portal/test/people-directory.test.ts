// The people directory on the portal's database: names kept from each sign-in and read again once stale,
// people named by email address in any case (the latest sign-in with it wins) or by user id, people not seen
// for long forgotten; the `person` filter (names, or user ids for people the directory does not know); the
// name and address read from an ID token; what a form says of addresses nobody has signed in with.
import { randomUUID } from 'node:crypto';
import nunjucks from 'nunjucks';
import { afterAll, describe, expect, it } from 'vitest';
import { testEnvironment } from '../../../tests/harness/index.ts';
import { profileOf } from '../src/auth/oidc.ts';
import { createDb } from '../src/db.ts';
import { forgetPeopleNotSeenSince, peopleDirectory, type Known } from '../src/people/directory.ts';
import { withUnknownPeople } from '../src/people/unknown-people.ts';
import { fieldsByPath } from '../src/web/form-errors.ts';
import { configureNunjucks } from '../src/web/nunjucks-filters.ts';

const db = createDb(testEnvironment().DATABASE_URL);
afterAll(() => db.$disconnect());

/** User ids and addresses of this run's own, so earlier runs' rows in the same database do not answer. */
const fresh = () => {
  const id = randomUUID().slice(0, 8);
  return { userId: `person-${id}`, email: `someone.${id}@inspectorate.example` };
};

describe('the people directory', () => {
  it('finds people by the address of their latest sign-in, in any case, and takes anything else as a user id', async () => {
    const people = peopleDirectory(db);
    const first = fresh();
    const second = fresh();
    await people.remember({ ...first, name: 'Ada Byrne' });
    // The address passes to someone else (a second account): the latest sign-in with it is the one found.
    await people.remember({ userId: second.userId, name: 'Ada Byrne', email: first.email.toUpperCase() });
    const nobody = fresh().email;
    expect(
      await people.userIdsOf([first.email.replace('someone', 'SomeOne'), 'inspector-9', nobody]),
    ).toEqual({ userIds: [second.userId, 'inspector-9'], unknown: [nobody] });
    expect(await people.userIdsOf([])).toEqual({ userIds: [], unknown: [] });
  });

  it('knows whoever signed in on this replica at once, and what another replica kept once its copy is stale', async () => {
    const here = peopleDirectory(db);
    const there = peopleDirectory(db, { ttlMs: 200 });
    const person = fresh();
    expect((await there.known()).nameOf(person.userId)).toBe(person.userId);
    await here.remember({ ...person, email: person.email.toUpperCase(), name: 'Bea Collins' });
    expect((await here.known()).nameOf(person.userId)).toBe('Bea Collins');
    expect((await here.known()).addressOf(person.userId)).toBe(person.email);
    expect((await there.known()).nameOf(person.userId)).toBe(person.userId);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await there.known()).nameOf(person.userId)).toBe('Bea Collins');
    expect((await there.known()).addressOf(person.userId)).toBe(person.email);
    // Signed in again without a name or address (a provider that stopped sending them): by user id only.
    await here.remember({ userId: person.userId });
    expect((await here.known()).nameOf(person.userId)).toBe(person.userId);
    expect((await here.known()).addressOf(person.userId)).toBe(person.userId);
  });
});

describe('forgetting people who no longer sign in', () => {
  it('deletes those whose latest sign-in was before the cut-off, and keeps the others', async () => {
    const people = peopleDirectory(db, { ttlMs: 0 });
    const gone = fresh();
    const kept = fresh();
    await people.remember({ ...gone, name: 'Cai Dunn' });
    await people.remember({ ...kept, name: 'Dee Ellis' });
    const yearsAgo = new Date(Date.now() - 3 * 365 * 24 * 60 * 60 * 1000);
    await db.person.update({ where: { userId: gone.userId }, data: { signedInAt: yearsAgo } });
    expect(
      await forgetPeopleNotSeenSince(db, new Date(Date.now() - 24 * 60 * 60 * 1000)),
    ).toBeGreaterThanOrEqual(1);
    expect((await people.known()).nameOf(gone.userId)).toBe(gone.userId);
    expect((await people.known()).nameOf(kept.userId)).toBe('Dee Ellis');
    expect(await people.userIdsOf([gone.email])).toEqual({ userIds: [], unknown: [gone.email] });
  });
});

describe('a form naming people nobody has signed in as', () => {
  const FIELDS = fieldsByPath({ date: 'Enter a date', people: 'Enter addresses', time: 'Enter a time' });

  it('says so beside their field, among the other errors in the page’s order, in place of that field’s own', () => {
    const errors = [FIELDS.time!, FIELDS.people!, FIELDS.date!];
    expect(withUnknownPeople(errors, { field: 'people', unknown: ['a@x.example'] }, FIELDS)).toEqual([
      FIELDS.date,
      {
        field: 'people',
        text: expect.stringMatching(
          /^No one has signed in to Youth justice inspections with this email address/,
        ),
      },
      FIELDS.time,
    ]);
    expect(withUnknownPeople([FIELDS.time!], { field: 'people', unknown: ['a@x', 'b@x'] }, FIELDS)).toEqual([
      {
        field: 'people',
        text: expect.stringMatching(
          /^No one has signed in to Youth justice inspections with 2 of these email/,
        ),
      },
      FIELDS.time,
    ]);
    expect(withUnknownPeople(errors, { field: 'people', unknown: [] }, FIELDS)).toEqual(errors);
  });
});

describe('the person filter', () => {
  const env = new nunjucks.Environment();
  configureNunjucks(env);
  const people: Known = {
    nameOf: (userId) => (userId === 'lead-1' ? 'Grace Okafor' : userId),
    addressOf: (userId) => userId,
  };

  it('shows a person, or a list of them, by name, and by user id those the directory does not know', () => {
    expect(env.renderString('{{ id | person }}', { id: 'lead-1', people })).toBe('Grace Okafor');
    expect(env.renderString('{{ ids | person }}', { ids: ['lead-1', 'inspector-9'], people })).toBe(
      'Grace Okafor, inspector-9',
    );
    expect(env.renderString('{{ id | person }}', { id: 'lead-1' })).toBe('lead-1');
  });
});

describe('a person as the ID token names them', () => {
  it('takes the name and the address, or the sign-in name when it is an address, and leaves out the rest', () => {
    expect(profileOf({ sub: 'x', name: ' Ada Byrne ', email: 'ada@inspectorate.example' })).toEqual({
      name: 'Ada Byrne',
      email: 'ada@inspectorate.example',
    });
    // Microsoft Entra ID, for an account without a mailbox.
    expect(
      profileOf({ sub: 'x', name: 'Ada Byrne', preferred_username: 'ada@inspectorate.example' }),
    ).toEqual({ name: 'Ada Byrne', email: 'ada@inspectorate.example' });
    expect(profileOf({ sub: 'x', name: '', email: 'not an address', preferred_username: 'ada' })).toEqual({});
    expect(profileOf({ sub: 'x', name: 42, email: ['a@b.example'] })).toEqual({});
  });

  it('leaves out an address the provider has not verified, which anyone could have typed', () => {
    const unverified = { sub: 'x', name: 'Ada Byrne', email: 'chair@inspectorate.example' };
    expect(profileOf({ ...unverified, email_verified: false })).toEqual({ name: 'Ada Byrne' });
    expect(profileOf({ ...unverified, email_verified: true })).toEqual({
      name: 'Ada Byrne',
      email: 'chair@inspectorate.example',
    });
  });
});
