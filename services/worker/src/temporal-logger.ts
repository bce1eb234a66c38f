// The Temporal SDK's log lines (a worker's state, an activity or a workflow task that failed) go through the
// worker's own logger, with any failure in them written as its kind only: a refusal's message can name a
// child's case ("case C0007 already has another task"), which Temporal's histories hold only encrypted. The
// SDK's default logger would write it in clear on stderr. Its native core's lines come here too (main.ts
// forwards them), their failures as text: a field that names a failure is withheld.
import type { LogLevel, LogMetadata, Logger } from '@temporalio/worker';
import type { Logger as Pino } from 'pino';

const PINO_LEVEL = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const;

/** An error as what it is, never what it says: its class, a Temporal failure's type, the same of its cause. */
function failureKind(error: Error): Record<string, unknown> {
  const { type } = error as { type?: unknown };
  return {
    name: error.name,
    ...(typeof type === 'string' ? { type } : {}),
    ...(error.cause instanceof Error ? { cause: failureKind(error.cause) } : {}),
  };
}

/** A field of a native core line that may carry a failure's text ("failure", "error", a "reason"…). */
const FAILURE_TEXT_FIELD = /fail|err|reason|message|cause|detail/i;

/** A field as the log writes it: an error by its kind, a failure's text withheld. */
function fieldOf(key: string, value: unknown): unknown {
  if (value instanceof Error) return failureKind(value);
  return typeof value === 'string' && FAILURE_TEXT_FIELD.test(key) ? '[withheld]' : value;
}

/**
 * A line's message: the SDK's own as it is; the native core's up to its first colon, after which it may write
 * an error out ("Error thrown from JavaScript side: …").
 */
const messageOf = (message: string, meta: LogMetadata) =>
  meta.sdkComponent === 'core' ? message.split(':')[0]! : message;

export function temporalLogger(log: Pino): Logger {
  const write = (level: LogLevel, message: string, meta: LogMetadata = {}) =>
    log[PINO_LEVEL[level]](
      Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, fieldOf(key, value)])),
      messageOf(message, meta),
    );
  return {
    log: write,
    trace: (message, meta) => write('TRACE', message, meta),
    debug: (message, meta) => write('DEBUG', message, meta),
    info: (message, meta) => write('INFO', message, meta),
    warn: (message, meta) => write('WARN', message, meta),
    error: (message, meta) => write('ERROR', message, meta),
  };
}
