// Serves every fieldwork command over NATS. After each, the outbox relay is woken so an event the command
// appended goes out without waiting for the next poll.
import type { z } from 'zod';
import {
  assignTask,
  createTask,
  lockSubmittedTask,
  recordDeadlineEvent,
  withdrawTask,
  type CommandDefinition,
} from '@yji/contracts';
import { serveCommand, type CommandLogger, type NatsConnection } from '@yji/messaging';
import type { FieldworkDb } from '../db.ts';
import { handleAssignTask } from './assign-task.ts';
import { handleCreateTask } from './create-task.ts';
import { handleLockSubmittedTask } from './lock-submitted-task.ts';
import { handleRecordDeadlineEvent } from './record-deadline-event.ts';
import { handleWithdrawTask } from './withdraw-task.ts';

export interface CommandDeps {
  db: FieldworkDb;
  nc: NatsConnection;
  logger: CommandLogger;
  afterCommand: () => void;
}

export function serveFieldworkCommands({ db, nc, logger, afterCommand }: CommandDeps) {
  const serve = <Req extends z.ZodType, Rep extends z.ZodType>(
    command: CommandDefinition<Req, Rep>,
    handle: (db: FieldworkDb, request: z.output<Req>) => Promise<z.input<Rep>>,
  ) =>
    serveCommand(
      nc,
      command,
      async (request) => {
        const reply = await handle(db, request);
        afterCommand();
        return reply;
      },
      logger,
    );
  return [
    serve(createTask, handleCreateTask),
    serve(assignTask, handleAssignTask),
    serve(lockSubmittedTask, handleLockSubmittedTask),
    serve(withdrawTask, handleWithdrawTask),
    serve(recordDeadlineEvent, handleRecordDeadlineEvent),
  ];
}
