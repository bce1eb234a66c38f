// A case QA returned with comments on its questions lists them near the top of the case page — how many, and
// each question by its number and words, linked to its comment beside the question on the long form — both
// while the case waits to be revised (the answers as submitted) and once it is open to revise (the form). The
// list names the questions only: each comment's words stay beside its question.
import { describe, expect, it } from 'vitest';
import { callersOf, PEOPLE, returnToAssessor } from '../../../tests/harness/index.ts';
import { questionGroups, reviewerCommentIdOf } from '../src/routes/question-groups.ts';
import { commentedQuestions } from '../src/routes/task-page.ts';
import { CookieJar, csrfTokenOn, follow, signInAs, submit, textOf } from './browserless.ts';
import { firstCaseSubmittedForReview } from './inspection-set-ups.ts';
import { usePortalOnServices } from './portal-under-test.ts';

const TIMEOUT = { timeout: 120_000 };

/** The list of the questions commented on: its words and each link's target and words. */
function commentListOf(html: string) {
  const list = /<div[^>]*\bid="reviewer-comments"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1];
  expect(list, 'the list of the reviewer’s comments').toBeDefined();
  const links = [...list!.matchAll(/<a\b[^>]*href="#([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)].map(
    ([, target, words]) => ({ target: target!, words: textOf(words!) }),
  );
  return { words: textOf(list!), links };
}

describe('a case returned by QA with comments', () => {
  const services = usePortalOnServices({});

  it('lists the questions commented on near the top, each linked to its comment', TIMEOUT, async () => {
    const [system, portal] = [services.system(), services.portal()];
    const { reviewer } = callersOf(system);
    const { first, task } = await firstCaseSubmittedForReview(system, 'returned-case-comments');
    const { frameworkId, applicableQuestions } = task as {
      frameworkId: string;
      applicableQuestions: string[];
    };
    const questions = questionGroups(frameworkId, applicableQuestions).flatMap((section) =>
      section.keyQuestions.flatMap((keyQuestion) => keyQuestion.questions),
    );
    // One near the top of the form and one at its end: far apart on the page.
    const commented = [questions[0]!, questions.at(-1)!] as const;
    const comments = {
      [commented[0].code]: 'Which record shows this? The plan of 3 March says otherwise.',
      [commented[1].code]: 'The review date is not in the case file.',
    };
    await returnToAssessor(reviewer, first.taskId, { reason: 'Two answers need their evidence.', comments });

    const jar = new CookieJar();
    await signInAs(jar, portal.url, PEOPLE.inspector.userId);
    const taskUrl = `${portal.url}/tasks/${first.taskId}`;

    const expectListed = (html: string) => {
      const list = commentListOf(html);
      expect(list.words).toContain('The reviewer commented on 2 questions');
      expect(list.links.map((link) => link.words)).toEqual(
        commented.map((question) => `${question.code} ${question.text}`),
      );
      // The comments' words stay beside the questions, not in the list.
      for (const comment of Object.values(comments)) expect(list.words).not.toContain(comment);
      // Near the top: before the assessment's heading.
      expect(html.indexOf('id="reviewer-comments"')).toBeLessThan(html.indexOf('id="assessment"'));
      for (const [index, link] of list.links.entries()) {
        const at = html.indexOf(`id="${link.target}"`);
        expect(at, `#${link.target} on the page`).toBeGreaterThan(-1);
        expect(html.indexOf(`id="${link.target}"`, at + 1), `one #${link.target}`).toBe(-1);
        // The target is the question's, with its comment after it before the next question.
        const after = textOf(html.slice(at, at + 20_000));
        expect(after.slice(0, 100)).toContain(commented[index]!.code);
        expect(after).toContain(Object.values(comments)[index]);
      }
      return list;
    };

    // Returned, waiting for its assessor to revise: the answers as submitted, each comment in its question's row.
    const waiting = await follow(jar, taskUrl);
    expect(waiting.status).toBe(200);
    expectListed(waiting.body);

    // Open to revise: the form, each comment above its question.
    const revised = await submit(jar, `${taskUrl}/revise`, { _csrf: csrfTokenOn(waiting.body)! });
    expect(new URL(revised.url).pathname).toBe(`/tasks/${first.taskId}`);
    expect(textOf(revised.body)).toContain(
      'The case is open to revise. The reviewer’s comments are listed below and shown beside their questions.',
    );
    const list = expectListed(revised.body);
    for (const [index, link] of list.links.entries()) {
      // Inside the question's own block, which is shown (it applies).
      const before = revised.body.slice(0, revised.body.indexOf(`id="${link.target}"`));
      const opening = before.slice(before.lastIndexOf('<fieldset'));
      expect(opening, `#${link.target} in its question's block`).toContain(
        `data-question="${commented[index]!.code}"`,
      );
      expect(opening).not.toMatch(/\shidden\b/);
    }
  });
});

describe('the questions commented on, as the list names them', () => {
  it('links those shown, in the form’s order, and gives the comment of one not shown (it does not apply now)', () => {
    const frameworkId = 'd2-v6.5';
    const every = questionGroups(frameworkId, [], { all: true }).flatMap((section) =>
      section.keyQuestions.flatMap((keyQuestion) => keyQuestion.questions),
    );
    const [first, second, , fourth] = every;
    // The open form has every question; here only the first two apply, the fourth is hidden.
    const groups = questionGroups(frameworkId, [first!.code, second!.code], { all: true });
    const listed = commentedQuestions(frameworkId, groups, {
      [fourth!.code]: 'Not shown now.',
      [second!.code]: 'Shown.',
    });
    expect(listed).toEqual([
      {
        code: second!.code,
        label: `${second!.code} ${second!.text}`,
        target: reviewerCommentIdOf(second!.code),
      },
      { code: fourth!.code, label: `${fourth!.code} ${fourth!.text}`, comment: 'Not shown now.' },
    ]);
  });
});
