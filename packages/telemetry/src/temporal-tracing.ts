// Temporal's OpenTelemetry interceptors: the client puts the caller's trace context in the headers of what
// it sends (a workflow start, an update), the workflow's own spans continue it inside the sandbox and pass
// it on to the activities they schedule, and activities run within it. Workflow spans leave the sandbox
// through a sink, into the process's span processor.
import { fileURLToPath } from 'node:url';
import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
  OpenTelemetryWorkflowClientInterceptor,
} from '@temporalio/interceptors-opentelemetry';
// Types only: the worker has @temporalio/worker; services, which use the client side, need not install it.
import type { InjectedSinks, WorkerInterceptors } from '@temporalio/worker';
import type { OpenTelemetrySinks } from '@temporalio/interceptors-opentelemetry';
import type { Telemetry } from './telemetry.ts';

/** The workflow-side interceptors, bundled with the workflows (a pre-built bundle must include them). */
export const workflowTracingModule = fileURLToPath(
  import.meta.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors.js'),
);

/** For a Temporal Client's `interceptors`. */
export function temporalClientTracing() {
  return { workflow: [new OpenTelemetryWorkflowClientInterceptor()] };
}

/** For a Worker: activity interceptors and the sink that exports workflow spans. */
export function temporalWorkerTracing(telemetry: Telemetry): {
  interceptors: Pick<WorkerInterceptors, 'activity'>;
  sinks: InjectedSinks<OpenTelemetrySinks>;
} {
  return {
    interceptors: {
      activity: [
        (ctx) => ({
          inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
          outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
        }),
      ],
    },
    sinks: { exporter: makeWorkflowExporter(telemetry.spanProcessor, telemetry.resource) },
  };
}
