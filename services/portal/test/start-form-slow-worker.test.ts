// Starting an inspection while the worker is slow to store it (here: no worker runs): the service accepts the
// start (202) without the inspection being readable yet. The form does not lead to its page, which would not
// be found; it leads to the inspections list, saying the inspection is being started.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSystem } from '../../../tests/harness/index.ts';
import type { Portal } from '../src/index.ts';
import { CookieJar, csrfTokenOn, follow, signInAs, visit } from './browserless.ts';
import { startPortalUnderTest } from './portal-under-test.ts';
import { startFormAnswers } from './start-form-answers.ts';

describe('the form that starts an inspection, while the worker is slow', () => {
  const system = useSystem({ worker: false });
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortalUnderTest(system);
  });
  // Stopped before the system, as hooks registered later run first at the end.
  afterAll(() => portal?.stop());

  it(
    'leads to the inspections list, saying the inspection is being started',
    { timeout: 60_000 },
    async () => {
      const jar = new CookieJar();
      await signInAs(jar, portal.url, 'lead-1');
      const form = await follow(jar, `${portal.url}/inspections/new`);
      const key = /name="idempotencyKey" value="([^"]+)"/.exec(form.body)![1]!;
      const code = `SLOW-${randomUUID().slice(0, 8).toUpperCase()}`;
      const fields = { _csrf: csrfTokenOn(form.body)!, idempotencyKey: key, ...startFormAnswers(code) };
      const sent = await visit(jar, `${portal.url}/inspections/new`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
      expect(sent.status).toBe(303);
      expect(sent.location).toBe(`${portal.url}/inspections`);
      const list = await follow(jar, sent.location!);
      expect(list.status).toBe(200);
      expect(list.body).toContain('The inspection is being started');
    },
  );
});
