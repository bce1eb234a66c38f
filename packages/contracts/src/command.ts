// A command is a subject with a request and a reply schema, parsed on both sides.
import { z } from 'zod';

export interface CommandDefinition<Req extends z.ZodType = z.ZodType, Rep extends z.ZodType = z.ZodType> {
  subject: string;
  request: Req;
  reply: Rep;
  /**
   * How long a sender waits for the reply (`DEFAULT_REPLY_WITHIN_MS` when left out). A command whose work may
   * take longer says so here, so the sender does not give up and send it again while the first is still at work.
   */
  replyWithinMs?: number;
}

/** How long a sender waits for a command's reply unless the command says otherwise. */
export const DEFAULT_REPLY_WITHIN_MS = 10_000;

export function defineCommand<Req extends z.ZodType, Rep extends z.ZodType>(
  definition: CommandDefinition<Req, Rep>,
): CommandDefinition<Req, Rep> {
  if (!/^yji\.[a-z]+\.cmd\.[a-z-]+$/.test(definition.subject)) {
    throw new Error(`command subject ${definition.subject} is not yji.<service>.cmd.<command>`);
  }
  return definition;
}

/** The request of a command on one inspection: the inspection's id, with what the command carries. */
export const onInspection = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.strictObject({ inspectionId: z.uuid(), ...shape });

/**
 * What a command handler answers: the reply, or an error a caller can act on — the problem's code, message and
 * details if it has any (the fields or rule findings at fault, never a value sent).
 */
export type CommandOutcome<T> =
  { ok: true; value: T } | { ok: false; error: { code: string; message: string; details?: unknown } };

/** How a service handles command C, given what it handles it with (its database): the request parsed, the reply to parse. */
export type CommandHandler<Context, C extends CommandDefinition> = (
  context: Context,
  request: z.output<C['request']>,
) => Promise<z.input<C['reply']>>;
