// The case page's form furniture: each question's guidance in its hint, so in the field's aria-describedby
// (GOV.UK's hint), before the answers; the exclusion flag's reason as a character count of the contract's
// limit, refused past it with GOV.UK's "must be N characters or fewer"; a refusal about the whole assessment
// (the error summary's #assessment) said beside its heading too; and the form saying when it shows answers
// that are not stored, for portal.mjs to ask before the page is left (the browser journey exclusion-flags
// checks the asking).
import { describe, expect, it } from 'vitest';
import { ExclusionFlagBody } from '@yji/contracts';
import { callerAs, inspectionInFieldwork, PEOPLE } from '../../../tests/harness/index.ts';
import { questionGroups } from '../src/routes/question-groups.ts';
import { CookieJar, csrfTokenOn, follow, signInAs, submit } from './browserless.ts';
import { usePortalOnServices } from './portal-under-test.ts';

const REASON_MAX = ExclusionFlagBody.shape.reason.maxLength!;

describe('the case page', () => {
  const services = usePortalOnServices({});

  /** An open case of PEOPLE's inspector, and a session signed in as them. */
  async function openCase(seed: string) {
    const [system, portal] = [services.system(), services.portal()];
    const lead = callerAs(system, PEOPLE.lead.userId, [PEOPLE.lead.role]);
    const inspector = callerAs(system, PEOPLE.inspector.userId, [PEOPLE.inspector.role]);
    const { cases } = await inspectionInFieldwork(system, lead, {
      team: [PEOPLE.inspector],
      sampleSize: 2,
      seed,
    });
    const jar = new CookieJar();
    await signInAs(jar, portal.url, PEOPLE.inspector.userId);
    const taskUrl = `${portal.url}/tasks/${cases[0]!.taskId}`;
    return { jar, inspector, taskId: cases[0]!.taskId, taskUrl, page: await follow(jar, taskUrl) };
  }

  it('puts each question’s guidance in its hint, which the field is described by', async () => {
    const { page } = await openCase('case-page-guidance');
    expect(page.status).toBe(200);
    const body = page.body;
    const guidance = [...body.matchAll(/Guidance for ([^<\s]+)/g)];
    expect(guidance.length).toBeGreaterThan(0);
    const hints = [...body.matchAll(/<div id="([^"]+)" class="govuk-hint[ "]/g)];
    for (const found of guidance) {
      const hint = hints.filter((one) => one.index < found.index).at(-1)!;
      // Inside that hint (nothing closed in between), and a field or fieldset is described by it.
      expect(body.slice(hint.index, found.index), found[1]).not.toContain('</div>');
      expect(body, found[1]).toMatch(new RegExp(`aria-describedby="(?:[^"]* )?${hint[1]}(?: [^"]*)?"`));
    }
  });

  it('counts the exclusion reason’s characters to the contract’s limit, and says a longer one is too long', async () => {
    const { jar, taskUrl, page } = await openCase('case-page-reason');
    expect(page.body).toMatch(
      new RegExp(
        `govuk-character-count"\\s+data-module="govuk-character-count"\\s+data-maxlength="${REASON_MAX}"`,
      ),
    );
    const refused = await submit(jar, `${taskUrl}/exclusion-flag`, {
      _csrf: csrfTokenOn(page.body)!,
      reason: 'x'.repeat(REASON_MAX + 1),
    });
    expect(refused.status).toBe(422);
    const message = `must be ${REASON_MAX.toLocaleString('en-GB')} characters or fewer`;
    // In the error summary and beside the field.
    expect(refused.body.split(message).length - 1).toBe(2);
    expect(refused.body).toMatch(new RegExp(`id="reason-error"[^>]*>[\\s\\S]*?${message}`));
  });

  it('says a refusal about the whole assessment beside its heading, as the error summary links to it', async () => {
    const { jar, taskUrl, page } = await openCase('case-page-assessment');
    // Not returned by QA, so not to revise: refused about the assessment.
    const refused = await submit(jar, `${taskUrl}/revise`, { _csrf: csrfTokenOn(page.body)! });
    expect(refused.body).toContain('href="#assessment"');
    expect(refused.body).toMatch(
      /<h2 class="govuk-heading-l" id="assessment">Your assessment<\/h2>\s*<p class="govuk-error-message" id="assessment-error"><span class="govuk-visually-hidden">Error:<\/span> This case cannot be revised now/,
    );
  });

  it('marks the form as holding answers not stored only when it does', async () => {
    const { jar, inspector, taskId, taskUrl, page } = await openCase('case-page-unsaved');
    expect(page.body).toContain('data-unsaved-changes="false"');
    const task = (await inspector('GET', `/api/fieldwork/tasks/${taskId}`)).body as {
      frameworkId: string;
      applicableQuestions: string[];
      version: number;
    };
    const question = questionGroups(task.frameworkId, task.applicableQuestions)
      .flatMap((section) => section.keyQuestions.flatMap((keyQuestion) => keyQuestion.questions))
      .flatMap((candidate) => (candidate.control === 'radios' ? [candidate] : []))[0]!;
    // Saved elsewhere after the page was read: this form's save meets a newer version.
    const elsewhere = await inspector('PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
      version: task.version,
      answers: {},
      inspectorClassification: {},
    });
    expect(elsewhere.status).toBe(200);
    const conflict = await submit(jar, taskUrl, {
      _csrf: csrfTokenOn(page.body)!,
      version: String(task.version),
      shown: question.code,
      [question.name]: question.options[0]!.value,
      action: 'save',
    });
    expect(conflict.status).toBe(409);
    expect(conflict.body).toContain('data-unsaved-changes="true"');
  });
});
