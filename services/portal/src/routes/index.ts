// Every page of the portal, a file each (its GET and the POST its form sends).
import type { FastifyInstance } from 'fastify';
import { limitPerAddress, type RateLimitOptions } from '../web/rate-limit.ts';
import type { RouteDeps } from './route-deps.ts';
import { registerHome } from './home.ts';
import { registerSignIn } from './sign-in.ts';
import { registerSessionRenewal } from '../auth/session-renewal.ts';
import { registerAuthCallback } from './auth-callback.ts';
import { registerSignOut } from './sign-out.ts';
import { registerInspectionsList } from './inspections-list.ts';
import { registerInspectionNew } from './inspection-new.ts';
import { registerInspectionOverview } from './inspection-overview.ts';
import { registerTeam } from './team.ts';
import { registerLongList } from './long-list.ts';
import { registerSample } from './sample.ts';
import { registerAssignments } from './assignments.ts';
import { registerDecisionProgress } from './decision-progress.ts';
import { registerProgress } from './progress.ts';
import { registerTasks } from './tasks.ts';
import { registerTask } from './task.ts';
import { registerTaskCaseManagerInterview } from './task-case-manager-interview.ts';
import { registerTaskInterview } from './task-interview.ts';
import { registerTaskExclusion } from './task-exclusion.ts';
import { registerTaskRevise } from './task-revise.ts';
import { registerRatingsPanel } from './ratings-panel.ts';
import { registerRatingsProposal } from './ratings-proposal.ts';
import { registerRatingsDecision } from './ratings-decision.ts';
import { registerQaQueue } from './qa-queue.ts';
import { registerQaReview } from './qa-review.ts';
import { registerQaSettings } from './qa-settings.ts';
import { registerQaProgress } from './qa-progress.ts';
import { registerQaCorrection } from './qa-correction.ts';
import { registerAlerts } from './alerts.ts';
import { registerEscalatedAlert } from './escalated-alert.ts';
import { registerExclusionFlags } from './exclusion-flags.ts';
import { registerKeepFlaggedCase } from './keep-flagged-case.ts';
import { registerRaiseAlert } from './raise-alert.ts';
import { registerReport } from './report.ts';
import { registerReportVersions } from './report-versions.ts';
import { registerFactualCheck } from './factual-check.ts';
import { registerCommentResponse } from './comment-response.ts';
import { registerYjsCheck } from './yjs-check.ts';
import { registerSchedule } from './schedule.ts';
import { registerPreview } from './preview.ts';
import { registerAccessibilityStatement } from './accessibility-statement.ts';

export type { RouteDeps } from './route-deps.ts';

export interface PortalRouteOptions {
  /** Requests to sign in (its start and its callback, together) a client's address may make in a window. */
  signInLimit: RateLimitOptions;
}

export function registerPortalRoutes(app: FastifyInstance, deps: RouteDeps, options: PortalRouteOptions) {
  // Sessions renewed with the sign-in client while the provider agrees (`signedIn` asks it).
  registerSessionRenewal(app, deps.oidc);
  // The names pages show people by (the `person` filter), for whoever is signed in.
  app.addHook('preHandler', async (request, reply) => {
    if (request.session.user) reply.locals = { ...reply.locals, people: await deps.people.known() };
  });
  registerHome(app, deps);
  // The routes that write before anyone is signed in (a session row for each sign-in started; the people
  // directory at its callback), limited per client in a scope of their own; no other route is.
  void app.register(async (signingIn) => {
    await limitPerAddress(signingIn, options.signInLimit);
    registerSignIn(signingIn, deps);
    registerAuthCallback(signingIn, deps);
  });
  registerSignOut(app, deps);
  registerInspectionsList(app, deps);
  registerInspectionNew(app, deps);
  registerInspectionOverview(app, deps);
  registerTeam(app, deps);
  registerLongList(app, deps);
  registerSample(app, deps);
  registerAssignments(app, deps);
  registerDecisionProgress(app, deps);
  registerProgress(app, deps);
  registerTasks(app, deps);
  registerTask(app, deps);
  registerTaskInterview(app, deps);
  registerTaskCaseManagerInterview(app, deps);
  registerTaskExclusion(app, deps);
  registerTaskRevise(app, deps);
  registerRatingsPanel(app, deps);
  registerRatingsProposal(app, deps);
  registerRatingsDecision(app, deps);
  registerQaQueue(app, deps);
  registerQaReview(app, deps);
  registerQaSettings(app, deps);
  registerQaProgress(app, deps);
  registerQaCorrection(app, deps);
  registerAlerts(app, deps);
  registerEscalatedAlert(app, deps);
  registerExclusionFlags(app, deps);
  registerKeepFlaggedCase(app, deps);
  registerRaiseAlert(app, deps);
  registerReport(app, deps);
  registerReportVersions(app, deps);
  registerFactualCheck(app, deps);
  registerCommentResponse(app, deps);
  registerYjsCheck(app, deps);
  registerSchedule(app, deps);
  registerPreview(app, deps);
  registerAccessibilityStatement(app);
}
