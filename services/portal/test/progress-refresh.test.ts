// The progress page refreshes its totals and table with JavaScript (portal.mjs; the browser journey
// lead-inspector checks the page's behaviour): the page's region is not a live region, a short status says
// when it changed, a button pauses the updates, and the background fetch asks for the region alone (the
// Yji-Refresh header), which neither shows nor uses up the message the session keeps for the person's next page.
import { describe, expect, it } from 'vitest';
import { callerAs, inspectionInFieldwork, PEOPLE } from '../../../tests/harness/index.ts';
import { REFRESH_HEADER } from '../src/routes/progress.ts';
import { CookieJar, csrfTokenOn, follow, signInAs, visit } from './browserless.ts';
import { usePortalOnServices } from './portal-under-test.ts';

const ASSESSOR = { userId: 'assessor-1', role: 'local-assessor' } as const;

describe('the progress page’s refresh', () => {
  const services = usePortalOnServices({});

  it('is not a live region, and its fetch takes the region alone without using up the session’s message', async () => {
    const [system, portal] = [services.system(), services.portal()];
    const lead = callerAs(system, PEOPLE.lead.userId, [PEOPLE.lead.role]);
    const { id, cases } = await inspectionInFieldwork(system, lead, {
      team: [PEOPLE.inspector, ASSESSOR],
      sampleSize: 2,
      seed: 'progress-refresh',
    });
    const jar = new CookieJar();
    await signInAs(jar, portal.url, PEOPLE.lead.userId);
    const progressUrl = `${portal.url}/inspections/${id}/progress`;

    const whole = await follow(jar, progressUrl);
    expect(whole.status).toBe(200);
    const region = /<div id="progress"[^>]*>/.exec(whole.body)?.[0];
    expect(region).toContain(`data-refresh="/inspections/${id}/progress"`);
    expect(region).not.toContain('aria-live');
    expect(whole.body).toMatch(/<p class="govuk-visually-hidden" role="status" id="progress-status"><\/p>/);
    // WCAG 2.2.2: a button pauses the updates, outside the region it updates (so an update keeps it, and the
    // focus on it), hidden until the page's script, which does the updating, shows it.
    const control =
      /<div class="app-refresh-control" data-refresh-control="progress" hidden>([\s\S]*?)<\/div>/.exec(
        whole.body,
      )?.[1];
    expect(control).toMatch(
      /<button type="button"[^>]*aria-controls="progress"[^>]*>\s*Pause updates\s*<\/button>/,
    );
    expect(whole.body.indexOf('data-refresh-control="progress"')).toBeLessThan(
      whole.body.indexOf('<div id="progress"'),
    );

    // A change whose notice waits in the session for the page it redirects to.
    const assignments = await follow(jar, `${portal.url}/inspections/${id}/assignments`);
    const [first] = cases;
    const other = first!.assigneeId === PEOPLE.inspector.userId ? ASSESSOR.userId : PEOPLE.inspector.userId;
    const sent = await visit(jar, `${portal.url}/inspections/${id}/assignments`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        _csrf: csrfTokenOn(assignments.body)!,
        mode: 'reassign',
        caseRef: first!.caseRef,
        assigneeId: other,
      }).toString(),
    });
    expect(sent.status).toBe(303);

    // Meanwhile the page's script asks for the region again.
    const refreshed = await visit(jar, progressUrl, { headers: { [REFRESH_HEADER]: 'progress' } });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).not.toContain('<html');
    expect(refreshed.body).not.toContain('govuk-notification-banner');
    expect(refreshed.body).toMatch(/<div id="progress"[^>]*data-checked-at="\d{1,2}:\d{2}(am|pm)"/);
    expect(refreshed.body).toContain('data-module="moj-sortable-table"');
    expect(refreshed.body).toContain(first!.caseRef);
    expect(refreshed.body).not.toContain('Pause updates');

    // The page the change redirects to still says what it did.
    const after = await follow(jar, sent.location!);
    expect(after.body).toContain('govuk-notification-banner');
  });
});
