export {
  startTelemetry,
  TRACES_EXPORTERS,
  type Telemetry,
  type TelemetryOptions,
  type TracesExporter,
} from './telemetry.ts';
export { temporalClientTracing, temporalWorkerTracing, workflowTracingModule } from './temporal-tracing.ts';
