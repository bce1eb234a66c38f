// One tracer provider per process, registered globally so every library that speaks OpenTelemetry's API
// (the Temporal interceptors, Prisma, yji's HTTP and NATS spans) reports to it. Spans go where the
// standard variables say: OTEL_TRACES_EXPORTER=otlp sends them over OTLP/HTTP to OTEL_EXPORTER_OTLP_*
// (read by the exporter itself), `console` prints them, `none` (the default) records none: each span is then
// a non-recording one that still has its ids and travels in `traceparent` (unsampled), so a process's
// requests, commands and workflows still share a trace id, and a collector added later (every process
// exporting) sees whole traces.
//
// Temporal's interceptors (1.24) produce spans of OpenTelemetry's 1.x SDK shape (`parentSpanId`), so the
// SDK here is the 1.x line: with 2.x, workflow spans would lose their parents.
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NoopSpanProcessor,
  SimpleSpanProcessor,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { PrismaInstrumentation, registerInstrumentations } from '@prisma/instrumentation';
import { withholdingErrorText } from './withheld-messages.ts';

export const TRACES_EXPORTERS = ['none', 'otlp', 'console'] as const;
export type TracesExporter = (typeof TRACES_EXPORTERS)[number];

export interface TelemetryOptions {
  /** OTEL_SERVICE_NAME, else `yji-<service>`. */
  serviceName: string;
  exporter: TracesExporter;
  /** Replaces the exporter's processor (tests: an in-memory exporter). */
  spanProcessor?: SpanProcessor;
}

export interface Telemetry {
  resource: Resource;
  /** Where spans end up; the worker also hands it the spans its workflows make in their sandbox. */
  spanProcessor: SpanProcessor;
  /** Sends what is buffered; the process calls it last when it stops. */
  shutdown(): Promise<void>;
}

function processorFor(exporter: TracesExporter): SpanProcessor {
  if (exporter === 'otlp') return new BatchSpanProcessor(new OTLPTraceExporter());
  if (exporter === 'console') return new SimpleSpanProcessor(new ConsoleSpanExporter());
  return new NoopSpanProcessor();
}

let current: Telemetry | undefined;

/**
 * Starts the process's telemetry, or answers the one already started: a test that starts it with its own
 * processor before the system under test keeps it, and services sharing a process share one provider.
 * Only the one that started it shuts it down.
 */
export function startTelemetry(options: TelemetryOptions): Telemetry {
  if (current) return { ...current, shutdown: async () => {} };
  const resource = new Resource({ 'service.name': options.serviceName });
  const spanProcessor = withholdingErrorText(options.spanProcessor ?? processorFor(options.exporter));
  const exporting = options.spanProcessor !== undefined || options.exporter !== 'none';
  // A span recorded only to be dropped cost every request its attributes, times and ids, kept past the young
  // generation's collections while the request ran (issue 12's allocation profiles of the inspector's API).
  const provider = new NodeTracerProvider({
    resource,
    spanProcessors: [spanProcessor],
    ...(exporting ? {} : { sampler: new AlwaysOffSampler() }),
  });
  provider.register();
  // Prisma's spans (several per statement) are all leaves: with nowhere to send them they only cost CPU on
  // every query (issue 12's profiles of the inspector's API), and no trace context depends on them.
  if (exporting)
    registerInstrumentations({ tracerProvider: provider, instrumentations: [new PrismaInstrumentation()] });
  current = {
    resource,
    spanProcessor,
    shutdown: async () => {
      await provider.shutdown();
      current = undefined;
    },
  };
  return current;
}
