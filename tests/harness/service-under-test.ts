// What a service's own tests need around the service they start in-process: a NATS connection of their own
// (to publish what other services would, and send commands as the workflows do), an HTTP caller signing
// tokens, the TeamMembership rows the inspection service's team events would leave, and a stop that drains
// NATS before stopping the service.
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

  /** What TeamMembership would hold after the inspection service's team event. */
  const joinTeam = (inspectionId: string, userId: string, role: Role) =>
    service.db.teamMembership.createMany({ data: [{ inspectionId, userId, role }], skipDuplicates: true });

  const stop = async () => {
    await nc.drain();
    await service.stop();
  };
  return { nc, js: jetstream(nc), call: serviceCaller<ResponseBody>(service.url), joinTeam, stop };
}
