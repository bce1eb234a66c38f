// Publication in Chromium, on the real stack: an inspection brought to its approved ratings through the
// APIs (fieldwork, approved assessments as fieldwork publishes them, the panel run to the chair's approval),
// then through the portal's pages only: the lead inspector finds the report from the inspection's overview,
// writes it (an overlong section refused first), meets a save made elsewhere in between (the newer text shown
// beside theirs, neither lost) and reads the version history; the YJS contact finds the draft on their home
// page and comments under two sections, sent with one button, until the deadline (the form sent twice
// records each comment once), after which the page is read-only; the lead accepts one comment and rejects
// one, is warned on the check's page and the schedule's that the version to be published predates the
// acceptance, revises the report, schedules the publication of the new version and names a person for the
// embargoed preview, which that person finds on their home page and reads, and another is refused. A second inspection, with JavaScript off, is sent for
// the check through the portal's form. Every page passes axe and is photographed.
import { describe, expect, it } from 'vitest';
import {
  callerAs,
  eventually,
  inSeconds,
  inspectionWithApprovedRatings,
  type Json,
} from '../../harness/index.ts';
import { checkPage } from '../support/page-checks.ts';
import { ANSWER_WAIT, sendExpectingErrors, sendExpectingNotice, textOf } from '../support/page-messages.ts';
import { signIn, useStack } from '../support/stack.ts';

const JOURNEY = 'publication';
const stack = useStack();

/** An inspection brought through the APIs to the chair's approval, its report opened. */
async function approvedInspection(seed: string) {
  const { inspection, final } = await inspectionWithApprovedRatings(stack().system, {
    seed,
  });
  return { id: inspection.id, final };
}

