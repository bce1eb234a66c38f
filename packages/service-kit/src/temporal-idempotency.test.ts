import { describe, expect, it } from 'vitest';
import { idempotentId, requestHash } from './temporal-idempotency.ts';

describe('ids from an Idempotency-Key', () => {
  it('are the same UUID v5 for the same caller and key, another for any other', () => {
    const id = idempotentId('start-inspection', 'lead-1', 'b3f0c1de-5a8e-4c1e-9d0b-1c2f3a4b5c6d');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(idempotentId('start-inspection', 'lead-1', 'b3f0c1de-5a8e-4c1e-9d0b-1c2f3a4b5c6d')).toBe(id);
    expect(idempotentId('start-inspection', 'lead-2', 'b3f0c1de-5a8e-4c1e-9d0b-1c2f3a4b5c6d')).not.toBe(id);
    // Parts are kept apart: moving a character from one to the next is another id.
    expect(idempotentId('a', 'bc')).not.toBe(idempotentId('ab', 'c'));
  });
});

describe('a request hash', () => {
  it('is the same for the same request in any key order, another for another request', () => {
    const hash = requestHash({ yjs: { name: 'A', code: 'B' }, sample: { size: 4 } });
    expect(requestHash({ sample: { size: 4 }, yjs: { code: 'B', name: 'A' } })).toBe(hash);
    expect(requestHash({ yjs: { name: 'A', code: 'B' }, sample: { size: 5 } })).not.toBe(hash);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
