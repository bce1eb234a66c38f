// A lead's decision the inspection service accepted but had not carried out within the time a request waits
// (202 decision-in-progress: a busy system, here DECISION_WAIT_MS = 1 ms) is not read as done: the portal
// goes back to the page the form was on and says the decision is still being carried out — not "Sample
// drawn", not an answer it never had (it once said "Long list uploaded: undefined cases") — with a "Check
// again" link to the portal's page that asks after it. Checked until it is no longer under way, that page
// shows the outcome: the success banner once done, the error summary with the refusal's message once refused
// — the lead's decisions on the inspection, and the report's (whose refusal after its 202 went unseen).
import { randomUUID } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import {
  callerAs,
  callersOf,
  eventually,
  FIELDWORK_START_AHEAD,
  inspectionBody,
  inspectionInFieldwork,
  inspectionWithApprovedRatings,
  longListCsv,
  PEOPLE,
} from '../../../tests/harness/index.ts';
import { CookieJar, csrfTokenOn, follow, signInAs, submit, visit, type Hop } from './browserless.ts';
import { usePortalOnServices } from './portal-under-test.ts';

const STILL_UNDER_WAY = 'Your decision was accepted and is still being carried out.';
/** The waiting banner's link to the page that asks after the decision (the inspection's, or the report's). */
const CHECK =
  /href="(\/inspections\/[0-9a-f-]{36}(?:\/report\/outcomes|\/decisions)\/[0-9a-f-]{36})">Check again</;

/**
 * Follows the page's "Check again" link until the page it ends on no longer has one (the outcome), a moment
 * apart as the page's script does (decision-progress.mjs, every 2 s): the services here wait 1 ms for a
 * decision, so asked at once Temporal might not have the Update yet.
 */
async function checkUntilOutcome(jar: CookieJar, portalUrl: string, waiting: Hop): Promise<Hop> {
  let page = waiting;
  for (let link = CHECK.exec(page.body)?.[1]; link; link = CHECK.exec(page.body)?.[1]) {
    await setTimeout(500);
    page = await follow(jar, `${portalUrl}${link}`);
    expect([page.status, new URL(page.url).pathname]).toEqual([200, new URL(waiting.url).pathname]);
  }
  return page;
}

