// Verifies a bearer token against the identity provider's published keys. Any OIDC provider fits: the
// service is told where the JWKS is, which issuer to trust and which audience it is.
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { principalFromClaims, type Principal } from './principal.ts';
import { cachingVerifier } from './verified-token-cache.ts';

export interface AuthOptions {
  /** The provider's JSON Web Key Set, e.g. https://login.example.org/.well-known/jwks.json. */
  jwksUrl: string;
  /** The `iss` every token must carry: the provider's issuer identifier. */
  issuer: string;
  /** The `aud` every token must carry: this API's identifier at the provider. */
  audience: string;
}

/** Asymmetric only: an HMAC algorithm would let anyone holding the verification key mint tokens. */
const ALGORITHMS = ['RS256', 'ES256'];
/** Clocks on different machines drift; a few seconds either way on exp and nbf is tolerated. */
const CLOCK_TOLERANCE_SECONDS = 30;
/** Verified tokens remembered per process: far more than the people signed in at once, a few MB at most. */
const CACHED_TOKENS = 10_000;

export interface VerifierTuning {
  /** How many verified tokens to remember until their exp (see verified-token-cache.ts); 0 turns it off. */
  cacheEntries?: number;
  /** Milliseconds since the epoch; a parameter so tests can move time. */
  now?: () => number;
}

export type TokenCheck =
  /** `claims` are the verified token's, for checks beyond yji's roles (the codec server's operator role). */
  | { ok: true; principal: Principal; claims: JWTPayload }
  /** The token is refused; `reason` is safe to show (it never repeats the token). */
  | { ok: false; reason: string };

export type TokenVerifier = (token: string) => Promise<TokenCheck>;

/**
 * Keys are fetched once and cached; a token signed with a key id not yet seen makes the verifier fetch the
 * set again (at most every 30 s), so the provider can rotate keys. An unreachable provider is an error for
 * the caller to report as such, not a refused token. Verified tokens are cached until their exp.
 */
export function createTokenVerifier(options: AuthOptions, tuning: VerifierTuning = {}): TokenVerifier {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl));
  const now = tuning.now ?? Date.now;
  const verify: TokenVerifier = async (token) => {
    try {
      const { payload } = await jwtVerify(token, jwks, {
        currentDate: new Date(now()),
        algorithms: ALGORITHMS,
        issuer: options.issuer,
        audience: options.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp'],
      });
      const principal = principalFromClaims(payload);
      return principal
        ? { ok: true, principal, claims: payload }
        : { ok: false, reason: 'the token\'s "sub" claim is not a valid user id' };
    } catch (error) {
      const reason = refusalReason(error);
      if (reason === null) throw error;
      return { ok: false, reason };
    }
  };
  const maxEntries = tuning.cacheEntries ?? CACHED_TOKENS;
  return maxEntries > 0 ? cachingVerifier(verify, { maxEntries, now }) : verify;
}

/** Our own words for each refusal; null for failures that are not the token's fault. */
function refusalReason(error: unknown): string | null {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `the token's "${error.claim}" claim is not valid`;
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return null;
  if (error instanceof errors.JOSEError) return 'the token is not valid';
  return null;
}
