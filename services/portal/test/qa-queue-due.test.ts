// The QA reviewer's queue says when each case they have claimed is due (when the lead inspector is told it
// is overdue), in UK time as GOV.UK pages write it, so the reviewer can plan. The services run with their
// default deadlines: working days from the claim.
import { describe, expect, it } from 'vitest';
import { reviewDeadlineDelays, ukTimeInWords, ukWeekdayDateInWords } from '@yji/domain';
import { callersOf, claimSubmission, PEOPLE } from '../../../tests/harness/index.ts';
import { CookieJar, follow, signInAs, textOf } from './browserless.ts';
import { firstCaseSubmittedForReview } from './inspection-set-ups.ts';
import { usePortalOnServices } from './portal-under-test.ts';

/** The table row of the queue that links to the task's review. */
const rowOf = (html: string, taskId: string) =>
  html
    .split('<tr')
    .map((row) => `<tr${row}`)
    .find((row) => row.includes(`href="/qa/${taskId}"`)) ?? '';

describe('the QA queue', () => {
  const services = usePortalOnServices({});

  it('says when a case the reviewer has claimed is due', async () => {
    const [system, portal] = [services.system(), services.portal()];
    const { reviewer } = callersOf(system);
    const { first } = await firstCaseSubmittedForReview(system, 'qa-queue-due');
    await claimSubmission(reviewer, first.taskId);
    const { claimedAt } = await system.fieldworkDb.caseReview.findUniqueOrThrow({
      where: { taskId: first.taskId },
    });
    const dueAt = new Date(
      claimedAt!.getTime() + reviewDeadlineDelays(claimedAt!).escalateAfterMs,
    ).toISOString();

    const jar = new CookieJar();
    await signInAs(jar, portal.url, PEOPLE.reviewer.userId);
    const queue = await follow(jar, `${portal.url}/qa`);
    expect(queue.status).toBe(200);
    expect(queue.body).toContain('Cases you are reviewing');
    const row = textOf(rowOf(queue.body, first.taskId));
    expect(row).toContain(`Due by ${ukTimeInWords(dueAt)} on ${ukWeekdayDateInWords(dueAt)}`);
    expect(rowOf(queue.body, first.taskId)).toContain(`datetime="${dueAt}"`);
  });
});