describe('a decision still being carried out', () => {
  const services = usePortalOnServices({ DECISION_WAIT_MS: '1' });

  it('returns the lead to the page the form was on, which shows the decision done once it is', async () => {
    const [system, portal] = [services.system(), services.portal()];
    const lead = callerAs(system, 'lead-1', ['lead-inspector']);
    const { id } = (await lead('POST', '/api/inspections', inspectionBody())).body as { id: string };
    const at = (path: string) => `/api/inspections/${id}${path}`;
    await lead('POST', at('/long-list'), longListCsv(FIELDWORK_START_AHEAD, 40));
    await eventually('the long list to be taken', async () =>
      (await lead('GET', at(''))).body.workflow?.phase === 'sampling' ? true : undefined,
    );

    const jar = new CookieJar();
    await signInAs(jar, portal.url, 'lead-1');
    const samplePage = await follow(jar, `${portal.url}/inspections/${id}/sample`);
    const drawn = await submit(jar, `${portal.url}/inspections/${id}/sample`, {
      _csrf: csrfTokenOn(samplePage.body)!,
    });

    expect([drawn.status, new URL(drawn.url).pathname]).toEqual([200, `/inspections/${id}/sample`]);
    expect(drawn.body).toContain(STILL_UNDER_WAY);
    expect(drawn.body).toMatch(CHECK);
    expect(drawn.body).not.toContain('Sample drawn');
    expect(drawn.body).not.toContain('govuk-notification-banner--success');
    // No page that refreshes by itself (WCAG 2.2.1): the lead checks, or the page's script does.
    expect(drawn.body).not.toContain('http-equiv="refresh"');

    const done = await checkUntilOutcome(jar, portal.url, drawn);
    expect(done.body).toContain('govuk-notification-banner--success');
    expect(done.body).toContain('Your decision has been carried out.');
    expect(done.body).not.toContain(STILL_UNDER_WAY);
    // The page as it now is: the sample the workflow drew.
    expect(done.body).toContain('Redraw the sample');
  });

  it('shows the refusal a decision met after its answer in the error summary, on the form’s page', async () => {
    const [system, portal] = [services.system(), services.portal()];
    const lead = callerAs(system, 'lead-1', ['lead-inspector']);
    const { id, cases } = await inspectionInFieldwork(system, lead, {
      team: [{ userId: 'inspector-1', role: 'inspector' }],
      sampleSize: 2,
    });

    const jar = new CookieJar();
    await signInAs(jar, portal.url, 'lead-1');
    const assignments = await follow(jar, `${portal.url}/inspections/${id}/assignments`);
    // Not an assessor: the service's command refuses it once the workflow runs it, after the 202.
    const sent = await submit(jar, `${portal.url}/inspections/${id}/assignments`, {
      _csrf: csrfTokenOn(assignments.body)!,
      mode: 'manual',
      caseRef: cases[0]!.caseRef,
      assigneeId: 'lead-1',
    });
    expect([sent.status, new URL(sent.url).pathname]).toEqual([200, `/inspections/${id}/assignments`]);
    expect(sent.body).toContain(STILL_UNDER_WAY);

    const refused = await checkUntilOutcome(jar, portal.url, sent);
    expect(refused.body).toContain('govuk-error-summary');
    expect(refused.body).toContain('The person named is not an assessor on this inspection');
    expect(refused.body).not.toContain('govuk-notification-banner--success');
    expect(refused.body).toMatch(/<title>\s*Error: /);
  });

  it('shows the refusal a report decision met after its answer, on the factual accuracy check page', async () => {
    const [system, portal] = [services.system(), services.portal()];
    const { inspection } = await inspectionWithApprovedRatings(system, { seed: 'report-in-progress' });
    const { lead } = callersOf(system);
    const report = `/api/publication/inspections/${inspection.id}`;
    const draft = { version: 0, overview: 'The board met monthly.', findings: [], recommendations: [] };
    expect((await lead('PUT', `${report}/draft`, draft)).status).toBe(200);

    const jar = new CookieJar();
    await signInAs(jar, portal.url, 'lead-1');
    const checkPage = await follow(jar, `${portal.url}/inspections/${inspection.id}/factual-check`);
    // Saved again after the page was read: the form sends a version that is no longer the latest, which
    // only the service's command sees, once the workflow runs it after the 202.
    expect((await lead('PUT', `${report}/draft`, { ...draft, version: 1 })).status).toBe(200);
    const sent = await submit(jar, `${portal.url}/inspections/${inspection.id}/factual-check`, {
      _csrf: csrfTokenOn(checkPage.body)!,
      version: '1',
      workingDays: '10',
    });
    expect(sent.body).toContain(STILL_UNDER_WAY);
    expect(CHECK.exec(sent.body)?.[1]).toMatch(/\/report\/outcomes\//);

    const refused = await checkUntilOutcome(jar, portal.url, sent);
    expect(refused.body).toContain('govuk-error-summary');
    expect(refused.body).toContain('The version sent is not the current version 2');
    expect(refused.body).not.toContain('govuk-notification-banner--success');
  });

  it('takes a panel chair whose session no longer holds the decision to the ratings page, not the lead’s', async () => {
    const [system, portal] = [services.system(), services.portal()];
    const { inspection } = await inspectionWithApprovedRatings(system, { seed: 'panel-check-elsewhere' });

    // Signed in afresh (another browser, say): this session took no decision, so holds no page to go back to.
    const jar = new CookieJar();
    await signInAs(jar, portal.url, PEOPLE.chair.userId);
    const check = `${portal.url}/inspections/${inspection.id}/ratings/outcomes/${randomUUID()}`;
    const asked = await visit(jar, check);
    expect([asked.status, asked.location]).toEqual([
      303,
      `${portal.url}/inspections/${inspection.id}/ratings`,
    ]);
    const landed = await follow(jar, asked.location!);
    expect(landed.status).toBe(200);
    expect(landed.body).toContain('govuk-error-summary');
    expect(landed.body).toContain('Your decision was not carried out.');
  });
});
