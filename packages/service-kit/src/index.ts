export { createApp, closeOnSignals, type App, type AppOptions } from './create-app.ts';
export { HttpError, notFound } from './errors.ts';
export type { ReadinessCheck } from './health.ts';
export { commonEnv, loadConfig } from './config.ts';
