// Whether a service's PostgreSQL schema is what its Prisma schema files describe: the engine compares the
// tables it finds with the models. Triggers and functions are Prisma's blind spot; tests check those.
import { openSchemaEngine, NO_FILTERS } from './wasm-engine.ts';
import { schemaFiles, type MigrationTarget } from './commands.ts';

/** The SQL that would take the schema to its files; empty when there is nothing to do. */
export async function schemaDrift(target: MigrationTarget): Promise<string> {
  const datamodels = await schemaFiles(target);
  const files = datamodels.map(([path, content]) => ({ path, content }));
  const { engine, close } = await openSchemaEngine({ ...target, datamodels });
  try {
    const { stdout } = await engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: target.prismaDir },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    const sql = stdout ?? '';
    return sql.includes('-- This is an empty migration.') ? '' : sql.trim();
  } finally {
    await close();
  }
}
