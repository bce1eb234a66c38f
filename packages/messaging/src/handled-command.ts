// A command and the handler a service answers it with, declared together in the handler's own module, so
// a service serves what its modules declare rather than a list kept by hand. The handler gets the service's
// context (its database); after each command it answered, `afterEach` runs (to wake the outbox relay for
// the events the command committed).
import type { z } from 'zod';
import type { NatsConnection } from '@nats-io/transport-node';
import type { CommandDefinition, CommandHandler } from '@yji/contracts';
import { serveCommand, type CommandLogger, type ServedCommand } from './commands.ts';

export interface HandledCommand<Context> {
  command: CommandDefinition;
  serve(nc: NatsConnection, logger: CommandLogger, context: Context, afterEach: () => void): ServedCommand;
}

/** How a service whose handlers take `Context` declares one: `export const x = handles(command, handler)`. */
export function commandHandlers<Context>() {
  return <Req extends z.ZodType, Rep extends z.ZodType>(
    command: CommandDefinition<Req, Rep>,
    handler: CommandHandler<Context, CommandDefinition<Req, Rep>>,
  ): HandledCommand<Context> => ({
    command,
    serve: (nc, logger, context, afterEach) =>
      serveCommand(
        nc,
        command,
        async (request) => {
          const reply = await handler(context, request);
          afterEach();
          return reply;
        },
        logger,
      ),
  });
}

/** Serves every command in `handled`; each comes back to be stopped on shutdown. */
export function serveHandledCommands<Context>(
  handled: readonly HandledCommand<Context>[],
  nc: NatsConnection,
  logger: CommandLogger,
  context: Context,
  afterEach: () => void,
): ServedCommand[] {
  return handled.map((entry) => entry.serve(nc, logger, context, afterEach));
}
