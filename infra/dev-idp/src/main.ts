// Runs the development identity provider on its own (docker compose). It refuses to start when
// NODE_ENV=production; tokens come from `yji dev-token` run beside it, with the same data folder.
// DEV_IDP_HOST is where it listens, DEV_IDP_PUBLIC_HOST the host its issuer names (browsers reach it there).
// With DEV_IDP_PEOPLE_DATABASE_URL, the web app's database, it first adds its seeded people to the web app's
// people directory, as the stack runner does, so a lead can add them to a team before they have signed in.
import { startDevIdp } from './dev-idp.ts';
import { refuseInProduction } from './refuse-production.ts';
import { rememberSeededPeople } from './remember-seeded-people.ts';

// Before anything is written: seeded people in a production people directory would be a false record.
refuseInProduction();
const peopleDatabaseUrl = process.env.DEV_IDP_PEOPLE_DATABASE_URL;
if (peopleDatabaseUrl) {
  const added = await rememberSeededPeople(peopleDatabaseUrl);
  console.log(`people directory: ${added} of the seeded people added, as if signed in once`);
}
const idp = await startDevIdp({
  host: process.env.DEV_IDP_HOST,
  publicHost: process.env.DEV_IDP_PUBLIC_HOST,
});
console.log(`development identity provider: ${idp.jwksUrl}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void idp.stop().then(() => process.exit(0)));
}
