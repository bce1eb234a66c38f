// The JetStream stream of domain events. Created or brought up to date at start-up by every process that
// publishes or consumes, so there is no separate provisioning step to forget. It keeps an event for its
// max_age (EVENT_RETENTION_MS): a durable consumer stopped for longer misses the events that expired meanwhile.
import { jetstreamManager, RetentionPolicy, StorageType, type StreamConfig } from '@nats-io/jetstream';
import { millis, nanos, type NatsConnection } from '@nats-io/transport-node';
import { EVENT_STREAM, eventSubjects } from '@yji/contracts';

/** Long enough to cover an outbox relay crashing and retrying the same rows. */
export const DUPLICATE_WINDOW_MS = 10 * 60 * 1000;

/**
 * How long the event stream keeps an event when the stream is made by a process that names no max_age (the
 * services' EVENT_RETENTION_MS has the same default).
 */
export const DEFAULT_EVENT_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

export async function ensureStream(
  nc: NatsConnection,
  config: Pick<StreamConfig, 'name' | 'subjects'> & Partial<StreamConfig>,
  /** Settings a new stream is made with, which an existing stream keeps as it has them. */
  options: { whenCreated?: Partial<StreamConfig> } = {},
): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const wanted = {
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    ...config,
  };
  const existing = await jsm.streams.info(config.name).catch(() => null);
  // Limits such as max_age are updated in place: the stream and its consumers' positions stay.
  if (existing) await jsm.streams.update(config.name, { ...existing.config, ...wanted });
  else await jsm.streams.add({ ...options.whenCreated, ...wanted });
}

/**
 * The event stream, keeping each event `maxAgeMs` (EVENT_RETENTION_MS). Every process that names one sets it
 * on the existing stream at its start, so processes given different values leave the last one started's.
 * Without it, an existing stream keeps its max_age and a new one gets DEFAULT_EVENT_RETENTION_MS.
 */
export function ensureEventStream(nc: NatsConnection, retention: { maxAgeMs?: number } = {}): Promise<void> {
  return ensureStream(
    nc,
    {
      name: EVENT_STREAM,
      subjects: eventSubjects,
      ...(retention.maxAgeMs === undefined ? {} : { max_age: nanos(retention.maxAgeMs) }),
    },
    { whenCreated: { max_age: nanos(DEFAULT_EVENT_RETENTION_MS) } },
  );
}

/** How long `stream` keeps a message, as the server has it now: 0 when for ever. */
export async function streamMaxAgeMs(nc: NatsConnection, stream: string): Promise<number> {
  const jsm = await jetstreamManager(nc);
  return millis((await jsm.streams.info(stream)).config.max_age);
}
