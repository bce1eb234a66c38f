import { describe, expect, it } from 'vitest';
import { checkQualitativeEvidence } from './qualitative-evidence.ts';
import type { PromptEvidence, QualitativeEvidence } from './qualitative-evidence.ts';

const item = (prompt: string, caseRefs?: string[]): PromptEvidence => ({
  prompt,
  answer: 'yes',
  finding: 'The policy sets out accommodation arrangements; two of the cases show them in practice.',
  sources: [
    { kind: 'document', description: 'Resettlement policy' },
    ...(caseRefs ? [{ kind: 'case-file' as const, caseRefs }] : []),
  ],
});
const resettlement = (items: PromptEvidence[]): QualitativeEvidence => ({
  framework: 'standards-2020',
  standard: '2.5',
  items,
});
const paths = (found: { path: string }[]) => found.map(({ path }) => path);

describe('checkQualitativeEvidence (004 ¶3.12, ¶3.20, ¶3.22)', () => {
  it('accepts governance evidence from documents and interviews, warning about prompts still without evidence', () => {
    const check = checkQualitativeEvidence({
      framework: 'standards-2020',
      standard: '1.1',
      items: [
        {
          prompt: '1.1.1a',
          answer: 'no',
          finding: 'The board sets the direction.',
          sources: [{ kind: 'interview', description: 'Board chair' }],
        },
      ],
    });
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([
      { path: 'items', message: expect.stringMatching(/^no evidence yet for 1\.1\.1b, /) },
    ]);
  });

  describe("each prompt's yes or no answer (004 ¶2.2)", () => {
    const governance = (answer?: string) => ({
      framework: 'standards-2020',
      standard: '1.1',
      items: [
        {
          prompt: '1.1.1a',
          ...(answer === undefined ? {} : { answer: answer as PromptEvidence['answer'] }),
          finding: 'The board sets the direction.',
          sources: [{ kind: 'interview' as const, description: 'Board chair' }],
        },
      ],
    });

    it('is required of a new proposal, naming the place', () => {
      expect(checkQualitativeEvidence(governance(), { answersRequired: true }).errors).toEqual([
        { path: 'items[0].answer', message: 'needs a yes or no answer to 1.1.1a (004 ¶2.2)' },
      ]);
      for (const answer of ['yes', 'no'])
        expect(checkQualitativeEvidence(governance(answer), { answersRequired: true }).errors).toEqual([]);
    });

    it('is only a warning on a proposal stored before prompts were answered', () => {
      const stored = checkQualitativeEvidence(governance());
      expect(stored.errors).toEqual([]);
      expect(stored.warnings).toContainEqual({
        path: 'items[0].answer',
        message: 'needs a yes or no answer to 1.1.1a (004 ¶2.2)',
      });
    });

    it("is on the prompt's scale, yes or no", () => {
      expect(checkQualitativeEvidence(governance('maybe')).errors).toEqual([
        { path: 'items[0].answer', message: 'is answered yes or no' },
      ]);
    });
  });

  it('refuses a case-based standard, a framework that is not a set of standards, and a prompt of another standard', () => {
    expect(
      paths(checkQualitativeEvidence({ framework: 'standards-2020', standard: '2.1', items: [] }).errors),
    ).toEqual(['standard']);
    expect(
      paths(checkQualitativeEvidence({ framework: 'd2-v6.5', standard: '2.5', items: [] }).errors),
    ).toEqual(['framework']);
    expect(paths(checkQualitativeEvidence(resettlement([item('1.1.1a', ['C1'])])).errors)).toEqual([
      'items[0].prompt',
    ]);
  });

  it('triangulates resettlement (2.5) with cases: none is an error, fewer than five a warning (004 ¶3.12–3.15)', () => {
    const noCases = checkQualitativeEvidence(resettlement([item('2.5.1a')]));
    expect(noCases.errors).toEqual([
      {
        path: 'items',
        message: expect.stringMatching(/^standard 2\.5 is triangulated with case-file evidence \(004_/),
      },
    ]);
    const twoCases = checkQualitativeEvidence(resettlement([item('2.5.1a', ['C1', 'C2'])]));
    expect(twoCases.errors).toEqual([]);
    expect(twoCases.warnings.map(({ message }) => message)).toContain(
      'case-file evidence from 2 cases; 5 are expected (004_3c73a16b46373311.txt ¶3.12–3.15: the resettlement standard is triangulated with individual cases; five cases show whether policy flows into practice)',
    );
    const fiveCases = checkQualitativeEvidence(
      resettlement([item('2.5.1a', ['C1', 'C2', 'C3']), item('2.5.1b', ['C3', 'C4', 'C5'])]),
    );
    expect(fiveCases.warnings.some(({ message }) => message.startsWith('case-file evidence from'))).toBe(
      false,
    );
  });

  it('needs OOCD policy and provision (3.4) triangulated with cases too (004 ¶3.20)', () => {
    const check = checkQualitativeEvidence({
      framework: 'standards-2020',
      standard: '3.4',
      items: [item('3.4.1a')],
    });
    expect(paths(check.errors)).toEqual(['items']);
  });

  it('keeps case references to case-file evidence, once each, from the sample', () => {
    const evidence = resettlement([
      {
        prompt: '2.5.1a',
        finding: 'Seen in practice.',
        sources: [
          { kind: 'case-file', caseRefs: [] },
          { kind: 'interview', caseRefs: ['C1'] },
          { kind: 'case-file', caseRefs: ['C1', 'C1'] },
          { kind: 'case-file', caseRefs: ['C9'] },
        ],
      },
      { ...item('2.5.1a', ['C1']), finding: '  ' },
    ]);
    const { errors } = checkQualitativeEvidence(evidence, { sampledCaseRefs: ['C1', 'C2'] });
    expect(errors).toEqual([
      { path: 'items[0].sources[0].caseRefs', message: 'case-file evidence names the cases it comes from' },
      { path: 'items[0].sources[1].caseRefs', message: 'only case-file evidence names cases' },
      { path: 'items[0].sources[2].caseRefs', message: 'names a case twice' },
      { path: 'items[0].sources[3].caseRefs', message: 'names a case that is not in the sample' },
      { path: 'items[1].finding', message: 'needs a finding' },
      { path: 'items[1].prompt', message: 'repeats the prompt of items[0]: one finding per prompt' },
    ]);
    expect(JSON.stringify(errors)).not.toContain('C9');
  });
});
