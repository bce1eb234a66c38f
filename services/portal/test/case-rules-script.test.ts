// The case form's script applies packages/domain's own rule: the module the portal serves at
// /static/case-rules.mjs, loaded as a browser would, decides the same questions as the domain for every
// framework, over many cases (seeded), with answers, classifications and inspections of every kind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allowedValues,
  applicableQuestions,
  CLASSIFICATION_LEVELS,
  DISPOSAL_TYPES,
  listFrameworks,
  locatedQuestions,
  type CaseContext,
  type Framework,
} from '@yji/domain';
import type { Portal } from '../src/index.ts';
import { startPortalUnderTest } from './portal-under-test.ts';

type Rule = typeof applicableQuestions;

/** A small seeded generator (mulberry32), so a failure names a case that can be made again. */
function randomFrom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
}

function randomCase(framework: Framework, seed: number) {
  const pick = randomFrom(seed);
  const answers: Record<string, string | string[]> = {};
  for (const { question } of locatedQuestions(framework)) {
    const allowed = allowedValues(question.answers);
    if (!allowed || pick([true, false, false])) continue;
    answers[question.code] = question.answers.type === 'reasons' ? [pick(allowed)] : pick(allowed);
  }
  const level = () => pick([undefined, ...CLASSIFICATION_LEVELS]);
  const context: CaseContext = {
    disposalType: pick(framework.disposalTypes ?? DISPOSAL_TYPES),
    inspectorClassification: { safetyWellbeing: level(), riskOfHarm: level() },
    relevantFactors: { safetyWellbeing: pick([true, false, undefined]), riskOfHarm: pick([true, false]) },
    inspection: {
      country: pick(['england', 'wales'] as const),
      programme: pick(['fji', 'sqs', undefined] as const),
      modules: pick([[], ['courts'], ['courts', 'interventions']] as ('courts' | 'interventions')[][]),
    },
    interview: pick([
      undefined,
      { tookPlace: false },
      { tookPlace: true, role: 'case_manager', caseManagerSeenBefore: pick([true, false]) },
    ] as CaseContext['interview'][]),
  };
  return { context, answers };
}

describe('the case rules the portal serves to browsers', () => {
  let portal: Portal;
  let served: Rule;
  beforeAll(async () => {
    portal = await startPortalUnderTest();
    const response = await fetch(`${portal.url}/static/case-rules.mjs`);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    const source = await response.text();
    // Small: the rule and what it imports, not the frameworks or zod.
    expect(source.length).toBeLessThan(20_000);
    served = (
      (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { applicableQuestions: Rule }
    ).applicableQuestions;
  });
  afterAll(() => portal?.stop());

  it.each(listFrameworks().map((framework) => [framework.id, framework] as const))(
    'decide the same questions as the domain for %s',
    async (id, framework) => {
      // The framework as the browser gets it: JSON from the portal.
      const response = await fetch(`${portal.url}/static/frameworks/${id}.json`);
      expect(response.status).toBe(200);
      const asServed = (await response.json()) as Framework;
      for (let seed = 1; seed <= 150; seed += 1) {
        const { context, answers } = randomCase(framework, seed);
        const codes = (rule: Rule, rules: Framework) =>
          rule(rules, context, answers).map((question) => question.code);
        expect(codes(served, asServed), `seed ${seed}`).toEqual(codes(applicableQuestions, framework));
      }
    },
  );

  it('answers 404 for a framework it does not have', async () => {
    expect((await fetch(`${portal.url}/static/frameworks/no-such.json`)).status).toBe(404);
  });
});
