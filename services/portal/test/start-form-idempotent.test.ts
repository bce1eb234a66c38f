// The form that starts an inspection carries an Idempotency-Key made when it is rendered (a hidden field):
// the same form sent twice — a double click, or sent again after no answer came — starts one inspection.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventually } from '../../../tests/harness/index.ts';
import { CookieJar, csrfTokenOn, follow, signInAs, visit } from './browserless.ts';
import { usePortalOnServices } from './portal-under-test.ts';
import { startFormAnswers } from './start-form-answers.ts';

const keyOn = (html: string) => /name="idempotencyKey" value="([^"]+)"/.exec(html)?.[1];

describe('the form that starts an inspection', () => {
  const services = usePortalOnServices({});

  it('carries a key of its own each time it is shown', async () => {
    const portal = services.portal();
    const jar = new CookieJar();
    await signInAs(jar, portal.url, 'lead-1');
    const [first, second] = [
      await follow(jar, `${portal.url}/inspections/new`),
      await follow(jar, `${portal.url}/inspections/new`),
    ];
    expect(keyOn(first.body)).toMatch(/^[0-9a-f-]{36}$/);
    expect(keyOn(second.body)).toMatch(/^[0-9a-f-]{36}$/);
    expect(keyOn(first.body)).not.toBe(keyOn(second.body));
  });

  it('sent twice at once, starts one inspection', { timeout: 60_000 }, async () => {
    const [system, portal] = [services.system(), services.portal()];
    const jar = new CookieJar();
    await signInAs(jar, portal.url, 'lead-1');
    const form = await follow(jar, `${portal.url}/inspections/new`);
    const code = `FORM-${randomUUID().slice(0, 8).toUpperCase()}`;
    const fields = {
      _csrf: csrfTokenOn(form.body)!,
      idempotencyKey: keyOn(form.body)!,
      ...startFormAnswers(code),
    };
    const post = () =>
      visit(jar, `${portal.url}/inspections/new`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });

    const sent = await Promise.all([post(), post()]);

    for (const hop of sent) {
      expect(hop.status).toBe(303);
      expect(hop.location).toMatch(/\/inspections\/[0-9a-f-]{36}$/);
    }
    expect(sent[0]!.location).toBe(sent[1]!.location);
    const rows = () => system.inspectionDb.inspection.count({ where: { yjsCode: code } });
    await eventually('the inspection to be stored', async () => ((await rows()) > 0 ? true : undefined));
    expect(await rows()).toBe(1);
  });
});
