export { applyMigrations, createMigration, type MigrationTarget } from './commands.ts';
export { findServiceTargets } from './targets.ts';
