// A claimed review's deadlines as the people they concern see them: its reviewer reminded ("Due soon" in
// their queue, beside when it is due, and counted on their home page), then the review overdue ("Overdue"
// there, with when it was due, "Review overdue" in the lead inspector's QA progress, and a decision waiting on
// the lead's home page). The review deadline workflow's timers run in days; here its entries are written to
// the review's timeline as the workflow's command writes them (record-review-deadline.ts), and the timers
// themselves are tested in services/fieldwork test/review-deadline-workflow.test.ts.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { reviewDeadlineDelays, SYSTEM, ukTimeInWords, ukWeekdayDateInWords } from '@yji/domain';
import { callersOf, eventually, reviewEverySubmission, submitCompleteCase } from '../../harness/index.ts';
import { checkPage } from '../support/page-checks.ts';
import { inspectionForTheInspector } from '../support/set-ups.ts';
import { signIn, useStack } from '../support/stack.ts';

const JOURNEY = 'review-deadlines';
const stack = useStack();

/** The row of case `caseRef` in the page's table (the lead's QA progress: one inspection's cases). */
const rowOf = (page: Page, caseRef: string) => page.locator('tr', { hasText: caseRef }).first();
/** The queue's row of the task: the queue spans every inspection the reviewer reviews. */
const queueRowOf = (page: Page, taskId: string) =>
  page.locator('tr', { has: page.locator(`a[href="/qa/${taskId}"]`) });

it('marks a claimed review due soon once its reviewer is reminded, and overdue for reviewer and lead', async () => {
  const { system } = stack();
  const { lead, inspector, reviewer } = callersOf(system);
  const inspection = await inspectionForTheInspector(stack, {
    team: [
      { userId: 'inspector-1', role: 'inspector' },
      { userId: 'qa-1', role: 'qa-reviewer' },
    ],
    seed: 'review-deadlines',
  });
  await reviewEverySubmission(system, lead, inspection.id, 'review-deadlines');
  const { taskId, caseRef } = inspection.cases[0]!;
  await submitCompleteCase(inspector, taskId);
  const waiting = await eventually('the case in the QA queue', async () => {
    const queue = await reviewer('GET', `/api/fieldwork/reviews?inspectionId=${inspection.id}`);
    return queue.body.reviews?.find((review: { taskId: string }) => review.taskId === taskId);
  });
  const claimed = await reviewer('POST', `/api/fieldwork/reviews/${taskId}/claim`, {
    version: waiting.version,
  });
  expect(claimed.status).toBe(200);
  const timeline = (move: string) =>
    system.fieldworkDb.reviewEntry.create({
      data: { id: randomUUID(), taskId, round: 1, move, actorId: SYSTEM, at: new Date() },
    });

  await timeline('reminder-due');
  const page = await signIn(stack(), 'qa-1', JOURNEY);
  // The reviewer's other claimed reviews (earlier runs' on this database) may be overdue too.
  expect(await page.locator('#decisions').innerText()).toMatch(
    /claimed by you \((\d+ overdue, )?\d+ due soon\)/,
  );
  await checkPage(page, JOURNEY, 'home-reminded');
  await page.goto(`${stack().portalUrl}/qa`);
  expect(await queueRowOf(page, taskId).innerText()).toMatch(/Due soon/);
  // When it is due (the lead told): three working days from the claim, to the end of the UK day.
  const { claimedAt } = await system.fieldworkDb.caseReview.findUniqueOrThrow({ where: { taskId } });
  const dueAt = new Date(
    claimedAt!.getTime() + reviewDeadlineDelays(claimedAt!).escalateAfterMs,
  ).toISOString();
  const dueBy = `by ${ukTimeInWords(dueAt)} on ${ukWeekdayDateInWords(dueAt)}`;
  expect(await queueRowOf(page, taskId).innerText()).toContain(`Due ${dueBy}`);
  await checkPage(page, JOURNEY, 'queue-reminded');

  await timeline('overdue');
  await page.reload();
  const row = await queueRowOf(page, taskId).innerText();
  expect(row).toMatch(/Overdue/);
  expect(row).not.toMatch(/Due soon/);
  expect(row).toContain(`Was due ${dueBy}`);
  await checkPage(page, JOURNEY, 'queue-overdue');
  await page.goto(stack().portalUrl);
  // An earlier run's claimed review that stopped short of overdue may still be due soon.
  expect(await page.locator('#decisions').innerText()).toMatch(
    /claimed by you \(\d+ overdue(, \d+ due soon)?\)/,
  );
  await page.context().close();

  const leadPage = await signIn(stack(), 'lead-1', JOURNEY);
  const late = leadPage.locator(`#decisions a[href="/inspections/${inspection.id}/qa"]`);
  expect(await late.innerText()).toBe('1 case review past its deadline');
  await checkPage(leadPage, JOURNEY, 'home-overdue');
  await late.click();
  await leadPage.waitForURL(`${stack().portalUrl}/inspections/${inspection.id}/qa`);
  expect(await rowOf(leadPage, caseRef).innerText()).toMatch(/In review\s+Review overdue/);
  expect(await leadPage.locator('#blockers').innerText()).toContain(
    `Case ${caseRef}: in review, past its review deadline`,
  );
  expect(await rowOf(leadPage, inspection.cases[1]!.caseRef).innerText()).not.toMatch(/overdue/);
  await checkPage(leadPage, JOURNEY, 'qa-progress-overdue');
  await leadPage.context().close();
});
