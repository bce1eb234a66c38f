// Proves coverage: every question, key question, classification level, standard and prompt of the guided
// frameworks (and every View of the 2016 one) has guidance, and each points at lines of its seed that exist and print its code there (so the
// official text can be opened beside ours), without running into the next entry.
import { describe, expect, it } from 'vitest';
import { locatedQuestions } from '../questions.ts';
import { requireFramework } from '../registry.ts';
import type { Framework } from '../schema.ts';
import { getFrameworkGuidance } from './registry.ts';
import { GUIDED_LEVELS } from './schema.ts';
import type { FrameworkGuidance, SeedReference } from './schema.ts';
import { plainLine, seedLines, seedsAvailable } from './seed-documents.fixture.ts';

const CARAGS = ['d2-v6.5', 'd3-v3.6', 'd3-legacy'] as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A code as the seed prints it at the start of its row: spaces may fall between any two characters
// ('P 1 .1', 'A 1 S'). A key question's code must not run on into one of its questions' codes.
function printedCode(code: string, keyQuestion: boolean): RegExp {
  const body = [...code].map(escape).join('\\s*');
  const end = keyQuestion
    ? '(?!\\d)(?!\\s*\\.\\s*\\d)(?!\\s*S(?![A-Za-z]))'
    : '(?![A-Za-z0-9])(?!\\s*\\.\\s*\\d)';
  return new RegExp(`^${body}${end}`);
}

// The schema makes `lines` a pair; DeepReadonly widens it to an array.
const firstLine = (source: SeedReference) => source.lines[0]!;

function passage(source: SeedReference): string[] {
  const lines = seedLines(source.document);
  const [from, to] = source.lines as readonly [number, number];
  expect(to, `${source.document} has ${lines.length} lines`).toBeLessThanOrEqual(lines.length);
  return lines.slice(from - 1, to).map(plainLine);
}

function guidanceOf(id: string): FrameworkGuidance {
  const guidance = getFrameworkGuidance(id);
  if (!guidance) throw new Error(`no guidance for ${id}`);
  return guidance;
}

const documentOf = (framework: Framework) => framework.source.slice(0, 3);

describe.each(CARAGS)('guidance for %s', (id) => {
  const framework = requireFramework(id);
  const guidance = guidanceOf(id);
  const keyQuestionCodes = framework.sections.flatMap((section) => section.keyQuestions.map((kq) => kq.code));
  const rows = [
    ...keyQuestionCodes.map((code) => ({ code, pattern: printedCode(code, true) })),
    ...locatedQuestions(framework).map(({ question }) => ({
      code: question.code,
      pattern: printedCode(question.code, false),
    })),
  ];

  // The passage starts with the row of `code` and holds no other row.
  function expectPassageOf(code: string, source: SeedReference) {
    expect(source.document, code).toBe(documentOf(framework));
    const [first, ...rest] = passage(source);
    const own = rows.find((row) => row.code === code)!;
    if (source.printed) expect(first, code).toContain(source.printed);
    else expect(first, `${code} at line ${firstLine(source)}`).toMatch(own.pattern);
    for (const [offset, line] of rest.entries()) {
      const intruder = rows.find((row) => row.code !== code && row.pattern.test(line));
      expect(intruder?.code, `${code}: line ${firstLine(source) + offset + 1}`).toBeUndefined();
    }
  }

  it('has guidance for every question, saying how to reach each possible answer', () => {
    for (const { question } of locatedQuestions(framework)) {
      const entry = guidance.questions.find((candidate) => candidate.code === question.code);
      expect(entry, question.code).toBeDefined();
      if (question.answers.type === 'yes-no') {
        expect(entry!.yesWhen.length, `${question.code} yesWhen`).toBeGreaterThan(0);
        expect(entry!.noWhen.length, `${question.code} noWhen`).toBeGreaterThan(0);
      } else {
        expect(entry!.howToAnswer.length, `${question.code} howToAnswer`).toBeGreaterThan(0);
      }
    }
  });

  it('has an introduction for every key question', () => {
    for (const code of keyQuestionCodes) {
      expect(
        guidance.keyQuestions.find((candidate) => candidate.code === code),
        code,
      ).toBeDefined();
    }
  });

  it.runIf(seedsAvailable)('points every question and key question at its own passage of the seed', () => {
    for (const entry of [...guidance.questions, ...guidance.keyQuestions]) {
      expectPassageOf(entry.code, entry.source);
    }
    for (const entry of guidance.classifications) expectPassageOf(entry.question, entry.source);
  });

  it('names the concern of each gated key question as the framework does', () => {
    for (const section of framework.sections) {
      for (const keyQuestion of section.keyQuestions) {
        if (!keyQuestion.gated) continue;
        const entry = guidance.keyQuestions.find((candidate) => candidate.code === keyQuestion.code);
        expect(entry?.concern, keyQuestion.code).toBe(keyQuestion.gated.concern);
      }
    }
  });

  it('defines every level of every classification, and "not recorded"', () => {
    const classifications = locatedQuestions(framework).filter(
      ({ question }) => question.answers.type === 'classification',
    );
    expect(classifications).toHaveLength(2);
    for (const { question } of classifications) {
      const entry = guidance.classifications.find((candidate) => candidate.question === question.code);
      expect(entry, question.code).toBeDefined();
      expect(entry!.levels.map((level) => level.level).sort()).toEqual([...GUIDED_LEVELS].sort());
    }
    expect(guidance.classifications.map((entry) => entry.concern).sort()).toEqual([
      'riskOfHarm',
      'safetyWellbeing',
    ]);
  });
});

