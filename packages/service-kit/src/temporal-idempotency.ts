// What makes a repeated request the same Temporal call: an id derived from the caller and the
// Idempotency-Key they chose (a UUID v5, RFC 9562 §5.5, so two callers' keys never meet), and a hash of the
// request that tells a different request sent with a key already used.
import { createHash } from 'node:crypto';

/** yji's namespace for the ids it derives (a random UUID, fixed once). */
const YJI_NAMESPACE = Buffer.from('6f1d7c2a9b3e4f50a8d1c0e2b4f69a17', 'hex');

/** The UUID v5 of `parts` in yji's namespace: the same parts give the same id, any other parts another. */
export function idempotentId(...parts: readonly string[]): string {
  const name = Buffer.from(JSON.stringify(parts), 'utf8');
  const bytes = createHash('sha1').update(YJI_NAMESPACE).update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `value` as JSON with every object's keys in order, so the same request always writes the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A SHA-256 of the request's canonical JSON: compares two requests without keeping either. */
export const requestHash = (body: unknown): string =>
  createHash('sha256').update(canonicalJson(body)).digest('hex');
