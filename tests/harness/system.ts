// Starts the system under test in this process, against the real components the global setup provides:
// the inspection and fieldwork services on free ports and a worker on a task queue of its own, so a test run never
// shares work with a developer's running worker. Services trust the global setup's development identity
// provider; `tokenFor` signs a caller's token.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { Client, Connection } from '@temporalio/client';
import { connectNats } from '@yji/messaging';
import { startInspectionService, inspectionConfig, createDb } from '@yji/inspection';
import { startFieldworkService, fieldworkConfig, createDb as createFieldworkDb } from '@yji/fieldwork';
import { startWorker, workerConfig } from '@yji/worker';
import { tokenFor } from './tokens.ts';
import './provided.ts';

export function testEnvironment() {
  const idp = inject('devIdp');
  return {
    DATABASE_URL: inject('databaseUrl'),
    NATS_URL: inject('natsUrl'),
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: inject('temporalNamespace'),
    TEMPORAL_TASK_QUEUE: `yji-test-${randomUUID()}`,
    HOST: '127.0.0.1',
    PORT: '0',
    AUTH_JWKS_URL: idp.jwksUrl,
    AUTH_ISSUER: idp.issuer,
    AUTH_AUDIENCE: idp.audience,
  };
}

export async function startSystem() {
  const env = testEnvironment();
  const worker = await startWorker(workerConfig.parse(env));
  const inspection = await startInspectionService(inspectionConfig.parse(env), { logger: false });
  const fieldwork = await startFieldworkService(fieldworkConfig.parse(env), { logger: false });
  const connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS });
  const temporal = new Client({ connection, namespace: env.TEMPORAL_NAMESPACE });
  const nc = await connectNats(env.NATS_URL, 'yji-tests');
  const inspectionDb = createDb(env.DATABASE_URL);
  const fieldworkDb = createFieldworkDb(env.DATABASE_URL);
  return {
    env,
    worker,
    inspection,
    fieldwork,
    temporal,
    nc,
    inspectionDb,
    fieldworkDb,
    tokenFor,
    stop: async () => {
      await inspection.stop();
      await fieldwork.stop();
      await worker.stop();
      await connection.close();
      await nc.drain();
      await inspectionDb.$disconnect();
      await fieldworkDb.$disconnect();
    },
  };
}

export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