describe('guidance for standards-2020', () => {
  const framework = requireFramework('standards-2020');
  const guidance = guidanceOf('standards-2020');

  it('has a statement and guidance for every standard, key question and prompt', () => {
    for (const section of framework.sections) {
      expect(
        guidance.standards.find((entry) => entry.code === section.code)?.statement,
        section.code,
      ).toBeTruthy();
      for (const keyQuestion of section.keyQuestions) {
        expect(
          guidance.keyQuestions.find((entry) => entry.code === keyQuestion.code),
          keyQuestion.code,
        ).toBeDefined();
      }
    }
    for (const { question } of locatedQuestions(framework)) {
      const entry = guidance.questions.find((candidate) => candidate.code === question.code);
      expect(entry?.yesWhen.length, `${question.code} yesWhen`).toBeGreaterThan(0);
      expect(entry?.noWhen.length, `${question.code} noWhen`).toBeGreaterThan(0);
    }
  });
});

describe.runIf(seedsAvailable)('guidance for standards-2020 against 004 Annexe A', () => {
  const framework = requireFramework('standards-2020');
  const guidance = guidanceOf('standards-2020');
  // Read when a test runs: a skipped block still has its body collected.
  const annexeLines = () => seedLines('004');

  it('gives every standard its statement word for word, and guidance for judging it', () => {
    for (const section of framework.sections) {
      const entry = guidance.standards.find((candidate) => candidate.code === section.code);
      expect(entry, section.code).toBeDefined();
      const [heading, ...statement] = passage(entry!.source);
      expect(heading, section.code).toMatch(printedCode(section.code, false));
      expect(heading, section.code).toContain(section.name);
      expect(entry!.statement).toBe(statement.join(' ').replace(/\s+/g, ' ').trim());
      expect(passage(entry!.background).join(' ').trim(), section.code).not.toBe('');
    }
  });

  it('introduces every key question at its own line', () => {
    for (const section of framework.sections) {
      for (const keyQuestion of section.keyQuestions) {
        const entry = guidance.keyQuestions.find((candidate) => candidate.code === keyQuestion.code);
        expect(entry, keyQuestion.code).toBeDefined();
        expect(entry!.source.document).toBe('004');
        expect(passage(entry!.source)[0], keyQuestion.code).toMatch(printedCode(keyQuestion.code, false));
      }
    }
  });

  it('guides every prompt, pointing at its lettered line under its own key question', () => {
    for (const { keyQuestion, question } of locatedQuestions(framework)) {
      const entry = guidance.questions.find((candidate) => candidate.code === question.code);
      expect(entry, question.code).toBeDefined();
      expect(entry!.yesWhen.length, `${question.code} yesWhen`).toBeGreaterThan(0);
      expect(entry!.noWhen.length, `${question.code} noWhen`).toBeGreaterThan(0);
      expect(entry!.source.document).toBe('004');
      const [first, ...rest] = passage(entry!.source);
      const letter = question.code.slice(keyQuestion.code.length);
      expect(first, question.code).toMatch(new RegExp(`^${letter}\\)\\s`));
      for (const line of rest) expect(line, question.code).not.toMatch(/^[a-g]\)\s|^\d\.\d/);
      const above = annexeLines()
        .slice(0, firstLine(entry!.source) - 1)
        .map(plainLine)
        .findLast((line) => /^\d\.\d\.\d\s/.test(line));
      expect(above?.split(/\s/)[0], question.code).toBe(keyQuestion.code);
    }
  });
});

