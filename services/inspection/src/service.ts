// Assembles the inspection service from its parts; main.ts runs it, tests start it in-process.
import { startService } from '@yji/service-kit';
import type { InspectionConfig } from './config.ts';
import { createDb } from './db.ts';
import * as commandHandlers from './commands/index.ts';
import { approvalRelay } from './consumers/approval-relay.ts';
import { caseProgressConsumer } from './consumers/case-progress.ts';
import { registerInspectionRoutes } from './routes/index.ts';
import { discardAbandonedLongLists, STAGED_LIST_BOUND_MS } from './store/long-list-store.ts';

/** How often abandoned staged long lists are looked for (store/long-list-store.ts). */
const STAGED_LIST_SWEEP_MS = 10 * 60 * 1000;

export async function startInspectionService(config: InspectionConfig, options: { logger?: boolean } = {}) {
  const db = createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  return startService('inspection', config, db, options, {
    routes: ({ app, nc, temporal, notifyOutbox }) =>
      registerInspectionRoutes(app, {
        db,
        temporal,
        nc,
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        afterOutbox: notifyOutbox,
        decisionWaitMs: config.DECISION_WAIT_MS,
        temporalCallTimeoutMs: config.TEMPORAL_CALL_TIMEOUT_MS,
      }),
    commands: Object.values(commandHandlers),
    consumers: ({ temporal }) => [approvalRelay(temporal), caseProgressConsumer],
    chores: [
      {
        what: 'staged long list sweep',
        everyMs: STAGED_LIST_SWEEP_MS,
        run: () => discardAbandonedLongLists(db, { before: new Date(Date.now() - STAGED_LIST_BOUND_MS) }),
      },
    ],
  });
}
