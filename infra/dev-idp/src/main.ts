// Runs the development identity provider on its own (docker compose). It refuses to start when
// NODE_ENV=production; tokens come from `yji dev-token` run beside it, with the same data folder.
// DEV_IDP_HOST is where it listens, DEV_IDP_PUBLIC_HOST the host its issuer names (browsers reach it there).
import { startDevIdp } from './dev-idp.ts';

const idp = await startDevIdp({
  host: process.env.DEV_IDP_HOST,
  publicHost: process.env.DEV_IDP_PUBLIC_HOST,
});
console.log(`development identity provider: ${idp.jwksUrl}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void idp.stop().then(() => process.exit(0)));
}
