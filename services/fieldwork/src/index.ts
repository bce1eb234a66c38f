export { startFieldworkService } from './service.ts';
export { fieldworkConfig, type FieldworkConfig } from './config.ts';
export { createDb, type FieldworkDb } from './db.ts';
