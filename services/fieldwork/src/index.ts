export { startFieldworkService } from './service.ts';
export { fieldworkConfig, type FieldworkConfig } from './config.ts';
export { createDb, type FieldworkDb } from './db.ts';
export { qaSettingsConsumerName, teamConsumerName } from './team/team-consumer-name.ts';
export { WORKFLOW_ACTOR } from './audit/audit-task.ts';
