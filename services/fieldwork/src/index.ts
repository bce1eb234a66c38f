export { startFieldworkService } from './service.ts';
export { fieldworkConfig, type FieldworkConfig } from './config.ts';
export { createDb, type FieldworkDb } from './db.ts';
export { teamConsumerName } from './team/team-consumer-name.ts';
export { qaSettingsConsumerName } from './qa/qa-settings-consumer.ts';
export { WORKFLOW_ACTOR } from './audit/audit-task.ts';
