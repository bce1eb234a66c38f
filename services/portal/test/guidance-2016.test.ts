// The case form and the review page show our guidance beside every 2016 question (issue 14 §1): the question
// groups take it from the domain's registry, not the framework's one-line note, and the guidance macro the
// two pages share prints it.
import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { getFrameworkGuidance, requireFramework } from '@yji/domain';
import { questionGroups } from '../src/routes/question-groups.ts';
import { frontendFiles } from '../src/web/frontend-files.ts';

const FRAMEWORK = 'fji-sqs-2016';

/** The guidance a shown question carries; every 2016 question has some. */
function guidanceOf(question: { code: string; guidance?: unknown }) {
  const shown = question.guidance as
    | { summary: string; yesWhen: string[]; noWhen: string[]; howToAnswer: string[]; evidence: string[] }
    | ''
    | null
    | undefined;
  if (!shown) throw new Error(`${question.code} shows no guidance`);
  return shown;
}

/** Text as a browser reads it from the escaped HTML. */
const unescaped = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('guidance beside the 2016 questions', () => {
  const ours = getFrameworkGuidance(FRAMEWORK)!;
  const shown = questionGroups(FRAMEWORK, [], { all: true }).flatMap((section) =>
    section.keyQuestions.flatMap((keyQuestion) => keyQuestion.questions),
  );

  it('gives every question the form asks our guidance, with how to reach its answer', () => {
    const asked = requireFramework(FRAMEWORK).sections.flatMap((section) =>
      section.keyQuestions.flatMap((keyQuestion) =>
        keyQuestion.questions.filter((question) => !question.recordedElsewhere),
      ),
    );
    expect(shown.map((question) => question.code)).toEqual(asked.map((question) => question.code));
    for (const question of shown) {
      const entry = ours.questions.find((candidate) => candidate.code === question.code)!;
      const guidance = guidanceOf(question);
      expect(guidance.summary, question.code).toBe(entry.summary);
      expect([...guidance.yesWhen, ...guidance.howToAnswer].length, question.code).toBeGreaterThan(0);
      expect(guidance.evidence.length, question.code).toBeGreaterThan(0);
    }
  });

  it('prints a judgement question’s guidance with the macro both pages use', () => {
    const assessment = shown.find((question) => question.code === '1.1.1')!;
    const env = nunjucks.configure(frontendFiles.templates, { autoescape: true });
    const html = unescaped(
      env.renderString('{% from "macros/guidance.njk" import guidanceHtml %}{{ guidanceHtml(g) }}', {
        g: guidanceOf(assessment),
      }),
    );
    const entry = ours.questions.find((candidate) => candidate.code === '1.1.1')!;
    expect(html).toContain(entry.summary);
    expect(html).toContain(entry.yesWhen[0]);
    expect(html).toContain(entry.noWhen[0]);
    expect(html).toContain('Where to look');
  });
});
