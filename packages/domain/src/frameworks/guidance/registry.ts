// Our guidance for each framework version, parsed once against the schema, checked against its framework
// and frozen: it is versioned with the framework it guides (a new framework id gets its own file).
import { deepFreeze } from '../deep-freeze.ts';
import { getFramework, requireFramework } from '../registry.ts';
import d2v65 from './data/d2-v6.5.json' with { type: 'json' };
import d3Legacy from './data/d3-legacy.json' with { type: 'json' };
import d3v36 from './data/d3-v3.6.json' with { type: 'json' };
import fjiSqs2016 from './data/fji-sqs-2016.json' with { type: 'json' };
import standards2020 from './data/standards-2020.json' with { type: 'json' };
import { guidanceProblems } from './integrity.ts';
import { frameworkGuidanceSchema } from './schema.ts';
import type { FrameworkGuidance } from './schema.ts';

const GUIDANCE: ReadonlyMap<string, FrameworkGuidance> = new Map(
  [d2v65, d3v36, d3Legacy, standards2020, fjiSqs2016].map((data) => {
    const guidance = deepFreeze(frameworkGuidanceSchema.parse(data));
    const problems = guidanceProblems(guidance, requireFramework(guidance.framework), getFramework);
    if (problems.length > 0)
      throw new Error(`Guidance for ${guidance.framework} is inconsistent:\n${problems.join('\n')}`);
    return [guidance.framework, guidance];
  }),
);

/** Our guidance for a framework version, or undefined where we have written none. */
export function getFrameworkGuidance(frameworkId: string): FrameworkGuidance | undefined {
  return GUIDANCE.get(frameworkId);
}

/** The framework ids that carry our guidance, in FRAMEWORK_IDS order. */
export function guidedFrameworkIds(): string[] {
  return [...GUIDANCE.keys()];
}
