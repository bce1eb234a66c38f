export {
  applyMigrations,
  createMigration,
  createSharedMigration,
  type Deployed,
  type MigrationTarget,
} from './commands.ts';
export { findServiceTargets } from './targets.ts';
export { schemaDrift } from './schema-drift.ts';
