// Signs a token without a running provider, with the key the provider publishes (the same data folder),
// for `yji dev-token`. The defaults match the provider `pnpm start` runs.
import { DEV_AUDIENCE, DEV_ISSUER, defaultDataDir } from './defaults.ts';
import { refuseInProduction } from './refuse-production.ts';
import { signToken, type SignOptions } from './sign-token.ts';
import { loadOrCreateSigningKey } from './signing-key.ts';

export interface DevTokenRequest extends SignOptions {
  userId: string;
  roles: readonly string[];
  dataDir?: string;
}

export async function signDevToken(request: DevTokenRequest): Promise<string> {
  refuseInProduction();
  const { userId, roles, dataDir, ...options } = request;
  const key = await loadOrCreateSigningKey(dataDir ?? defaultDataDir());
  return signToken(key, { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, userId, roles }, options);
}
