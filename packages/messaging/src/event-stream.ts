// The JetStream stream of domain events. Created or brought up to date at start-up by every process that
// publishes or consumes, so there is no separate provisioning step to forget.
import { jetstreamManager, RetentionPolicy, StorageType, type StreamConfig } from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import { EVENT_STREAM, eventSubjects } from '@yji/contracts';

/** Long enough to cover an outbox relay crashing and retrying the same rows. */
export const DUPLICATE_WINDOW_MS = 10 * 60 * 1000;

export async function ensureStream(
  nc: NatsConnection,
  config: Pick<StreamConfig, 'name' | 'subjects'> & Partial<StreamConfig>,
): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const wanted = {
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    ...config,
  };
  const existing = await jsm.streams.info(config.name).catch(() => null);
  if (existing) await jsm.streams.update(config.name, { ...existing.config, ...wanted });
  else await jsm.streams.add(wanted);
}

export function ensureEventStream(nc: NatsConnection): Promise<void> {
  return ensureStream(nc, { name: EVENT_STREAM, subjects: eventSubjects });
}
