import { describe, expect, it } from 'vitest';
import type { DeepReadonly } from './deep-freeze.ts';
import { FRAMEWORK_IDS, getFramework, listFrameworks, requireFramework } from './registry.ts';

function everyObject(value: unknown): object[] {
  if (typeof value !== 'object' || value === null) return [];
  return [value, ...Object.values(value).flatMap(everyObject)];
}

describe('framework registry', () => {
  it('lists every framework once, in FRAMEWORK_IDS order', () => {
    expect(listFrameworks().map((framework) => framework.id)).toEqual([...FRAMEWORK_IDS]);
  });

  it('gets a framework by id, and undefined for an unknown id', () => {
    expect(getFramework('d3-v3.6')?.domain).toBe(3);
    expect(getFramework('d3-v9.9')).toBeUndefined();
  });

  it('requireFramework names the unknown id and the valid ones', () => {
    expect(() => requireFramework('d2-v7')).toThrow(
      'Unknown framework "d2-v7". Valid ids: d2-v6.5, d3-v3.6, d3-legacy, standards-2020, fji-sqs-2016',
    );
  });

  it.each(FRAMEWORK_IDS)('%s is frozen all the way down', (id) => {
    const framework = requireFramework(id);
    expect(everyObject(framework).every((object) => Object.isFrozen(object))).toBe(true);
  });

  it('refuses edits at run time, so a pinned version cannot drift', () => {
    const framework = requireFramework('d2-v6.5') as DeepReadonly<{ sections: { name: string }[] }>;
    expect(() => {
      (framework.sections[0] as { name: string }).name = 'Changed';
    }).toThrow(TypeError);
    expect(requireFramework('d2-v6.5').sections[0]?.name).toBe('Assessment');
  });
});
