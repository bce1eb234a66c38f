// What a service's own tests need around the service they start in-process: a NATS connection of their own
// (to publish what other services would, and send commands as the workflows do), an HTTP caller signing
// tokens, the TeamMembership rows the inspection service's team events would leave, and a stop that drains
// NATS before stopping the service.
import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import type { Role } from '@yji/contracts';
import { connectNats } from '@yji/messaging';
import { serviceCaller } from './service-caller.ts';

export interface ResponseBody {
  error?: { code: string; message: string; details?: unknown };
  [field: string]: unknown;
}

interface StartedService {
  url: string;
  db: {
    teamMembership: {
      createMany(args: {
        data: { inspectionId: string; userId: string; role: Role }[];
        skipDuplicates: boolean;
      }): Promise<unknown>;
    };
  };
  stop(): Promise<void>;
}

export async function aroundServiceUnderTest(service: StartedService, natsUrl: string, natsName: string) {
  const nc = await connectNats(natsUrl, natsName);
  const js = jetstream(nc);

  /** What TeamMembership would hold after the inspection service's team event. */
  const joinTeam = (inspectionId: string, userId: string, role: Role) =>
    service.db.teamMembership.createMany({ data: [{ inspectionId, userId, role }], skipDuplicates: true });

  /** Publishes an event as another service's outbox relay would: the message id is the outbox row's id. */
  const publish = (subject: string, payload: unknown, msgID: string = randomUUID()) =>
    js.publish(subject, JSON.stringify(payload), { msgID });

  const stop = async () => {
    await nc.drain();
    await service.stop();
  };
  return { nc, call: serviceCaller<ResponseBody>(service.url), joinTeam, publish, stop };
}

/** Starts a service in this process with its log quiet, and what its tests need around it (above). */
export async function startServiceUnderTest<
  Config extends { NATS_URL: string },
  Service extends StartedService,
>(
  start: (config: Config, options: { logger: boolean }) => Promise<Service>,
  config: Config,
  natsName: string,
) {
  const service = await start(config, { logger: false });
  return { ...service, ...(await aroundServiceUnderTest(service, config.NATS_URL, natsName)) };
}
