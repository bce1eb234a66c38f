// A stand-in in front of one of the services for the portal under test: it passes every request on and
// brings back the answer, except the one request a test has told it to refuse, which it answers itself with
// a refusal of the catalogue (its code, status, message and details, as the service would have written it) —
// a service failing (503) or refusing for a reason hard to bring about — or a proxy's 502 in plain text, a
// service that cannot be reached; everything else is real.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { problem, problemStatus, type ProblemArgs, type ProblemCode } from '@yji/contracts';
import { startSystem, type System } from '../../../tests/harness/index.ts';
import type { Portal } from '../src/index.ts';
import { startPortalUnderTest } from './portal-under-test.ts';

/** Hop-by-hop headers, and those fetch sets itself. */
const NOT_PASSED_ON = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);
/** The answer's headers fetch has already acted on (it decodes the body). */
const NOT_PASSED_BACK = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection']);

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

interface Refusal {
  method: string;
  path: RegExp;
  status: number;
  /** The answer's body: a refusal of the catalogue (JSON), or a proxy's text of its own. */
  body: { json: unknown } | { text: string };
}

export async function faultyService(target: string) {
  const refusals: Refusal[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const url = request.url ?? '/';
      const at = refusals.findIndex(
        (refusal) => refusal.method === request.method && refusal.path.test(url.split('?')[0]!),
      );
      const body = await bodyOf(request);
      if (at >= 0) {
        const [{ status, body: answer }] = refusals.splice(at, 1) as [Refusal];
        const json = 'json' in answer;
        response.writeHead(status, { 'content-type': json ? 'application/json' : 'text/plain' });
        response.end(json ? JSON.stringify(answer.json) : answer.text);
        return;
      }
      const headers = Object.fromEntries(
        Object.entries(request.headers).flatMap(([name, value]) =>
          NOT_PASSED_ON.has(name) || value === undefined ? [] : [[name, String(value)]],
        ),
      );
      const answer = await fetch(`${target}${url}`, {
        method: request.method,
        headers,
        body: body.length ? body : undefined,
        redirect: 'manual',
      });
      const passedBack = [...answer.headers.entries()].filter(([name]) => !NOT_PASSED_BACK.has(name));
      response.writeHead(answer.status, Object.fromEntries(passedBack));
      response.end(Buffer.from(await answer.arrayBuffer()));
    })().catch((error: unknown) => {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    /** The next `method` request to a path matching `path` is answered with the problem `code`, once. */
    refuseNext<C extends ProblemCode>(method: string, path: RegExp, code: C, ...args: ProblemArgs<C>) {
      const made = problem(code, ...args);
      const error = { code: made.code, message: made.message, details: made.details };
      refusals.push({ method, path, status: problemStatus(code), body: { json: { error } } });
    },
    /** The next `method` request to a path matching `path` fails as a proxy in front of a dead service does. */
    failNext(method: string, path: RegExp) {
      refusals.push({ method, path, status: 502, body: { text: 'Bad Gateway' } });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FaultyService = Awaited<ReturnType<typeof faultyService>>;

const SERVICES = ['inspection', 'fieldwork', 'ratings', 'publication'] as const;

/**
 * For one file's tests: the services, each behind a `faultyService`, and a portal calling them through it;
 * started before the tests and stopped after. Read them inside a test.
 */
export function usePortalBehindFaultyServices(env: Record<string, string> = {}) {
  let system: System | undefined;
  let portal: Portal | undefined;
  let faulty: Record<(typeof SERVICES)[number], FaultyService> | undefined;
  beforeAll(async () => {
    system = await startSystem({ env });
    const started = await Promise.all(SERVICES.map((name) => faultyService(system![name].url)));
    faulty = Object.fromEntries(SERVICES.map((name, at) => [name, started[at]!])) as typeof faulty;
    portal = await startPortalUnderTest(faulty);
  });
  afterAll(async () => {
    await portal?.stop();
    await Promise.all(Object.values(faulty ?? {}).map((service) => service.stop()));
    await system?.stop();
  });
  return { system: () => system!, portal: () => portal!, faulty: () => faulty! };
}
