// Activities send commands; how a failed command fails the activity decides whether Temporal retries it.
// A service that refused the command (a rule, a state), a request breaking the command's contract (refused
// before it is sent), or a service whose own answer breaks it (invalid-reply), will be refused again: fail
// without retrying, with the reason and the problem's details (the fields or rule findings at fault, never a
// value sent), so the service answering the workflow's caller answers with the whole problem. A crash, a
// timeout, no responder or a service too busy to take it (service-busy) may pass: let Temporal retry, for as
// long as the workflow says (for ever on its own path, a few minutes in a decision:
// workflows/src/handler-activities.ts).
import { ApplicationFailure } from '@temporalio/activity';
import type { z } from 'zod';
import type { CommandDefinition } from '@yji/contracts';
import { CommandError, sendCommand, type NatsConnection } from '@yji/messaging';

const RETRYABLE = new Set(['internal', 'service-busy']);

export async function send<Req extends z.ZodType, Rep extends z.ZodType>(
  nc: NatsConnection,
  command: CommandDefinition<Req, Rep>,
  request: z.input<Req>,
): Promise<z.output<Rep>> {
  try {
    return await sendCommand(nc, command, request);
  } catch (error) {
    if (error instanceof CommandError && !RETRYABLE.has(error.code)) {
      const { code, details } = error;
      throw ApplicationFailure.nonRetryable(error.message, 'CommandRejected', {
        code,
        ...(details === undefined ? {} : { details }),
      });
    }
    throw error;
  }
}
