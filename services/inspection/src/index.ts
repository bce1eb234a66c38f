export { startInspectionService } from './service.ts';
export { inspectionConfig, type InspectionConfig } from './config.ts';
export { createDb, type InspectionDb } from './db.ts';
