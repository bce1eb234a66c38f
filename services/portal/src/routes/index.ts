// Every page of the portal, a file each (its GET and the POST its form sends).
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './route-deps.ts';
import { registerHome } from './home.ts';
import { registerSignIn } from './sign-in.ts';
import { registerAuthCallback } from './auth-callback.ts';
import { registerSignOut } from './sign-out.ts';
import { registerInspectionsList } from './inspections-list.ts';
import { registerInspectionNew } from './inspection-new.ts';
import { registerInspectionOverview } from './inspection-overview.ts';
import { registerTeam } from './team.ts';
import { registerLongList } from './long-list.ts';
import { registerSample } from './sample.ts';
import { registerAssignments } from './assignments.ts';
import { registerProgress } from './progress.ts';
import { registerTasks } from './tasks.ts';
import { registerTask } from './task.ts';
import { registerTaskInterview } from './task-interview.ts';
import { registerTaskExclusion } from './task-exclusion.ts';

export type { RouteDeps } from './route-deps.ts';

export function registerPortalRoutes(app: FastifyInstance, deps: RouteDeps) {
  registerHome(app, deps);
  registerSignIn(app, deps);
  registerAuthCallback(app, deps);
  registerSignOut(app, deps);
  registerInspectionsList(app, deps);
  registerInspectionNew(app, deps);
  registerInspectionOverview(app, deps);
  registerTeam(app, deps);
  registerLongList(app, deps);
  registerSample(app, deps);
  registerAssignments(app, deps);
  registerProgress(app, deps);
  registerTasks(app, deps);
  registerTask(app, deps);
  registerTaskInterview(app, deps);
  registerTaskExclusion(app, deps);
}
