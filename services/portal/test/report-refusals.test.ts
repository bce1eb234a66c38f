// The report's pages say a refusal of the publication service by its code: a service that fails is "try again
// later" — not "the report cannot change now: it is published" to the lead, not "the check has closed" to the
// YJS contact — beside the field or button it is about. And a comment that has its response shows that
// response, read-only, rather than a form that could only be refused; sent again, it says so beside it.
// The services are real; a stand-in in front of the publication service fails the one request a test names.
import { describe, expect, it } from 'vitest';
import {
  answered,
  callersOf,
  carriedOut,
  inspectionWithApprovedRatings,
  PEOPLE,
} from '../../../tests/harness/index.ts';
import { TRY_AGAIN_LATER } from '../src/web/refusal-words.ts';
import { CookieJar, csrfTokenOn, follow, signInAs, submit } from './browserless.ts';
import { usePortalBehindFaultyServices } from './faulty-service.ts';
import { errorMessagesOf, expectErrorOn, expectSummaryLinksResolve, summaryOf } from './page-errors.ts';

/** The Idempotency-Key the YJS contact's box on the overview is sent with. */
/** The inspection's name above a page's heading, as its caption. */
const CAPTION = /<span class="govuk-caption-l">[^<]*Youth Justice Service[^<]*<\/span>\s*<h1/;
const overviewKeyOn = (html: string) => /name="idempotencyKey-overview" value="([^"]+)"/.exec(html)?.[1];