// 002 prints one row per question number; its lettered parts (1.6.2 a)–c)) share their number's row, and a
// View's introduction runs from its heading to the first row. The framework data names each row as printed.
describe('guidance for fji-sqs-2016', () => {
  const framework = requireFramework('fji-sqs-2016');
  const guidance = guidanceOf('fji-sqs-2016');
  const located = locatedQuestions(framework);
  // The seed row a question's own text starts at: its printed code up to the first space ('5.3 a)' → '5.3').
  const rowCode = (printed: string) => printed.split(' ')[0]!;
  const rowStarts = () =>
    new Map(
      located.flatMap(({ question }) => {
        const first = question.source.lines?.[0];
        return first === undefined ? [] : [[first, rowCode(question.source.code)] as const];
      }),
    );

  // A passage holds no row of another question number.
  function expectOwnRows(label: string, row: string | null, source: SeedReference) {
    const [from, to] = source.lines as readonly [number, number];
    for (const [line, code] of rowStarts())
      if (line > from && line <= to) expect(code, `${label} runs into line ${line}`).toBe(row);
  }

  it('has guidance for every question, saying how to reach each possible answer', () => {
    for (const { question } of located) {
      const entry = guidance.questions.find((candidate) => candidate.code === question.code);
      expect(entry, question.code).toBeDefined();
      if (question.answers.type === 'yes-no' || question.answers.type === 'sufficiency') {
        expect(entry!.yesWhen.length, `${question.code} yesWhen`).toBeGreaterThan(0);
        expect(entry!.noWhen.length, `${question.code} noWhen`).toBeGreaterThan(0);
      } else {
        expect(entry!.howToAnswer.length, `${question.code} howToAnswer`).toBeGreaterThan(0);
      }
    }
  });

  it('introduces every View', () => {
    for (const section of framework.sections) {
      expect(
        guidance.sections.find((candidate) => candidate.code === section.code)?.introduction.length,
        section.code,
      ).toBeGreaterThan(0);
    }
  });

  it.runIf(seedsAvailable)('points every question at the row that prints its number, and no further', () => {
    for (const { question } of located) {
      const { source } = guidance.questions.find((candidate) => candidate.code === question.code)!;
      expect(source.document, question.code).toBe('002');
      const row = rowCode(question.source.code);
      expect(passage(source)[0], `${question.code} at line ${firstLine(source)}`).toMatch(
        printedCode(row, false),
      );
      expectOwnRows(question.code, row, source);
    }
  });

  it.runIf(seedsAvailable)('points every View at its heading, ending before its first row', () => {
    for (const section of framework.sections) {
      const { source } = guidance.sections.find((candidate) => candidate.code === section.code)!;
      expect(source.document, section.code).toBe('002');
      expect(passage(source)[0], section.code).toMatch(new RegExp(`^View ${section.code.slice(1)}\\b`));
      expectOwnRows(section.code, null, source);
    }
  });
});
