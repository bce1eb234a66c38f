// The publication workflow's activities: each sends one command to a service (the publication service's,
// and each service's retention purge), except the retention period's end, which is the worker's own setting.
// Commands are idempotent, so Temporal may retry them freely.
import type { CommandDefinition } from '@yji/contracts';
import { retentionEnds } from '@yji/domain';
import type { NatsConnection } from '@yji/messaging';
import { PUBLICATION_COMMANDS, type Command, type PublicationActivities } from '@yji/workflows';
import { send } from './send.ts';

/** One activity per command, under the command's name, each sending it. */
function commandActivities<Commands extends Record<string, CommandDefinition>>(
  nc: NatsConnection,
  commands: Commands,
) {
  const activities = Object.entries(commands).map(([name, command]) => [
    name,
    (request: unknown) => send(nc, command, request),
  ]);
  return Object.fromEntries(activities) as { [Name in keyof Commands]: Command<Commands[Name]> };
}

/** `retentionMs`: the deployment's retention period (RETENTION_PERIOD). */
export function createPublicationActivities(nc: NatsConnection, retentionMs: number): PublicationActivities {
  return {
    ...commandActivities(nc, PUBLICATION_COMMANDS),
    retentionEnds: async ({ publishedAt }) => retentionEnds(new Date(publishedAt), retentionMs).toISOString(),
  };
}
