// How the ratings service declares a command it answers: the handler gets the service's database, and one
// that must ask another service while it answers (request/reply) gets the service's NATS connection too.
import type { z } from 'zod';
import type { CommandDefinition, CommandHandler } from '@yji/contracts';
import { commandHandlers, type HandledCommand, type NatsConnection } from '@yji/messaging';
import type { RatingsDb } from '../db.ts';

export const ratingsCommand = commandHandlers<RatingsDb>();

interface AskingContext {
  db: RatingsDb;
  nc: NatsConnection;
}
const askingCommand = commandHandlers<AskingContext>();

/** A command whose handler asks other services: served, like the others, with the service's database. */
export function ratingsCommandAsking<Req extends z.ZodType, Rep extends z.ZodType>(
  command: CommandDefinition<Req, Rep>,
  handler: CommandHandler<AskingContext, CommandDefinition<Req, Rep>>,
): HandledCommand<RatingsDb> {
  const handled = askingCommand(command, handler);
  return {
    command,
    serve: (nc, logger, db, afterEach) => handled.serve(nc, logger, { db, nc }, afterEach),
  };
}
