export { connectNats, type NatsConnection, type NatsSecurity } from './connection.ts';
export { ensureEventStream, ensureStream, DUPLICATE_WINDOW_MS } from './event-stream.ts';
export {
  sendCommand,
  serveCommand,
  CommandError,
  CommandRejected,
  type CommandLogger,
  type ServedCommand,
} from './commands.ts';
export { commandHandlers, serveHandledCommands, type HandledCommand } from './handled-command.ts';
export { startOutboxRelay, publishOutboxRows } from './outbox-relay.ts';
export {
  startIdempotentConsumer,
  type ConsumerOptions,
  type ConsumedEvent,
  type ConsumerFailure,
  type EventHandler,
} from './idempotent-consumer.ts';
export type { EffectStatement } from './effect-statement.ts';
export { REDELIVERY, type RedeliveryPolicy } from './redelivery.ts';
export { startEventConsumer, type EventConsumerOptions } from './event-consumer.ts';
export { inspectionCopyConsumer, type JsonColumn } from './inspection-copy-consumer.ts';
export { startTeamMembershipConsumer } from './team-membership-consumer.ts';
export { durableName } from './durable-name.ts';
