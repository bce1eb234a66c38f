export { createApp, closeOnSignals, type App, type AppOptions } from './create-app.ts';
export { HttpError, errorResponses, errorResponse, errorBody } from './errors.ts';
export type { ReadinessCheck } from './health.ts';
export { commonEnv, loadConfig, authOptions } from './config.ts';
export type { AuthOptions } from './auth/verify-token.ts';
export type { Principal } from './auth/principal.ts';
export { requireRole } from './auth/require-role.ts';
export { actorOf } from './auth/actor.ts';
export { startServiceRuntime, type ServiceRuntime, type ServiceDb } from './service-runtime.ts';
