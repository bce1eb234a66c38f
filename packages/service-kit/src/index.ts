export { createApp, type App, type AppOptions, type HttpOptions } from './create-app.ts';
export { registerTracing } from './tracing.ts';
export { closeOnSignals } from './shutdown.ts';
export { HttpError, errorResponses, errorResponse, errorBody } from './errors.ts';
export { refusalAsHttp, workflowRefusal, type RefusalWording } from './workflow-refusal.ts';
export {
  DECISION_OUTCOME_SCHEMA,
  workflowDecisions,
  type Decide,
  type DecisionWorkflow,
} from './workflow-decisions.ts';
export { STILL_IN_PROGRESS, stillInProgressAt, TIMED_OUT, updateWithin, within } from './bounded-wait.ts';
export { withTemporalDeadline } from './temporal-deadline.ts';
export { idempotentId, requestHash } from './temporal-idempotency.ts';
export { insertOnce, keyedId, type KeyedInsert } from './keyed-insert.ts';
export { registerRateLimit, type RateLimitOptions } from './rate-limit.ts';
export { keyedDecisionRoute } from './request-key.ts';
export type { ReadinessCheck } from './health.ts';
export { commonEnv, loadConfig, type CommonConfig } from './config.ts';
export { envSchema, type EnvPart, type EnvOf } from './env/env-part.ts';
export { authEnv, authOptions } from './env/auth.ts';
export { databaseEnv } from './env/database.ts';
export { httpEnv, type HttpEnv } from './env/http.ts';
export { natsEnv, natsSecurity, type NatsEnv } from './env/nats.ts';
export { payloadKeysEnv } from './env/payload-keys.ts';
export { temporalEnv, temporalConnectionOptions, type TemporalEnv } from './env/temporal.ts';
export { telemetryEnv } from './env/telemetry.ts';
export type { AuthOptions } from './auth/verify-token.ts';
export type { Principal } from './auth/principal.ts';
export { requireRole } from './auth/require-role.ts';
export {
  teamMembershipRoute,
  teamRoute,
  type FindMemberships,
  type TeamMembershipTable,
  type TeamRouteSchema,
} from './auth/team-route.ts';
export { actorOf, systemActor } from './auth/actor.ts';
export { auditedRead } from './audited-read.ts';
export { refuseIfPurged, refuseWhenPurged, skippedAsPurged } from './retention-guard.ts';
export {
  startServiceRuntime,
  type ConsumerErrorLogger,
  type ServiceRuntime,
  type ServiceDb,
} from './service-runtime.ts';
export { startService, type ServiceChore, type ServiceConsumer, type ServiceParts } from './start-service.ts';
export { teamMembershipConsumer } from './team-consumer.ts';
export { startHealthServer, type HealthServerOptions } from './health-server.ts';
// For an app that is not an API (the portal): the same logs, probes, shutdown and value shapes.
export { loggerOptions, type LogLevel, type LogStream } from './logger.ts';
export { registerHealth } from './health.ts';
export { prepareShutdown } from './shutdown.ts';
export { millis } from './env/values.ts';