describe('the report and its publication, in the browser', () => {
  let id: string;
  let final: Json;

  it('brings an inspection to its approved ratings', { timeout: 180_000 }, async () => {
    ({ id, final } = await approvedInspection('publication-browser'));
  });

  it('lets the lead inspector write the report, without losing a save made elsewhere', async () => {
    const { system, portalUrl } = stack();
    const page = await signIn(stack(), 'lead-1', JOURNEY);
    // The home page names the publication's next step (the phase reaches the list through Temporal's
    // visibility, a moment after the approval).
    await expect
      .poll(
        async () => (await page.reload(), await page.locator('#publication-steps').allInnerTexts()).join(),
        ANSWER_WAIT,
      )
      .toContain('Write the report');
    await checkPage(page, JOURNEY, 'lead-home');
    await page.goto(`${portalUrl}/inspections/${id}`);
    await checkPage(page, JOURNEY, 'overview');
    // The set-up approves the ratings through the ratings service alone, so the inspection's own phase is still
    // fieldwork and its page does not link the report yet: the home page's next step does.
    await page.goto(portalUrl);
    await page.locator(`#publication-steps a[href="/inspections/${id}/report"]`).click();
    await checkPage(page, JOURNEY, 'report-empty');
    // The way back names the inspection; each standard has its name beside its number.
    expect(await textOf(page, '.govuk-breadcrumbs')).toContain('Westmoor Youth Justice Service');
    expect(await textOf(page, '#approved-ratings')).toContain('2.1 Assessment');
    const ratings = await textOf(page, '#approved-ratings');
    for (const standard of final.standards as Json[]) expect(ratings).toContain(standard.finalRating);
    expect(await textOf(page, 'main')).toContain(`Score ${final.score} out of ${final.maxScore}`);

    await page.getByLabel('Overview').fill('The partnership board met quarterly.');
    await page.locator('#strengths-2\\.1').fill('x'.repeat(20_001));
    await sendExpectingErrors(
      page,
      'Save a new version',
      'Shorten the strengths of standard 2.1 to 20,000 characters or fewer',
    );
    expect(await page.title()).toMatch(/^Error: /);
    await checkPage(page, JOURNEY, 'report-errors');

    await page.locator('#strengths-2\\.1').fill('Plans are written with the child.');
    await page.getByLabel('Recommendations').fill('Review every plan with the child.\n\nTrain the board.');
    await sendExpectingNotice(page, 'Save a new version', 'Report saved as version 1');
    await checkPage(page, JOURNEY, 'report-saved');

    // Someone saves version 2 over the API while this page still holds version 1.
    const lead = callerAs(system, 'lead-1', ['lead-inspector']);
    const elsewhere = await lead('PUT', `/api/publication/inspections/${id}/draft`, {
      version: 1,
      overview: 'The partnership board met monthly.',
      findings: [],
      recommendations: [],
    });
    expect(elsewhere.status).toBe(200);
    // A mistake first: the page shown again keeps the form on the version it was read at, so the save that
    // follows still meets version 2 rather than replacing it unseen.
    await page.locator('#strengths-2\\.1').fill('x'.repeat(20_001));
    await sendExpectingErrors(page, 'Save a new version', 'Shorten the strengths of standard 2.1');
    await page.locator('#strengths-2\\.1').fill('Plans are written with the child.');
    await page.getByLabel('Overview').fill('The board met every quarter, and the minutes show it.');
    await sendExpectingErrors(page, 'Save a new version', 'Someone saved a newer version (version 2)');
    expect(await textOf(page, '#newer-version')).toContain('The partnership board met monthly.');
    expect(await page.getByLabel('Overview').inputValue()).toBe(
      'The board met every quarter, and the minutes show it.',
    );
    await checkPage(page, JOURNEY, 'report-newer-version');
    await sendExpectingNotice(page, 'Save a new version', 'Report saved as version 3');

    await page.getByRole('link', { name: 'Version history' }).click();
    await checkPage(page, JOURNEY, 'report-versions');
    const history = await textOf(page, 'main');
    for (const version of [3, 2, 1]) expect(history).toContain(`Version ${version}`);
    const saved = (await lead('GET', `/api/publication/inspections/${id}/draft`)).body;
    expect(saved).toMatchObject({
      version: 3,
      overview: 'The board met every quarter, and the minutes show it.',
      recommendations: ['Review every plan with the child.', 'Train the board.'],
    });
  });

  it('lets the YJS contact comment on each section until the deadline', { timeout: 90_000 }, async () => {
    const { system } = stack();
    const lead = callerAs(system, 'lead-1', ['lead-inspector']);
    // Signed in first, so that the seconds until the deadline are spent commenting.
    const page = await signIn(stack(), 'yjs-1', JOURNEY);
    // Sent over the API with a deadline seconds away: the portal's form gives whole working days (sent
    // through it in the test without JavaScript below), and this check must close within the test.
    const sent = await lead('POST', `/api/publication/inspections/${id}/factual-check`, {
      version: 3,
      // 45 s: the comments' part takes about 20 s, more on a loaded machine (30 s was passed once).
      deadline: inSeconds(45),
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    await page.reload();
    const waiting = page.locator(`#checks-waiting li:has(a[href="/factual-checks/${id}"])`);
    // By the YJS's name and its fieldwork's start: the contact sees every inspection of their service.
    expect(await waiting.innerText()).toMatch(
      /^Westmoor Youth Justice Service — fieldwork from \d.*: comments by/,
    );
    await checkPage(page, JOURNEY, 'yjs-home');
    await waiting.getByRole('link').click();
    // The page names the inspection too: a contact may have two of their service's open at once.
    expect(await textOf(page, '.govuk-caption-l')).toMatch(
      /^Westmoor Youth Justice Service — fieldwork from /,
    );
    await checkPage(page, JOURNEY, 'yjs-check');
    await sendExpectingErrors(page, 'Send your comments', 'Enter a comment on at least one section');
    await checkPage(page, JOURNEY, 'yjs-check-errors');
    await page.getByLabel('Comment on the overview').fill('The board met monthly, not quarterly.');
    // Clicked twice within a second, as people do while an answer is slow to come: the button takes the first
    // click only. (The form is held back here, its submissions counted, so the page stays to be clicked again.)
    const send = page.getByRole('button', { name: 'Send your comments' });
    await send.evaluate((button) => {
      const counted = window as unknown as { submissions: number };
      counted.submissions = 0;
      button.closest('form')!.addEventListener('submit', (event) => {
        event.preventDefault();
        counted.submissions += 1;
      });
    });
    await send.click();
    await send.click();
    expect(await page.evaluate(() => (window as unknown as { submissions: number }).submissions)).toBe(1);
    await page.reload();
    // Comments under two sections, sent with the one button: both are sent, none lost.
    await page.getByLabel('Comment on the overview').fill('The board met monthly, not quarterly.');
    await page.getByLabel('Comment on standard 2.1').fill('Every plan was written with the child.');
    const form = page.locator('form:has(#text-overview)');
    // One form holds both boxes.
    expect(await form.locator('#text-standard-2\\.1').count()).toBe(1);
    const fields = await form.evaluate((element) =>
      Object.fromEntries(new FormData(element as HTMLFormElement) as unknown as [string, string][]),
    );
    const action = new URL((await form.getAttribute('action'))!, page.url()).href;
    await sendExpectingNotice(page, 'Send your comments', '2 comments sent to the lead inspector');
    expect(await textOf(page, 'main')).toContain('The board met monthly, not quarterly.');
    expect(await textOf(page, 'main')).toContain('Every plan was written with the child.');
    // The same form sent again twice, as a browser sends a form again whose answer never came: the key each
    // box carries records its comment once (even once the check has closed).
    const resend = () => page.request.post(action, { form: fields, maxRedirects: 0 });
    const answers = await Promise.all([resend(), resend()]);
    expect(answers.map((answer) => answer.status())).toEqual([303, 303]);
    await page.reload();
    expect((await textOf(page, 'main')).split('The board met monthly, not quarterly.')).toHaveLength(2);
    const sentComments = (await lead('GET', `/api/publication/inspections/${id}/factual-check`)).body
      .comments;
    expect(sentComments.map((comment: { section: string }) => comment.section)).toEqual([
      'overview',
      'standard-2.1',
    ]);

    await eventually(
      'the check closed at its deadline',
      async () =>
        (await lead('GET', `/api/publication/inspections/${id}/factual-check`)).body.open === false
          ? true
          : undefined,
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    await page.reload();
    expect(await textOf(page, '#closed')).toContain('The check closed');
    expect(await page.locator('textarea').count()).toBe(0);
    expect(await textOf(page, 'main')).toContain('The board met monthly, not quarterly.');
    await checkPage(page, JOURNEY, 'yjs-check-closed');
  });

  it('lets the lead answer each comment, schedule publication and name who sees the preview', async () => {
    const { portalUrl } = stack();
    const page = await signIn(stack(), 'lead-1', JOURNEY);
    expect(await textOf(page, '#publication-steps')).toContain(
      'Respond to 2 comments from the factual accuracy check',
    );
    await page.getByRole('link', { name: 'Respond to 2 comments from the factual accuracy check' }).click();
    expect(await textOf(page, 'main')).toContain('Version 3');
    await checkPage(page, JOURNEY, 'check-comments');

    await page.getByRole('link', { name: 'Respond to comment 1' }).click();
    await checkPage(page, JOURNEY, 'comment-response');
    await sendExpectingErrors(page, 'Record the response', 'Choose whether you accept or reject the comment');
    await checkPage(page, JOURNEY, 'comment-response-errors');
    await page.getByLabel('Accept: the report changes').check();
    await page.getByLabel('Reason').fill('Corrected in the overview.');
    await sendExpectingNotice(page, 'Record the response', 'Comment 1 accepted');
    await page.getByRole('link', { name: 'Respond to comment 2' }).click();
    await page.getByLabel('Reject: the report stands').check();
    await page.getByLabel('Reason').fill('Two plans in the sample were written without the child.');
    await sendExpectingNotice(page, 'Record the response', 'Comment 2 rejected');
    // Accepted after version 3 was saved: the report does not make the change yet, and both pages say so.
    expect(await textOf(page, '#accepted-not-worked-in')).toContain(
      'You accepted comment 1 after version 3, the latest, was saved: revise the report',
    );
    await checkPage(page, JOURNEY, 'check-answered');
    await page.goto(`${portalUrl}/inspections/${id}/schedule`);
    expect(await textOf(page, '#schedule-now')).toMatch(/Report to be published\s+Version 3, saved by /);
    expect(await textOf(page, '#accepted-not-worked-in')).toContain(
      'You accepted 1 comment after version 3 was saved: revise the report so that the published report makes the change.',
    );
    await checkPage(page, JOURNEY, 'schedule-comment-not-in-report');
    await page.locator('#accepted-not-worked-in').getByRole('link', { name: 'revise the report' }).click();
    await page.getByLabel('Overview').fill('The board met monthly, and the minutes show it.');
    await sendExpectingNotice(page, 'Save a new version', 'Report saved as version 4');
    // Revised: the check's page now leads on to the schedule, which names version 4 and warns no more.
    await page.getByRole('link', { name: 'Factual accuracy check' }).click();
    expect(await page.locator('#accepted-not-worked-in').count()).toBe(0);
    await page.locator('#next-steps').getByRole('link', { name: 'Schedule publication' }).click();
    expect(await textOf(page, '#schedule-now')).toMatch(/Report to be published\s+Version 4, saved by /);
    expect(await page.locator('#accepted-not-worked-in').count()).toBe(0);

    // 1 July next year, in British Summer Time: the time entered and shown is UK time, an hour ahead of UTC.
    const year = new Date().getUTCFullYear() + 1;
    await checkPage(page, JOURNEY, 'schedule');
    await page.getByLabel('Day').fill('1');
    await page.getByLabel('Month').fill('7');
    await page.getByLabel('Year').fill(String(year));
    await page.getByLabel('Time', { exact: true }).fill('25:70');
    // By the address they sign in with; the schedule names them.
    await page
      .getByLabel('People who may see the embargoed preview')
      .fill('Amir.Hussain@inspectorate.example');
    await sendExpectingErrors(page, 'Schedule publication', 'Enter a time on the 24-hour clock');
    await checkPage(page, JOURNEY, 'schedule-errors');
    await page.getByLabel('Time', { exact: true }).fill('9:30');
    await sendExpectingNotice(page, 'Schedule publication', 'Publication scheduled');
    const scheduled = await textOf(page, '#schedule-now');
    expect(scheduled).toContain(`1 July ${year} at 9:30am`);
    expect(scheduled).toContain('Amir Hussain');
    const lead = callerAs(stack().system, 'lead-1', ['lead-inspector']);
    const schedule = async () => (await lead('GET', `/api/publication/inspections/${id}/schedule`)).body;
    const publishAt = async () => (await schedule()).publishAt;
    expect((await schedule()).embargo).toEqual(['inspector-1']);
    expect(await publishAt()).toBe(`${year}-07-01T08:30:00.000Z`);
    await checkPage(page, JOURNEY, 'scheduled');
    expect(await page.getByLabel('Time', { exact: true }).inputValue()).toBe('09:30');
    expect(await page.getByLabel('People who may see the embargoed preview').inputValue()).toBe(
      'amir.hussain@inspectorate.example',
    );
    await page.getByLabel('Time', { exact: true }).fill('10:15');
    await sendExpectingNotice(page, 'Move the publication', 'Publication scheduled');
    expect(await textOf(page, '#schedule-now')).toContain(`1 July ${year} at 10:15am`);
    expect(await publishAt()).toBe(`${year}-07-01T09:15:00.000Z`);

    // The named person finds the preview on their home page, by the youth justice service it is about.
    const named = await signIn(stack(), 'inspector-1', JOURNEY);
    const preview = named.locator(`#previews a[href="/inspections/${id}/preview"]`);
    expect(await preview.innerText()).toBe('Westmoor Youth Justice Service');
    await checkPage(named, JOURNEY, 'named-home');
    await preview.click();
    expect(await textOf(named, 'main')).toContain('Embargoed');
    expect(await textOf(named, 'main')).toContain('The board met monthly, and the minutes show it.');
    // Named on the team, they see which inspection it is.
    expect(await textOf(named, '.govuk-caption-l')).toMatch(
      /^Westmoor Youth Justice Service — fieldwork from /,
    );
    await checkPage(named, JOURNEY, 'preview');
    const other = await signIn(stack(), 'chair-1', JOURNEY);
    const refused = await other.goto(`${portalUrl}/inspections/${id}/preview`);
    expect(refused?.status()).toBe(404);
    expect(await textOf(other, 'main')).not.toContain('The board met');
  });

  it(
    'sends another report for the check through the form, without JavaScript',
    { timeout: 180_000 },
    async () => {
      const other = await approvedInspection('publication-browser-no-js');
      const { portalUrl } = stack();
      const page = await signIn(stack(), 'lead-1', `${JOURNEY}-no-js`, { javaScript: false });
      await page.goto(`${portalUrl}/inspections/${other.id}/report`);
      await page.getByLabel('Overview').fill('The partnership board met quarterly.');
      await page.getByRole('button', { name: 'Save a new version' }).click();
      expect(await textOf(page, '.govuk-notification-banner')).toContain('Report saved as version 1');
      await page.getByRole('link', { name: 'Factual accuracy check' }).click();
      await checkPage(page, `${JOURNEY}-no-js`, 'check-send');
      await page.getByLabel('Working days for the check').fill('none');
      await page.getByRole('button', { name: 'Send for the factual accuracy check' }).click();
      expect(await textOf(page, '.govuk-error-summary')).toContain('Enter the number of working days');
      await checkPage(page, `${JOURNEY}-no-js`, 'check-send-errors');
      await page.getByLabel('Working days for the check').fill('10');
      await page.getByRole('button', { name: 'Send for the factual accuracy check' }).click();
      expect(await textOf(page, '.govuk-notification-banner')).toContain('Version 1 sent to the YJS contact');
      expect(await textOf(page, 'main')).toContain('Deadline');
      await checkPage(page, `${JOURNEY}-no-js`, 'check-sent');
    },
  );
});
