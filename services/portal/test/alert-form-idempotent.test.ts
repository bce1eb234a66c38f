// The safeguarding alert forms carry an Idempotency-Key made when they are shown (a hidden field): the same
// form sent twice — a double click, or sent again after no answer came — raises one alert, and tells the lead
// once; the form of an action taken on an alert records one action.
import { describe, expect, it } from 'vitest';
import { alertRaised } from '@yji/contracts';
import { anAlert, callersOf, PEOPLE } from '../../../tests/harness/index.ts';
import { CookieJar, csrfTokenOn, follow, signInAs, visit } from './browserless.ts';
import { inspectorsOneCase } from './inspection-set-ups.ts';
import { usePortalOnServices } from './portal-under-test.ts';

const keyOn = (html: string) => /name="idempotencyKey" value="([^"]+)"/.exec(html)?.[1];

describe('the safeguarding alert form', () => {
  const services = usePortalOnServices({});

  it('sent twice at once, raises one alert', { timeout: 120_000 }, async () => {
    const [system, portal] = [services.system(), services.portal()];
    const { taskId } = await inspectorsOneCase(system);
    const jar = new CookieJar();
    await signInAs(jar, portal.url, PEOPLE.inspector.userId);
    const form = await follow(jar, `${portal.url}/cases/${taskId}/alert`);
    expect(keyOn(form.body)).toMatch(/^[0-9a-f-]{36}$/);
    const fields = new URLSearchParams({
      _csrf: csrfTokenOn(form.body)!,
      idempotencyKey: keyOn(form.body)!,
      from: 'task',
      concerns: 'harm-from-others',
      atRisk: 'this-child',
      urgency: 'immediate',
      seen: 'Bruising noted on the case file',
      done: 'Told the case manager',
      forwardedBy: 'telephone',
    });
    const post = () =>
      visit(jar, `${portal.url}/cases/${taskId}/alert`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: fields.toString(),
      });

    const sent = await Promise.all([post(), post()]);

    for (const hop of sent) {
      expect(hop.status).toBe(303);
      expect(new URL(hop.location!).pathname).toBe(`/tasks/${taskId}`);
    }
    expect(await system.fieldworkDb.safeguardingAlert.count({ where: { taskId } })).toBe(1);
    const told = await system.fieldworkDb.outboxMessage.count({
      where: { subject: alertRaised.subject, payload: { path: ['taskId'], equals: taskId } },
    });
    expect(told).toBe(1);
  });

  it(
    'records an action on an alert sent twice at once from its form once',
    { timeout: 120_000 },
    async () => {
      const [system, portal] = [services.system(), services.portal()];
      const { lead, inspector } = callersOf(system);
      const { id, taskId } = await inspectorsOneCase(system);
      const raised = await inspector('POST', `/api/fieldwork/tasks/${taskId}/alerts`, anAlert());
      const alertId = raised.body.alertId as string;
      expect((await lead('POST', `/api/fieldwork/alerts/${alertId}/acknowledge`)).status).toBe(200);
      const jar = new CookieJar();
      await signInAs(jar, portal.url, PEOPLE.lead.userId);
      const alerts = `${portal.url}/inspections/${id}/alerts`;
      const page = await follow(jar, alerts);
      // The alert's only form now is its action's.
      expect(keyOn(page.body)).toMatch(/^[0-9a-f-]{36}$/);
      const fields = new URLSearchParams({
        _csrf: csrfTokenOn(page.body)!,
        idempotencyKey: keyOn(page.body)!,
        action: 'Rang the YJS manager',
      });
      const post = () =>
        visit(jar, `${alerts}/${alertId}/actions`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: fields.toString(),
        });

      const sent = await Promise.all([post(), post()]);

      for (const hop of sent) expect(hop.status).toBe(303);
      expect(await system.fieldworkDb.alertAction.count({ where: { alertId } })).toBe(1);
    },
  );
});
