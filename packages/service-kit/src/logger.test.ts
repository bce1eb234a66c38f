// A service's log lines name the route's pattern, never the URL: paths carry case references in clear; and
// free text a log call is handed is censored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevIdp } from '@yji/dev-idp';
import type { App } from './create-app.ts';
import { startTestApp } from './test-app.ts';

const CASE_REF = 'C0007';
const FREE_TEXT = 'the child said they were afraid to go home';
const lines: string[] = [];
let idp: DevIdp;
let app: App;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ idp, app, stop } = await startTestApp(
    { logStream: { write: (line) => void lines.push(line) } },
    (built) => {
      built.put('/api/inspections/:inspectionId/cases/:caseRef/assignee', async (request) => {
        request.log.info('assignee changed');
        return { ok: true };
      });
      // A log call handed free text, at the top and deeper, as a careless one might.
      built.post('/api/careless', async (request) => {
        request.log.warn(
          { body: FREE_TEXT, seen: FREE_TEXT, err: { request: { body: FREE_TEXT, reason: FREE_TEXT } } },
          'careless',
        );
        return { ok: true };
      });
    },
  ));
});
afterAll(() => stop?.());

describe('request logs', () => {
  it('carry the route pattern, and no part of the URL', async () => {
    const token = await idp.sign('lead-1', ['lead-inspector']);
    const url = `/api/inspections/insp-42/cases/${CASE_REF}/assignee?note=${CASE_REF}`;
    lines.length = 0;
    const response = await app.inject({ method: 'PUT', url, headers: { authorization: `Bearer ${token}` } });
    expect(response.statusCode).toBe(200);
    // Also a URL that matches no route, by a caller with a token.
    const missing = await app.inject({
      method: 'GET',
      url: `/api/cases/${CASE_REF}/history`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).not.toContain(CASE_REF);

    const logged = lines.map((line) => JSON.parse(line) as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(logged.filter((entry) => entry.msg === 'incoming request').map((e) => e.req)).toEqual([
      {
        method: 'PUT',
        route: '/api/inspections/:inspectionId/cases/:caseRef/assignee',
        id: expect.any(String),
      },
      { method: 'GET', route: '(no route)', id: expect.any(String) },
    ]);
    expect(logged.map((entry) => entry.msg)).toEqual(
      expect.arrayContaining(['assignee changed', 'request completed']),
    );
    const all = lines.join('\n');
    expect(all).not.toContain(CASE_REF);
    expect(all).not.toContain('insp-42');
    expect(all).not.toContain(token);
  });

  it('censor free text a log call is handed, at the top and two levels down', async () => {
    const token = await idp.sign('lead-1', ['lead-inspector']);
    lines.length = 0;
    const response = await app.inject({
      method: 'POST',
      url: '/api/careless',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(200);
    const careless = lines.find((line) => line.includes('"careless"'));
    expect(careless).toBeDefined();
    expect(careless).toContain('[redacted]');
    expect(lines.join('\n')).not.toContain(FREE_TEXT);
  });
});
