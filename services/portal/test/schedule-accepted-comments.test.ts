// The schedule publication page says which version of the report will be published — its number, who saved it
// and when, with a link to read it — and warns while a comment the lead inspector accepted came after that
// version was saved (the report not revised since), linking to the report; the factual accuracy check page
// says so beside "Revise the report" once every comment is answered. Saved again, both stop warning. The
// services are real; the pages are read as a browser would, without a browser.
import { describe, expect, it } from 'vitest';
import {
  answered,
  callersOf,
  carriedOut,
  eventually,
  inspectionWithApprovedRatings,
  inSeconds,
  PEOPLE,
  reportText,
} from '../../../tests/harness/index.ts';
import { CookieJar, follow, signInAs, textOf } from './browserless.ts';
import { usePortalOnServices } from './portal-under-test.ts';

/** The GOV.UK warning text of a page (its words), or undefined. */
const warningOn = (html: string) => /<div class="govuk-warning-text"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1];

describe('the schedule publication page', () => {
  const services = usePortalOnServices({});

  it(
    'names the version to be published, and warns of comments accepted after it until the report is saved',
    { timeout: 300_000 },
    async () => {
      const [system, portal] = [services.system(), services.portal()];
      const { inspection, final } = await inspectionWithApprovedRatings(system, {
        seed: 'schedule-accepted-comments',
      });
      const { lead, yjs } = callersOf(system);
      const report = `/api/publication/inspections/${inspection.id}`;
      const at = (path: string) => `${portal.url}/inspections/${inspection.id}${path}`;
      await answered(
        'draft',
        lead('PUT', `${report}/draft`, reportText(final, 0, 'The board met quarterly.')),
      );
      const sent = await carriedOut(
        lead,
        // A deadline seconds away: the home page's next step after the check is about its comments.
        await lead('POST', `${report}/factual-check`, { version: 1, deadline: inSeconds(8) }),
      );
      expect(sent.status).toBe(200);
      for (const text of ['The board met monthly.', 'The board has a new chair.'])
        await answered(
          'comment',
          yjs('POST', `${report}/factual-check/comments`, { section: 'overview', text }),
          201,
        );
      const { comments } = await eventually('the check closed at its deadline', async () => {
        const check = await answered('check', lead('GET', `${report}/factual-check`));
        return check.open ? undefined : check;
      });
      const [first, second] = comments as { id: string }[];
      const respond = (commentId: string, decision: string, reason: string) =>
        answered(
          'response',
          lead('PUT', `${report}/factual-check/comments/${commentId}/response`, { decision, reason }),
        );
      await respond(first!.id, 'rejected', 'The minutes show quarterly meetings.');
      await respond(second!.id, 'accepted', 'Corrected in the overview.');

      const jar = new CookieJar();
      await signInAs(jar, portal.url, PEOPLE.lead.userId);

      // Accepted after version 1 was saved: the page names version 1, links its text, and warns with a link to
      // revise the report.
      const before = await follow(jar, at('/schedule'));
      expect(before.status).toBe(200);
      expect(textOf(before.body)).toMatch(/Report to be published Version 1, saved by .+ on \d/);
      expect(before.body).toContain(`href="/inspections/${inspection.id}/report/versions"`);
      const warning = warningOn(before.body);
      expect(warning, 'a warning on the schedule page').toBeDefined();
      expect(textOf(warning!)).toContain(
        'You accepted 1 comment after version 1 was saved: revise the report so that the published report makes the change.',
      );
      expect(warning).toContain(`href="/inspections/${inspection.id}/report"`);
      // A warning, not a bar: the form is still there.
      expect(before.body).toContain('name="publishAt-day"');

      // The check's page says it beside "Revise the report", naming the comment.
      const check = await follow(jar, at('/factual-check'));
      const checkWarning = warningOn(check.body);
      expect(checkWarning, 'a warning on the factual accuracy check page').toBeDefined();
      expect(textOf(checkWarning!)).toContain(
        'You accepted comment 2 after version 1, the latest, was saved: revise the report to make the change before it is published.',
      );
      expect(checkWarning).toContain(`href="/inspections/${inspection.id}/report"`);

      // The lead's home page gives revising the report as this inspection's next step.
      const stepOf = async () => {
        const home = (await follow(jar, `${portal.url}/`)).body;
        const steps = /<ul class="govuk-list" id="publication-steps">([\s\S]*?)<\/ul>/.exec(home)?.[1] ?? '';
        return new RegExp(`href="/inspections/${inspection.id}/(\\w+)">([^<]+)</a>`).exec(steps)?.slice(1);
      };
      expect(await stepOf()).toEqual([
        'report',
        'Revise the report: 1 comment accepted after its latest version',
      ]);

      // The report revised after the acceptance: version 2 is the one to be published, and no warning.
      await answered(
        'revised draft',
        lead('PUT', `${report}/draft`, reportText(final, 1, 'The board met quarterly; it has a new chair.')),
      );
      const after = await follow(jar, at('/schedule'));
      expect(textOf(after.body)).toMatch(/Report to be published Version 2, saved by .+ on \d/);
      expect(warningOn(after.body)).toBeUndefined();
      expect(warningOn((await follow(jar, at('/factual-check'))).body)).toBeUndefined();
      expect(await stepOf()).toEqual(['schedule', 'Schedule publication']);
    },
  );
});