describe('the report’s pages', () => {
  const services = usePortalBehindFaultyServices();

  it(
    'say a failing service is a failure, and show a comment’s response once it has one',
    { timeout: 300_000 },
    async () => {
      const [system, portal, faulty] = [services.system(), services.portal(), services.faulty()];
      const { inspection } = await inspectionWithApprovedRatings(system, { seed: 'report-refusals' });
      const { lead } = callersOf(system);
      const report = `/api/publication/inspections/${inspection.id}`;
      const at = (path: string) => `${portal.url}/inspections/${inspection.id}${path}`;
      const leadJar = new CookieJar();
      await signInAs(leadJar, portal.url, PEOPLE.lead.userId);
      /** The lead's form on the inspection's page at `path`, sent with `fields` and the page's CSRF token. */
      const sentFrom = async (path: string, fields: Record<string, string>) => {
        const page = await follow(leadJar, at(path));
        return submit(leadJar, at(path), { _csrf: csrfTokenOn(page.body)!, ...fields });
      };

      // The report saved while the service fails: not "it is published".
      faulty.publication.refuseNext('PUT', /\/draft$/, 'service-busy');
      const saved = await sentFrom('/report', { version: '0', overview: 'The board met monthly.' });
      expectErrorOn(saved.body, 'overview', TRY_AGAIN_LATER);
      expect(saved.body).not.toContain('it is published');

      // Sent for the check while the service fails: said above the button, not "sent already or published".
      const draft = { version: 0, overview: 'The board met monthly.', findings: [], recommendations: [] };
      await answered('draft', lead('PUT', `${report}/draft`, draft));
      faulty.publication.refuseNext('POST', /\/factual-check$/, 'internal');
      const notSent = await sentFrom('/factual-check', { version: '1', workingDays: '10' });
      expectErrorOn(notSent.body, 'send', TRY_AGAIN_LATER);
      expect(notSent.body).not.toContain('sent already');
      const sent = await carriedOut(
        lead,
        await lead('POST', `${report}/factual-check`, { version: 1, workingDays: 10 }),
      );
      expect(sent.status).toBe(200);

      // Scheduled while the service fails: not "only after the factual accuracy check …", on the date.
      const schedulePage = await follow(leadJar, at('/schedule'));
      faulty.publication.refuseNext('PUT', /\/schedule$/, 'service-busy');
      const notScheduled = await submit(leadJar, at('/schedule'), {
        _csrf: csrfTokenOn(schedulePage.body)!,
        version: /name="version" value="(\d+)"/.exec(schedulePage.body)![1]!,
        'publishAt-day': '2',
        'publishAt-month': '3',
        'publishAt-year': String(new Date().getFullYear() + 1),
        time: '09:30',
        embargo: '',
      });
      expectSummaryLinksResolve(notScheduled.body);
      expect(summaryOf(notScheduled.body)).toEqual([{ text: TRY_AGAIN_LATER, target: 'publishAt-day' }]);
      // A date input's message describes its fieldset, which has no id of its own.
      expect(errorMessagesOf(notScheduled.body).get('publishAt-error')).toBe(TRY_AGAIN_LATER);

      // The YJS contact's comment while the service fails: not "the check has closed".
      const yjsJar = new CookieJar();
      await signInAs(yjsJar, portal.url, PEOPLE.yjs.userId);
      const check = await follow(yjsJar, `${portal.url}/factual-checks/${inspection.id}`);
      const comment = {
        _csrf: csrfTokenOn(check.body)!,
        'idempotencyKey-overview': overviewKeyOn(check.body)!,
        'text-overview': 'The board met fortnightly.',
      };
      faulty.publication.refuseNext('POST', /\/factual-check\/comments$/, 'service-busy');
      const notTaken = await submit(
        yjsJar,
        `${portal.url}/factual-checks/${inspection.id}/comments`,
        comment,
      );
      expectErrorOn(notTaken.body, 'text-overview', TRY_AGAIN_LATER);
      expect(notTaken.body).not.toContain('The check has closed');
      const taken = await submit(yjsJar, `${portal.url}/factual-checks/${inspection.id}/comments`, comment);
      expect(taken.body).toContain('Comment sent to the lead inspector');

      // Answered: the page shows the response, not a form; a response sent again says so beside it.
      const { comments } = await answered('check', lead('GET', `${report}/factual-check`));
      const commentId = (comments as { id: string }[])[0]!.id;
      const respond = at(`/factual-check/comments/${commentId}`);
      const form = await follow(leadJar, respond);
      expect(form.body).toContain('name="decision"');
      // A reason left out, and one past its limit: each said as GOV.UK says it, not both in one message.
      const withReason = (text: string) =>
        submit(leadJar, respond, { _csrf: csrfTokenOn(form.body)!, decision: 'accepted', reason: text });
      expectErrorOn((await withReason('')).body, 'reason', 'Enter the reason');
      expectErrorOn(
        (await withReason('x'.repeat(2001))).body,
        'reason',
        'The reason must be 2,000 characters or fewer',
      );
      const reason = 'Agreed: the minutes show fortnightly meetings.';
      await answered(
        'response',
        lead('PUT', `${report}/factual-check/comments/${commentId}/response`, {
          decision: 'accepted',
          reason,
        }),
      );
      const answeredPage = await follow(leadJar, respond);
      expect(answeredPage.status).toBe(200);
      // Each of the report's pages says which inspection it is about, above its heading, as the others do.
      for (const path of ['/report', '/report/versions', '/factual-check', '/schedule']) {
        const shown = await follow(leadJar, at(path));
        expect(shown.body, path).toMatch(CAPTION);
      }
      expect(answeredPage.body).toMatch(CAPTION);
      expect(answeredPage.body).not.toContain('name="decision"');
      expect(answeredPage.body).not.toContain('Record the response');
      expect(answeredPage.body).toContain('Accepted: the report changes');
      expect(answeredPage.body).toContain(reason);
      const again = await submit(leadJar, respond, {
        _csrf: csrfTokenOn(form.body)!,
        decision: 'rejected',
        reason: 'Sent from the page as it was.',
      });
      expect(again.body).toContain(reason);
      expect(again.body).not.toContain('name="decision"');
      expectErrorOn(again.body, 'response', 'This comment has a response already: it is shown below');
    },
  );
});
