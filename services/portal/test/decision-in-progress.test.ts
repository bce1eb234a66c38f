// A lead's decision the inspection service accepted but had not carried out within the time a request waits
// (202 decision-in-progress: a busy system, here DECISION_WAIT_MS = 1 ms) is not read as done: the portal goes
// back to the page the form was on and says the decision is still being carried out — not "Sample drawn",
// not an answer it never had (it once said "Long list uploaded: undefined cases").
import { describe, expect, it } from 'vitest';
import { callerAs, eventually, inspectionBody, longListCsv } from '../../../tests/harness/index.ts';
import { CookieJar, csrfTokenOn, follow, signInAs, submit } from './browserless.ts';
import { usePortalOnServices } from './portal-under-test.ts';

describe('a decision still being carried out', () => {
  const services = usePortalOnServices({ DECISION_WAIT_MS: '1' });

  it('returns the lead to the page the form was on, saying the decision is still being carried out', async () => {
    const [system, portal] = [services.system(), services.portal()];
    const lead = callerAs(system, 'lead-1', ['lead-inspector']);
    const { id } = (await lead('POST', '/api/inspections', inspectionBody())).body as { id: string };
    const at = (path: string) => `/api/inspections/${id}${path}`;
    await lead('POST', at('/long-list'), longListCsv('2026-12-07', 40));
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
    expect(drawn.body).toContain(
      'Your decision was accepted and is still being carried out. Refresh this page in a minute to see it.',
    );
    expect(drawn.body).not.toContain('Sample drawn');
    expect(drawn.body).not.toContain('govuk-notification-banner--success');
    // It was carried out all the same: the page shows the sample once the workflow has drawn it.
    await eventually('the sample to be drawn', async () =>
      (await lead('GET', at(''))).body.workflow?.sample ? true : undefined,
    );
  });
});
