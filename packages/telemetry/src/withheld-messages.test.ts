// A failed span reaches the exporter with its status code and the error's type, never the error's text.
import { describe, expect, it } from 'vitest';
import { SpanStatusCode } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { withholdingErrorText } from './withheld-messages.ts';

describe('error text withheld from exported spans', () => {
  it('keeps that the span failed, and the kind of error, without what the error said', () => {
    const memory = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({
      spanProcessors: [withholdingErrorText(new SimpleSpanProcessor(memory))],
    });
    const span = provider.getTracer('test').startSpan('RunActivity:assignCaseTask');
    const failure = new Error('case C0007 already has another task');
    failure.name = 'ApplicationFailure';
    span.setStatus({ code: SpanStatusCode.ERROR, message: failure.message });
    span.recordException(failure);
    span.addEvent('note', { 'yji.kept': 'yes' });
    span.end();

    const [exported] = memory.getFinishedSpans();
    expect(exported!.name).toBe('RunActivity:assignCaseTask');
    expect(exported!.status).toEqual({ code: SpanStatusCode.ERROR });
    expect(exported!.spanContext().spanId).toBe(span.spanContext().spanId);
    expect(exported!.events.map((event) => event.attributes)).toEqual([
      { 'exception.type': 'ApplicationFailure' },
      { 'yji.kept': 'yes' },
    ]);
    expect(JSON.stringify(exported!.events)).not.toContain('C0007');
  });
});
