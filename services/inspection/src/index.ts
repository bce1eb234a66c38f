export { startInspectionService } from './service.ts';
export { DEFAULT_DECISION_WAIT_MS, inspectionConfig, type InspectionConfig } from './config.ts';
export { createDb, type InspectionDb } from './db.ts';
