// A QA reviewer's move the fieldwork service refuses (the case moved on since the page was shown) is said in
// the error summary, never under a green "Success" banner; and a return refused so keeps the reason and
// comments the reviewer typed, on the review as it now is, to send again.
import { describe, expect, it } from 'vitest';
import { callersOf, claimSubmission, PEOPLE } from '../../../tests/harness/index.ts';
import { CookieJar, csrfTokenOn, follow, signInAs, submit } from './browserless.ts';
import { firstCaseSubmittedForReview } from './inspection-set-ups.ts';
import { usePortalOnServices } from './portal-under-test.ts';

const MOVED_ON = 'Someone else moved this case meanwhile. Look at it again.';

describe('a QA move refused by the service', () => {
  const services = usePortalOnServices({});

  it('is said as a problem, and a refused return keeps what the reviewer wrote', async () => {
    const [system, portal] = [services.system(), services.portal()];
    const { reviewer } = callersOf(system);
    const { first } = await firstCaseSubmittedForReview(system, 'qa-refusals');

    const jar = new CookieJar();
    await signInAs(jar, portal.url, PEOPLE.reviewer.userId);
    const queue = await follow(jar, `${portal.url}/qa`);
    const csrf = csrfTokenOn(queue.body)!;
    // A claim based on a version the case has moved past.
    const claimed = await submit(jar, `${portal.url}/qa/${first.taskId}/claim`, {
      _csrf: csrf,
      version: '7',
    });
    expect(new URL(claimed.url).pathname).toBe('/qa');
    expect(claimed.body).toContain('govuk-error-summary');
    expect(claimed.body).toContain(MOVED_ON);
    expect(claimed.body).not.toContain('govuk-notification-banner--success');

    const review = await claimSubmission(reviewer, first.taskId);
    const reason = 'The risk of harm to others is not analysed.';
    const returned = await submit(jar, `${portal.url}/qa/${first.taskId}/return`, {
      _csrf: csrf,
      version: String(review.version - 1),
      reason,
    });
    expect([returned.status, new URL(returned.url).pathname]).toEqual([400, `/qa/${first.taskId}/return`]);
    expect(returned.body).toContain('govuk-error-summary');
    expect(returned.body).toContain(MOVED_ON);
    expect(returned.body).toContain(reason);
    // The form now carries the review's current version: sent again, the return goes through.
    expect(returned.body).toContain(`name="version" value="${review.version}"`);
  });
});
