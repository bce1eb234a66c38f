// Starts the system under test in this process, against the real components the global setup provides:
// the inspection, fieldwork, ratings and publication services on free ports and a worker on a task queue of its own, so a
// test run never shares work with a developer's running worker. Services trust the global setup's development identity
// provider; `tokenFor` signs a caller's token.
import { afterAll, beforeAll } from 'vitest';
import { connectNats } from '@yji/messaging';
import { startInspectionService, inspectionConfig, createDb } from '@yji/inspection';
import { startFieldworkService, fieldworkConfig, createDb as createFieldworkDb } from '@yji/fieldwork';
import { startRatingsService, ratingsConfig, createDb as createRatingsDb } from '@yji/ratings';
import {
  startPublicationService,
  publicationConfig,
  createDb as createPublicationDb,
} from '@yji/publication';
import { startWorker, workerConfig } from '@yji/worker';
import { connectTemporal } from './temporal-client.ts';
import { tokenFor } from './tokens.ts';
import { testEnvironment } from './test-environment.ts';
import './provided.ts';

export interface SystemOptions {
  /**
   * Run a worker in this process (the default). Tests that kill and restart the worker say `false` and run
   * it as a process of its own on `env.TEMPORAL_TASK_QUEUE` (see worker-process.ts).
   */
  worker?: boolean;
  /** Variables that differ from the test environment's (a higher rate limit, say). */
  env?: Record<string, string>;
  /**
   * Let the services log, at this level, to stdout (a bench says 'error' so that a failure under load
   * comes with its cause). Without it they log nothing: a test reads answers, not log lines.
   */
  logLevel?: 'error' | 'warn' | 'info';
}

export async function startSystem(options: SystemOptions = {}) {
  const env = {
    ...testEnvironment(),
    ...(options.logLevel ? { LOG_LEVEL: options.logLevel } : {}),
    ...options.env,
  };
  const logging = { logger: options.logLevel !== undefined };
  const worker = options.worker === false ? undefined : await startWorker(workerConfig.parse(env));
  const inspection = await startInspectionService(inspectionConfig.parse(env), logging);
  const fieldwork = await startFieldworkService(fieldworkConfig.parse(env), logging);
  const ratings = await startRatingsService(ratingsConfig.parse(env), logging);
  const publication = await startPublicationService(publicationConfig.parse(env), logging);
  const { connection, temporal } = await connectTemporal(env);
  const nc = await connectNats(env.NATS_URL, 'yji-tests');
  const inspectionDb = createDb(env.DATABASE_URL);
  const fieldworkDb = createFieldworkDb(env.DATABASE_URL);
  const ratingsDb = createRatingsDb(env.DATABASE_URL);
  const publicationDb = createPublicationDb(env.DATABASE_URL);
  return {
    env,
    worker,
    inspection,
    fieldwork,
    ratings,
    publication,
    temporal,
    nc,
    inspectionDb,
    fieldworkDb,
    ratingsDb,
    publicationDb,
    tokenFor,
    stop: async () => {
      await inspection.stop();
      await fieldwork.stop();
      await ratings.stop();
      await publication.stop();
      await worker?.stop();
      await connection.close();
      await nc.drain();
      await inspectionDb.$disconnect();
      await fieldworkDb.$disconnect();
      await ratingsDb.$disconnect();
      await publicationDb.$disconnect();
    },
  };
}

export type System = Awaited<ReturnType<typeof startSystem>>;

/**
 * The system for one test file: started before its tests, stopped after them. What it returns can be held
 * from the start (a caller made with it, say) and used once the tests run; used before, it says so.
 */
export function useSystem(options: SystemOptions = {}): System {
  let started: System | undefined;
  beforeAll(async () => {
    started = await startSystem(options);
  }, 120_000);
  afterAll(() => started?.stop());
  return new Proxy({} as System, {
    get: (_target, key) => {
      if (!started) throw new Error('the system starts before the first test; use it inside a test or hook');
      return started[key as keyof System];
    },
  });
}

/** How long `eventually` keeps trying, and how often. */
export interface Polling {
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * What `probe` finds, once it finds something: tried every `intervalMs` (a short one catches a moment in
 * the middle of the work) until `timeoutMs`.
 */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  { timeoutMs = 60_000, intervalMs = 100 }: Polling = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
