export { startPortal, type Portal } from './service.ts';
export { portalConfig, type PortalConfig } from './config.ts';
export { createDb, type PortalDb } from './db.ts';
export { SESSION_COOKIE } from './web/create-web-app.ts';
