// The 2016 case manager interview (002 13a–c) in the browser, with and without JavaScript, for a YJS in
// Wales: the form follows the structure (took place → date, role → 13b for a case manager, 13c language);
// what the record lacks is refused in the error summary, field by field; with JavaScript a follow-on question
// that no longer applies hides and is not sent, without it the fieldwork service refuses the answer.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  callerAs,
  daysAfter,
  FIELDWORK_START_AHEAD,
  FJI_2016_FRAMEWORKS,
  isCourtRow,
  type InspectionInFieldwork,
} from '../../harness/index.ts';
import { untilLoaded } from '../support/case-form.ts';
import { fillDate } from '../support/date-input.ts';
import { checkPage } from '../support/page-checks.ts';
import { expectNotice } from '../support/page-messages.ts';
import { inspectionForTheInspector } from '../support/set-ups.ts';
import { signIn, useStack } from '../support/stack.ts';

const stack = useStack();
/** A day of the inspection's fieldwork (it starts on the harness's FIELDWORK_START_AHEAD). */
const INTERVIEW_DATE = daysAfter(FIELDWORK_START_AHEAD, 1);
let inspection: InspectionInFieldwork;

beforeAll(async () => {
  inspection = await inspectionForTheInspector(stack, {
    seed: 'interview-2016',
    keepRow: isCourtRow,
    adjust: (body) => ({
      ...body,
      yjs: { name: 'Glanmor Youth Justice Service', code: 'GLN', country: 'wales' },
      frameworks: FJI_2016_FRAMEWORKS,
      sample: { size: 2, courtShare: 1 },
    }),
  });
}, 240_000);

describe.each([
  { javaScript: true, journey: 'interview-2016', index: 0 },
  { javaScript: false, journey: 'interview-2016-no-js', index: 1 },
])('the 2016 case manager interview ($journey)', ({ javaScript, journey, index }) => {
  let page: Page;
  let taskId: string;
  const stored = async () => {
    const read = await callerAs(stack().system, 'inspector-1', ['inspector'])(
      'GET',
      `/api/fieldwork/tasks/${taskId}`,
    );
    return read.body.caseManagerInterview;
  };
  const group = (name: string) => page.getByRole('group', { name, exact: true });
  // Waits for the page the save answers with: the banner of the save before would otherwise pass for its own.
  const save = () =>
    untilLoaded(page, () => page.getByRole('button', { name: 'Save the interview' }).click());
  const summary = () => page.locator('.govuk-error-summary').innerText();

  it('follows 002 13a–c and names what the record lacks', async () => {
    taskId = inspection.cases[index]!.taskId;
    page = await signIn(stack(), 'inspector-1', journey, { javaScript });
    await page.goto(`${stack().portalUrl}/tasks/${taskId}`);
    // A 2016 case has the structured form, not the youth standards' "With whom" note.
    expect(await page.getByLabel('With whom').count()).toBe(0);
    // With JavaScript the follow-on questions wait for "Yes".
    expect(await group('The role of the person interviewed').isVisible()).toBe(!javaScript);
    await checkPage(page, journey, 'task-2016');

    await group('Did the interview take place?').getByLabel('Yes').check();
    await group('The role of the person interviewed').getByLabel('Case manager').check();
    await save();
    await expect.poll(summary).toContain('Choose whether this case manager was already interviewed');
    expect(await summary()).toContain('Choose the language of the interview');
    await checkPage(page, journey, 'interview-errors');
    await page.locator('.govuk-error-summary a').filter({ hasText: 'Choose the language' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('language');
  });

  it('records the interview as structured', async () => {
    await group('Has this case manager already been interviewed in this inspection?')
      .getByLabel('No')
      .check();
    await group('The language of the interview').getByLabel('Welsh').check();
    await fillDate(page, 'Date of the interview', INTERVIEW_DATE);
    await page.getByLabel('Notes').fill('Seen at the YJS office.');
    await save();
    await expectNotice(page, 'Interview recorded');
    await checkPage(page, journey, 'interview-recorded');
    expect(await stored()).toMatchObject({
      tookPlace: true,
      date: INTERVIEW_DATE,
      role: 'case_manager',
      caseManagerSeenBefore: false,
      language: 'welsh',
      notes: 'Seen at the YJS office.',
    });
    expect(
      await group('Has this case manager already been interviewed in this inspection?')
        .getByLabel('No')
        .isChecked(),
    ).toBe(true);
  });

  it('asks 13b only of a case manager', async () => {
    await group('The role of the person interviewed').getByLabel('Another practitioner').check();
    const seenBefore = group('Has this case manager already been interviewed in this inspection?');
    await save();
    if (javaScript) {
      // The question hid as the role changed, and its answer was not sent.
      await expectNotice(page, 'Interview recorded');
      expect(await seenBefore.isVisible()).toBe(false);
      const now = await stored();
      expect(now.role).toBe('other_practitioner');
      expect(now.caseManagerSeenBefore ?? null).toBeNull();
    } else {
      // Still answered on the page: the fieldwork service refuses it, and nothing changes.
      await expect.poll(summary).toContain('only for an interview with the case manager');
      expect((await stored()).role).toBe('case_manager');
    }
    await checkPage(page, journey, 'interview-other-practitioner');
  });
});
