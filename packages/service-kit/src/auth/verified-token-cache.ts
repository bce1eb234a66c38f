// Verified tokens, remembered until they expire, so a caller's second request does not pay for a
// signature check again (about 250 µs of CPU, more than a whole bare request; issue 12, cause 5).
//
// What it keeps: only tokens that passed every check, keyed by the SHA-256 of the whole token (header,
// claims and signature), so a token differing in any byte — another signature included — is a miss and is
// verified in full. The token itself is never stored. Refusals are never kept: they stay as slow as they were.
//
// How long: until the token's `exp` by this process's clock (stricter than the verifier, which tolerates
// a few seconds of drift past exp). Bounded: beyond `maxEntries` the least recently used token is dropped.
//
// Revocation: yji has no revocation list; a token is good until its exp whether or not it is cached, so the
// cache changes nothing there. One difference: a key withdrawn from the provider's JWKS stops new tokens at
// once, but tokens already verified with it are honoured until their exp (at most the provider's token
// lifetime). Restarting a service empties its cache.
import { createHash } from 'node:crypto';
import type { TokenCheck, TokenVerifier } from './verify-token.ts';

export interface VerifiedTokenCacheOptions {
  /** The most tokens held; the least recently used beyond it is dropped. */
  maxEntries: number;
  /** Milliseconds since the epoch; a parameter so tests can move time. */
  now?: () => number;
}

type Verified = Extract<TokenCheck, { ok: true }>;

export function cachingVerifier(verify: TokenVerifier, options: VerifiedTokenCacheOptions): TokenVerifier {
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on a hit keeps the least recently used first.
  const entries = new Map<string, { check: Verified; expiresAtMs: number }>();
  return async (token) => {
    const key = createHash('sha256').update(token).digest('base64url');
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      if (hit.expiresAtMs > now()) {
        entries.set(key, hit);
        return hit.check;
      }
    }
    const check = await verify(token);
    // Verified tokens always carry exp (the verifier requires it).
    const expiresAtMs = (check.ok ? (check.claims.exp ?? 0) : 0) * 1000;
    if (check.ok && expiresAtMs > now()) {
      entries.set(key, { check, expiresAtMs });
      if (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!);
    }
    return check;
  };
}
