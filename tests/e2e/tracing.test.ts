// One lead-inspector decision is one trace: the HTTP request, the Temporal update it sends, the workflow's
// handling of it, the activity, the NATS command to the inspection service, its handling there and the
// database work, every span a descendant of the request's. The spans are collected in memory, through the
// same process-wide provider a service would export from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { startTelemetry } from '@yji/telemetry';
import {
  apiClient,
  eventually,
  FIELDWORK_START_AHEAD,
  inspectionBody,
  longListCsv,
  startSystem,
} from '../harness/index.ts';

type System = Awaited<ReturnType<typeof startSystem>>;

const memory = new InMemorySpanExporter();

describe('tracing', () => {
  let system: System;
  let lead: (method: string, path: string, body?: unknown) => ReturnType<ReturnType<typeof apiClient>>;

  beforeAll(async () => {
    startTelemetry({
      serviceName: 'yji-test',
      exporter: 'none',
      spanProcessor: new SimpleSpanProcessor(memory),
    });
    system = await startSystem();
    const token = await system.tokenFor('lead-1', ['lead-inspector']);
    lead = (method, path, body) => apiClient(system)(token, method, path, body);
  });
  afterAll(() => system?.stop());

  it(
    'follows a decision from the HTTP request to the database, as one connected trace',
    { timeout: 120_000 },
    async () => {
      const created = await lead('POST', '/api/inspections', inspectionBody(FIELDWORK_START_AHEAD, 10));
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      expect(
        (await lead('POST', `/api/inspections/${id}/long-list`, longListCsv(FIELDWORK_START_AHEAD, 30)))
          .status,
      ).toBe(200);

      memory.reset();
      expect((await lead('POST', `/api/inspections/${id}/sample`, { seed: 'traced' })).status).toBe(200);

      // The route's pattern, whatever its parameter is called.
      const isRequest = (span: ReadableSpan) => /^POST \/api\/inspections\/:\w+\/sample$/.test(span.name);
      const trace = await eventually('the workflow and command spans to arrive', async () => {
        const spans = memory.getFinishedSpans();
        const request = spans.find(isRequest);
        if (!request) return undefined;
        const inTrace = spans.filter((span) => span.spanContext().traceId === request.spanContext().traceId);
        const names = inTrace.map((span) => span.name);
        const complete =
          names.some((name) => name.startsWith('RunActivity:drawSample')) &&
          names.some((name) => name.startsWith('HandleUpdate:drawSample')) &&
          names.includes('process yji.inspection.cmd.draw-sample') &&
          names.some((name) => name.startsWith('prisma:'));
        return complete ? { request, inTrace } : undefined;
      });

      const names = trace.inTrace.map((span) => span.name);
      expect(names).toEqual(
        expect.arrayContaining([
          trace.request.name,
          expect.stringMatching(/^StartWorkflowUpdate:drawSample|^UpdateWorkflow:drawSample/),
          expect.stringMatching(/^HandleUpdate:drawSample/),
          expect.stringMatching(/^RunActivity:drawSample/),
          'send yji.inspection.cmd.draw-sample',
          'process yji.inspection.cmd.draw-sample',
          expect.stringMatching(/^prisma:client:/),
        ]),
      );
      // Connected: one root (the request), and every other span's parent is in the trace.
      const ids = new Set(trace.inTrace.map((span) => span.spanContext().spanId));
      const parentOf = (span: ReadableSpan) => span.parentSpanId;
      const roots = trace.inTrace.filter((span) => !parentOf(span) || !ids.has(parentOf(span)!));
      expect(roots).toEqual([trace.request]);
      // No case reference or inspection id in any span's name or attributes.
      const text = JSON.stringify(trace.inTrace.map((span) => [span.name, span.attributes]));
      expect(text).not.toMatch(/C\d{4}/);
    },
  );
});
