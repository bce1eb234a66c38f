// Spans leave the process without the text of the errors they ended on. Temporal's interceptors put an
// activity's or workflow's failure message in the span's status and record the exception (message and
// stack) as an event; a refusal's message can name a case ("case C0007 already has another task"), and the
// histories hold it only encrypted, the logs only by kind (services/worker temporal-logger.ts). So, as the
// span ends, a trace keeps that it failed and with what kind of error, never what the error said.
import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor, TimedEvent } from '@opentelemetry/sdk-trace-base';

/** Event attributes that may carry an error's text (OpenTelemetry's exception semantic conventions). */
const ERROR_TEXT = new Set(['exception.message', 'exception.stacktrace']);

function withoutErrorText(event: TimedEvent): TimedEvent {
  if (!event.attributes) return event;
  const attributes = Object.fromEntries(
    Object.entries(event.attributes).filter(([key]) => !ERROR_TEXT.has(key)),
  );
  return { ...event, attributes };
}

/** `span` as exporters see it: the same span, with no status message and no error text in its events. */
export function withheldErrorText(span: ReadableSpan): ReadableSpan {
  return Object.create(span, {
    status: { value: { code: span.status.code } },
    events: { value: span.events.map(withoutErrorText) },
  }) as ReadableSpan;
}

/** Wraps the processor that exports: what it is handed has had the error text withheld. */
export function withholdingErrorText(processor: SpanProcessor): SpanProcessor {
  return {
    onStart: (span: Span, parentContext: Context) => processor.onStart(span, parentContext),
    onEnd: (span: ReadableSpan) => processor.onEnd(withheldErrorText(span)),
    forceFlush: () => processor.forceFlush(),
    shutdown: () => processor.shutdown(),
  };
}
