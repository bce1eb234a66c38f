// The frameworks yji knows, parsed once against the schema and frozen: a version never changes once
// an inspection pins it (docs/domain.md §2). A new version is a new data file and a new id.
import d2v65 from './data/d2-v6.5.json' with { type: 'json' };
import d3Legacy from './data/d3-legacy.json' with { type: 'json' };
import d3v36 from './data/d3-v3.6.json' with { type: 'json' };
import fjiSqs2016 from './data/fji-sqs-2016.json' with { type: 'json' };
import standards2020 from './data/standards-2020.json' with { type: 'json' };
import { deepFreeze } from './deep-freeze.ts';
import { frameworkSchema } from './schema.ts';
import type { Framework } from './schema.ts';

export const FRAMEWORK_IDS = ['d2-v6.5', 'd3-v3.6', 'd3-legacy', 'standards-2020', 'fji-sqs-2016'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

const FRAMEWORKS: ReadonlyMap<string, Framework> = new Map(
  [d2v65, d3v36, d3Legacy, standards2020, fjiSqs2016].map((data) => {
    const framework = deepFreeze(frameworkSchema.parse(data));
    return [framework.id, framework];
  }),
);

export function listFrameworks(): Framework[] {
  return FRAMEWORK_IDS.map(requireFramework);
}

export function getFramework(id: string): Framework | undefined {
  return FRAMEWORKS.get(id);
}

export function requireFramework(id: string): Framework {
  const framework = FRAMEWORKS.get(id);
  if (!framework) throw new Error(`Unknown framework "${id}". Valid ids: ${FRAMEWORK_IDS.join(', ')}`);
  return framework;
}
