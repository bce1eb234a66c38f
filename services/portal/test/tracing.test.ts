// A page is one trace with the services' work it asks for: the portal's span for the page (by its route's
// pattern), and each service's span for the call it made, a child of the page's (W3C traceparent). The spans
// are collected in memory, through the same process-wide provider the portal would export from.
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelemetry } from '@yji/telemetry';
import { eventually, startSystem, type System } from '../../../tests/harness/index.ts';
import type { Portal } from '../src/index.ts';
import { CookieJar, follow, signInAs } from './browserless.ts';
import { startPortalUnderTest } from './portal-under-test.ts';

const memory = new InMemorySpanExporter();

describe('tracing a page of the web app', () => {
  let system: System;
  let portal: Portal;
  beforeAll(async () => {
    startTelemetry({
      serviceName: 'yji-test',
      exporter: 'none',
      spanProcessor: new SimpleSpanProcessor(memory),
    });
    system = await startSystem({ worker: false });
    portal = await startPortalUnderTest(system);
  });
  afterAll(async () => {
    await portal?.stop();
    await system?.stop();
  });

  it('continues the page’s trace into the service it calls', async () => {
    const jar = new CookieJar();
    await signInAs(jar, portal.url, 'lead-1');
    memory.reset();
    expect((await follow(jar, `${portal.url}/inspections`)).status).toBe(200);
    const [page, call] = await eventually('the page’s and the service’s spans', async () => {
      const spans = memory.getFinishedSpans();
      const found = [
        spans.find((span) => span.name === 'GET /inspections'),
        spans.find((span) => span.name === 'GET /api/inspections'),
      ];
      return found.every(Boolean) ? found : undefined;
    });
    expect(call!.spanContext().traceId).toBe(page!.spanContext().traceId);
    expect(call!.parentSpanId).toBe(page!.spanContext().spanId);
  });
});
