// Resettlement (2.5) is rated only with at least five custody cases (004 ¶3.15).
import { describe, expect, it } from 'vitest';
import { resettlementInScope } from './resettlement-scope.ts';

describe('resettlementInScope', () => {
  it('needs five custody cases', () => {
    expect(resettlementInScope(4)).toBe(false);
    expect(resettlementInScope(5)).toBe(true);
    expect(resettlementInScope(12)).toBe(true);
  });
});
