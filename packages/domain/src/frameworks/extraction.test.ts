// Checks on the extracted data that the schema cannot express: faithful codes, the key question → standard
// mapping, guidance and kind notes, and the applicability rules each seed states.
import { describe, expect, it } from 'vitest';
import { locatedQuestions } from './questions.ts';
import { listFrameworks, requireFramework } from './registry.ts';

const CARAGS = ['d2-v6.5', 'd3-v3.6', 'd3-legacy'] as const;

describe('extracted question banks', () => {
  it.each(CARAGS)('%s stores each code as printed with spaces removed', (id) => {
    for (const { question } of locatedQuestions(requireFramework(id))) {
      expect(question.code).toBe(question.source.code.replace(/\s/g, ''));
      expect(question.source.file).toBe(requireFramework(id).source);
    }
  });

  it('standards-2020 codes are the key question id and the printed prompt letter', () => {
    for (const { keyQuestion, question } of locatedQuestions(requireFramework('standards-2020'))) {
      expect(question.code).toBe(question.source.code.replace(/[\s)]/g, ''));
      expect(question.code.startsWith(keyQuestion.code)).toBe(true);
    }
  });

  it.each(CARAGS)(
    '%s maps key question n of a standard section to <standard>.n (A1 → x.1.1, P2 → x.2.2, …)',
    (id) => {
      for (const section of requireFramework(id).sections) {
        for (const keyQuestion of section.keyQuestions) {
          const number = keyQuestion.code.slice(section.code.length);
          const expected = section.standard === null ? null : `${section.standard}.${number}`;
          expect(keyQuestion.standard, keyQuestion.code).toBe(expected);
        }
      }
    },
  );

  it('maps sections to standards: domain two A/P/D/R → 2.1–2.4; domain three A/P/D → 3.1–3.3, J → 3.4', () => {
    const standards = (id: string) =>
      Object.fromEntries(requireFramework(id).sections.map((section) => [section.code, section.standard]));
    expect(standards('d2-v6.5')).toEqual({ A: '2.1', P: '2.2', D: '2.3', R: '2.4' });
    expect(standards('d3-v3.6')).toEqual({ I: null, A: '3.1', P: '3.2', D: '3.3', O: null });
    expect(standards('d3-legacy')).toEqual({ A: '3.1', P: '3.2', D: '3.3', J: '3.4' });
  });

  it.each(CARAGS)(
    '%s ends every rated key question with its summary <code>S, and summarises guidance',
    (id) => {
      for (const section of requireFramework(id).sections) {
        for (const keyQuestion of section.keyQuestions) {
          const summaries = keyQuestion.questions.filter((question) => question.kind === 'summary');
          if (keyQuestion.standard === null) expect(summaries).toEqual([]);
          else expect(keyQuestion.questions.at(-1)?.code).toBe(`${keyQuestion.code}S`);
          for (const question of keyQuestion.questions)
            expect(question.guidance, question.code).toBeDefined();
        }
      }
    },
  );

  it.each(CARAGS)('%s explains every information question (the shading was lost in conversion)', (id) => {
    for (const { question } of locatedQuestions(requireFramework(id))) {
      if (question.kind === 'information') expect(question.kindNote, question.code).toBeDefined();
    }
  });

  it('records the case manager classifications with the four levels (001 A 2.5, A 3.4; 003/000 A 2.4, A 3.3)', () => {
    const classified = (id: string) =>
      locatedQuestions(requireFramework(id))
        .filter(({ question }) => question.answers.type === 'classification')
        .map(({ question }) => question.code);
    expect(classified('d2-v6.5')).toEqual(['A2.5', 'A3.4']);
    expect(classified('d3-v3.6')).toEqual(['A2.4', 'A3.3']);
    expect(classified('d3-legacy')).toEqual(['A2.4', 'A3.3']);
    const a25 = locatedQuestions(requireFramework('d2-v6.5')).find(
      ({ question }) => question.code === 'A2.5',
    );
    expect(a25?.question.answers).toEqual({
      type: 'classification',
      levels: [
        { value: 'low', label: 'Low' },
        { value: 'medium', label: 'Medium' },
        { value: 'high', label: 'High' },
        { value: 'very_high', label: 'Very high' },
      ],
      notRecorded: {
        label: 'Not recorded',
        source: expect.stringMatching(
          /^001_c91ca601600e716e\.txt A 2\.5: every case should have a classification/,
        ),
      },
    });
  });

  it('carries each framework its own gating rule', () => {
    const gated = (id: string) =>
      requireFramework(id).sections.flatMap((section) =>
        section.keyQuestions.flatMap((keyQuestion) =>
          keyQuestion.gated ? [`${keyQuestion.code}:${keyQuestion.gated.concern}`] : [],
        ),
      );
    // 004 ¶3.26: every safety and risk key question, judged only at the inspector's medium or above.
    expect(requireFramework('d2-v6.5').gating).toMatchObject({
      mode: 'inspector-classification',
      minimumLevel: 'medium',
    });
    expect(gated('d2-v6.5')).toEqual([
      ...['A', 'P', 'D', 'R'].flatMap((s) => [`${s}2:safetyWellbeing`, `${s}3:riskOfHarm`]),
    ]);
    expect(requireFramework('d3-legacy').gating).toMatchObject({ mode: 'inspector-classification' });
    expect(gated('d3-legacy')).toEqual(
      ['A', 'P', 'D'].flatMap((s) => [`${s}2:safetyWellbeing`, `${s}3:riskOfHarm`]),
    );
    // 003 P 2 S, P 3 S, D 2 S, D 3 S: yes when there are no relevant factors; A 2 and A 3 are not gated.
    expect(requireFramework('d3-v3.6').gating).toMatchObject({ mode: 'yes-when-no-factors' });
    expect(gated('d3-v3.6')).toEqual([
      'P2:safetyWellbeing',
      'P3:riskOfHarm',
      'D2:safetyWellbeing',
      'D3:riskOfHarm',
    ]);
    expect(requireFramework('standards-2020').gating).toEqual({ mode: 'none' });
    expect(requireFramework('fji-sqs-2016').gating).toEqual({ mode: 'none' });
  });

  it("holds the seeds' applicability rules as data (003 I 1.11 after I 1.9; 000 J 2 only for YCC)", () => {
    const d3 = locatedQuestions(requireFramework('d3-v3.6'));
    expect(d3.find(({ question }) => question.code === 'I1.11')?.question.appliesWhen).toMatchObject({
      when: 'answer',
      question: 'I1.9',
      in: ['yes'],
    });
    expect(d3.find(({ question }) => question.code === 'I1.1')?.question.excludesCase?.rule).toBe(
      'care-experienced-not-home-not-assessing',
    );
    const j2 = requireFramework('d3-legacy')
      .sections.at(-1)
      ?.keyQuestions.find((k) => k.code === 'J2');
    expect(j2?.appliesWhen).toMatchObject({ when: 'disposal-type', in: ['youth_conditional_caution'] });
  });

  it('marks the 2020 standards: qualitative 1.x, 2.5, 3.4; 2.5 needs five custody cases; asterisks kept as "changed"', () => {
    const standards = requireFramework('standards-2020');
    const qualitative = standards.sections.filter((s) => s.rating === 'qualitative').map((s) => s.code);
    expect(qualitative).toEqual(['1.1', '1.2', '1.3', '1.4', '2.5', '3.4']);
    expect(standards.sections.find((s) => s.code === '2.5')?.minimumCustodyCases).toBe(5);
    expect(standards.sections.filter((s) => s.changed).map((s) => s.code)).toEqual(['2.5', '3.4']);
    // 004 ¶2.2: "All the key questions and prompts will continue to have a binary yes or no response".
    expect(standards.decisions?.[0]).toMatch(/^004 ¶2\.2: "All the key questions and prompts will continue/);
    const scales = new Set(
      locatedQuestions(standards).map(({ question }) => JSON.stringify(question.answers)),
    );
    expect([...scales]).toEqual(['{"type":"yes-no"}']);
    const texts = locatedQuestions(standards).map(({ question }) => question.text);
    expect(texts.some((text) => text.includes('*'))).toBe(false);
  });

  it('keeps standards-2020 as the consultation draft it is (004 foreword, ¶3.1), beside the published banks', () => {
    expect(listFrameworks().map((framework) => [framework.id, framework.status.stage])).toEqual([
      ['d2-v6.5', 'published'],
      ['d3-v3.6', 'published'],
      ['d3-legacy', 'published'],
      ['standards-2020', 'consultation-draft'],
      ['fji-sqs-2016', 'published'],
    ]);
  });

  it('asks for case-based triangulation of the qualitative standards 2.5 (five cases) and 3.4 (004 ¶3.12–3.15, ¶3.20)', () => {
    const evidence = Object.fromEntries(
      requireFramework('standards-2020')
        .sections.filter((section) => section.caseEvidence)
        .map((section) => [section.code, section.caseEvidence?.minimumCases ?? null]),
    );
    expect(evidence).toEqual({ '2.5': 5, '3.4': null });
  });

  it('gives every framework a distinct id and its seed file', () => {
    expect(listFrameworks().map((framework) => [framework.id, framework.source])).toEqual([
      ['d2-v6.5', '001_c91ca601600e716e.txt'],
      ['d3-v3.6', '003_f442948dee9fa802.txt'],
      ['d3-legacy', '000_a5d7880412dad83a.txt'],
      ['standards-2020', '004_3c73a16b46373311.txt'],
      ['fji-sqs-2016', '002_0cd7a990ce5a0b6c.txt'],
    ]);
  });
});
