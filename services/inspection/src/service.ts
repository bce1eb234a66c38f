// Assembles the inspection service from its parts; main.ts runs it, tests start it in-process.
import { startServiceRuntime } from '@yji/service-kit';
import type { InspectionConfig } from './config.ts';
import { createDb } from './db.ts';
import { serveInspectionCommands } from './commands/serve-commands.ts';
import { registerInspectionRoutes } from './routes/inspections.ts';
import { registerTeamRoutes } from './routes/team.ts';
import { registerLongListRoutes } from './routes/long-list.ts';
import { registerSampleRoutes } from './routes/sample.ts';
import { registerAssignmentRoutes } from './routes/assignments.ts';

export async function startInspectionService(config: InspectionConfig, options: { logger?: boolean } = {}) {
  const db = createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const runtime = await startServiceRuntime('inspection', config, db, options);
  const { app, nc, temporal, notifyOutbox } = runtime;
  const deps = { db, temporal, taskQueue: config.TEMPORAL_TASK_QUEUE };
  registerInspectionRoutes(app, deps);
  registerTeamRoutes(app, deps, notifyOutbox);
  registerLongListRoutes(app, deps);
  registerSampleRoutes(app, deps);
  registerAssignmentRoutes(app, deps);
  const commands = serveInspectionCommands(nc, db, app.log, notifyOutbox);
  return {
    app,
    url: await runtime.listen(config.PORT),
    stop: () =>
      runtime.stop(async () => {
        for (const subscription of commands) subscription.unsubscribe();
      }),
  };
}
