// The home page gathers its parts from several services. With one of them down it still answers 200: the
// parts it could load show, the others say they are not available just now, and the failure is logged by
// the part's name, without the person's data.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type System } from '../../../tests/harness/index.ts';
import type { Portal } from '../src/index.ts';
import { CookieJar, signInAs } from './browserless.ts';
import { startPortalUnderTest } from './portal-under-test.ts';

/** An address nothing listens on: a port the system gave out and took back. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('the home page with a service down', () => {
  let system: System;
  const portals: Portal[] = [];
  const logLines: string[] = [];
  /** The portal calling the real services, except `down`, which it finds at a closed port. */
  let withoutFieldwork: Portal;
  let withoutInspection: Portal;
  let withoutPublication: Portal;

  beforeAll(async () => {
    system = await startSystem({ worker: false });
    const closed = { url: await closedPortUrl() };
    const logStream = { write: (line: string) => void logLines.push(line) };
    withoutFieldwork = await startPortalUnderTest({ ...system, fieldwork: closed }, { logStream });
    withoutInspection = await startPortalUnderTest({ ...system, inspection: closed }, { logStream });
    withoutPublication = await startPortalUnderTest({ ...system, publication: closed }, { logStream });
    portals.push(withoutFieldwork, withoutInspection, withoutPublication);
  });
  afterAll(async () => {
    for (const portal of portals) await portal.stop();
    await system?.stop();
  });

  /** The parts the portals logged as not available, each with its log line. */
  const failures = () =>
    logLines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === 'page part not available');

  it('shows an assessor and QA reviewer that their tasks, queue and alerts are not available just now, and answers 200', async () => {
    const home = await signInAs(new CookieJar(), withoutFieldwork.url, 'inspector-3');
    expect(home.status).toBe(200);
    expect(home.body).toContain('Signed in as <strong>Callum Reid</strong>');
    expect(home.body).toContain('Your case tasks are not available just now. Try again in a few minutes.');
    expect(home.body).toContain('The quality assurance queue is not available just now.');
    expect(home.body).toContain('Safeguarding alerts escalated to you are not available just now.');
    expect(
      failures()
        .map((line) => line.part)
        .sort(),
    ).toEqual(['QA queue', 'case tasks', 'safeguarding alerts escalated to you']);
    for (const line of failures()) {
      expect(line.level).toBe(40);
      expect(line.cause).toMatch(/ECONNREFUSED/);
      expect(JSON.stringify(line)).not.toContain('inspector-3');
    }
  });

  it('shows a lead inspector the parts from the services that answer', async () => {
    const home = await signInAs(new CookieJar(), withoutFieldwork.url, 'lead-1');
    expect(home.status).toBe(200);
    expect(home.body).toContain('Inspections you lead');
    expect(home.body).not.toContain('The inspections you lead are not available just now');
    expect(home.body).toContain('Start an inspection');
  });

  it('shows an assessor their tasks when the inspection service is down, and a lead that their inspections are not available', async () => {
    const assessor = await signInAs(new CookieJar(), withoutInspection.url, 'inspector-1');
    expect(assessor.status).toBe(200);
    expect(assessor.body).toContain('Case tasks to do');
    expect(assessor.body).not.toContain('not available just now');
    const lead = await signInAs(new CookieJar(), withoutInspection.url, 'lead-1');
    expect(lead.status).toBe(200);
    expect(lead.body).toContain('The inspections you lead are not available just now.');
    const yjs = await signInAs(new CookieJar(), withoutInspection.url, 'yjs-1');
    expect(yjs.status).toBe(200);
    expect(yjs.body).toContain('The draft reports waiting for your check are not available just now.');
  });

  it('shows anyone that the embargoed previews they are named for are not available when the publication service is down', async () => {
    const home = await signInAs(new CookieJar(), withoutPublication.url, 'inspector-1');
    expect(home.status).toBe(200);
    expect(home.body).toContain('Case tasks to do');
    expect(home.body).toContain('The embargoed previews you are named for are not available just now.');
    expect(failures().map((line) => line.part)).toContain('embargoed previews');
  });
});
