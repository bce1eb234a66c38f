// OpenTelemetry's standard variables. OTEL_TRACES_EXPORTER picks the exporter (none by default); the OTLP
// exporter reads its endpoint and headers itself, and they are checked here so a typo stops start-up.
import { TRACES_EXPORTERS } from '@yji/telemetry';
import { z } from 'zod';

const endpoint = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional();

export const telemetryEnv = {
  fields: {
    OTEL_TRACES_EXPORTER: z
      .enum(TRACES_EXPORTERS, { error: `must be one of ${TRACES_EXPORTERS.join(', ')}` })
      .default('none'),
    OTEL_SERVICE_NAME: z.string().min(1).optional(),
    OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: endpoint,
    /** `key=value,…`, e.g. an API key for a hosted collector. */
    OTEL_EXPORTER_OTLP_HEADERS: z.string().optional(),
  },
};
