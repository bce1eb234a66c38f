// Commands over NATS request/reply, parsed with zod on both sides. A handler's failure travels back as
// a structured error, the problem's code, message and details; the caller throws it as a CommandError so an
// activity can decide whether to retry, and whoever answers for it can answer with the same problem.
// The caller's trace context travels in the message's headers (W3C traceparent), so a command's handling
// and its database work show in the trace of the request or workflow that sent it.
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Span,
} from '@opentelemetry/api';
import { headers, type MsgHdrs, type NatsConnection } from '@nats-io/transport-node';
import type { z } from 'zod';
import { isDatabaseBusy } from '@yji/db';
import {
  DEFAULT_REPLY_WITHIN_MS,
  problem,
  type CommandDefinition,
  type CommandOutcome,
  type Problem,
} from '@yji/contracts';

export class CommandError extends Error {
  readonly code: string;
  /** The problem's details (the fields or rule findings at fault) when it has them, never a value sent. */
  readonly details?: unknown;

  constructor(code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'CommandError';
    this.code = code;
    this.details = details;
  }
}

/** Thrown by a handler for an outcome the caller should see as it is (not a crash): a catalogue problem. */
export class CommandRejected extends CommandError {
  constructor(refusal: Problem) {
    super(refusal.code, refusal.message, refusal.details);
  }
}

/** A refusal as a command's answer carries it: the problem's code and message, and its details if any. */
type Refusal = Extract<CommandOutcome<unknown>, { ok: false }>['error'];

const commandError = ({ code, message, details }: Refusal) => new CommandError(code, message, details);

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const tracer = trace.getTracer('@yji/messaging');
const spanAttributes = (subject: string) => ({
  'messaging.system': 'nats',
  'messaging.destination.name': subject,
});

/** Runs `work` in a span that ends with it, marked failed when it throws. */
async function inSpan<T>(span: Span, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}

function traceHeaders(): MsgHdrs {
  const carrier = headers();
  propagation.inject(context.active(), carrier, { set: (h, key, value) => h.set(key, value) });
  return carrier;
}

function senderContext(message: { headers?: MsgHdrs }) {
  return propagation.extract(ROOT_CONTEXT, message.headers, {
    get: (h, key) => h?.get(key) || undefined,
    keys: (h) => (h ? h.keys() : []),
  });
}

/** A request's schema issues as the fields at fault and what is wrong with each, never the values sent. */
const issuesOf = (error: z.ZodError) =>
  error.issues.map((issue) => ({ field: issue.path.join('.') || '(root)', message: issue.message }));

export async function sendCommand<Req extends z.ZodType, Rep extends z.ZodType>(
  nc: NatsConnection,
  command: CommandDefinition<Req, Rep>,
  request: z.input<Req>,
  options: { timeoutMs?: number } = {},
): Promise<z.output<Rep>> {
  const checked = command.request.safeParse(request);
  // A request breaking its own contract fails the same way every time it is sent: refused here as the service
  // would refuse it (the fields, never their values), a refusal the worker does not retry.
  if (!checked.success) {
    throw commandError(problem('invalid-request', { issues: issuesOf(checked.error) }));
  }
  const body = checked.data;
  return tracer.startActiveSpan(
    `send ${command.subject}`,
    { kind: SpanKind.CLIENT, attributes: spanAttributes(command.subject) },
    (span) =>
      inSpan(span, async () => {
        const message = await nc.request(command.subject, encoder.encode(JSON.stringify(body)), {
          timeout: options.timeoutMs ?? command.replyWithinMs ?? DEFAULT_REPLY_WITHIN_MS,
          headers: traceHeaders(),
        });
        const outcome = JSON.parse(decoder.decode(message.data)) as CommandOutcome<unknown>;
        if (!outcome.ok) throw commandError(outcome.error);
        return command.reply.parse(outcome.value);
      }),
  );
}

export interface CommandLogger {
  error(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/** A command served: `stop` takes no more requests and resolves once those taken have been answered. */
export interface ServedCommand {
  stop(): Promise<void>;
}

/**
 * Serves a command in a queue group, so replicas of a service share the work. Bad requests are answered
 * with `invalid-request` naming the fields; nothing of the request's values is echoed or logged. A reply
 * that breaks the command's contract is answered `invalid-reply` (not retried: it would be the same again),
 * logged as an error naming the fields, never their values. A
 * database too busy to take the handler's statements (no connection came free in time; nothing of it
 * committed) is answered `service-busy`, which the sender may try again, not `internal` (issue 12).
 */
export function serveCommand<Req extends z.ZodType, Rep extends z.ZodType>(
  nc: NatsConnection,
  command: CommandDefinition<Req, Rep>,
  handler: (request: z.output<Req>) => Promise<z.input<Rep>>,
  logger: CommandLogger,
): ServedCommand {
  const inFlight = new Set<Promise<unknown>>();
  const reply = (outcome: CommandOutcome<unknown>) => encoder.encode(JSON.stringify(outcome));
  // The details go with the code and message (the fields, the rule's findings): the sender answers with the
  // same problem the service would answer over HTTP itself.
  const refuse = ({ code, message, details }: Refusal) =>
    reply({ ok: false, error: { code, message, ...(details === undefined ? {} : { details }) } });
  const subscription = nc.subscribe(command.subject, {
    queue: command.subject,
    callback: (error, message) => {
      if (error)
        return logger.error({ subject: command.subject, err: error.message }, 'command subscription failed');
      const span = tracer.startSpan(
        `process ${command.subject}`,
        { kind: SpanKind.SERVER, attributes: spanAttributes(command.subject) },
        senderContext(message),
      );
      const handle = async () => {
        let parsedBody: unknown;
        try {
          parsedBody = JSON.parse(decoder.decode(message.data));
        } catch {
          return message.respond(refuse(problem('invalid-json')));
        }
        const parsed = command.request.safeParse(parsedBody);
        if (!parsed.success)
          return message.respond(refuse(problem('invalid-request', { issues: issuesOf(parsed.error) })));
        try {
          const answered = command.reply.safeParse(await handler(parsed.data));
          if (answered.success) return message.respond(reply({ ok: true, value: answered.data }));
          // The handler's own answer breaks its contract: a defect it would repeat at every retry (its work,
          // if any, committed and idempotent), so a refusal the sender does not retry, logged for an
          // operator with the fields at fault and never their values.
          const issues = issuesOf(answered.error);
          logger.error({ subject: command.subject, issues }, 'command reply breaks its contract');
          span.setStatus({ code: SpanStatusCode.ERROR });
          return message.respond(refuse(problem('invalid-reply', { issues })));
        } catch (failure) {
          if (failure instanceof CommandRejected) return message.respond(refuse(failure));
          if (isDatabaseBusy(failure)) {
            logger.warn({ subject: command.subject }, 'database busy: command refused, to be retried');
            return message.respond(refuse(problem('service-busy')));
          }
          logger.error(
            { subject: command.subject, err: (failure as Error).message },
            'command handler failed',
          );
          span.setStatus({ code: SpanStatusCode.ERROR });
          message.respond(refuse(problem('internal')));
        }
      };
      const handling = context
        .with(trace.setSpan(context.active(), span), () => inSpan(span, handle))
        // The answer could not be sent (the connection closing): the sender's timeout and retry take over.
        .catch((failure: Error) =>
          logger.error({ subject: command.subject, err: failure.message }, 'command answer not sent'),
        );
      inFlight.add(handling);
      void handling.finally(() => inFlight.delete(handling));
    },
  });
  return {
    stop: async () => {
      await subscription.drain();
      await Promise.allSettled(inFlight);
    },
  };
}
