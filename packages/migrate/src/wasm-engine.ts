// Loads Prisma's WebAssembly schema engine, the one way to migrate where the native engine cannot be
// downloaded. The package is generated for bundlers (it `import`s its .wasm), so we instantiate it by hand.
// It is an internal Prisma API: the version is pinned exactly in package.json and used only through this module.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { parse as parseConnectionString } from 'pg-connection-string';

export type { SchemaEngine };

let instantiated: Promise<void> | undefined;

function instantiateOnce(): Promise<void> {
  instantiated ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': engineBindings as unknown as WebAssembly.ModuleImports,
    });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return instantiated;
}

/**
 * The pg pool settings for one service's schema. The URL is split into fields because pg lets a
 * connectionString override `database`, which would point the engine's shadow database at the real one;
 * search_path puts unqualified tables (and `_prisma_migrations`) in the service's schema, as
 * `prisma migrate deploy` does with `?schema=`.
 */
export function poolConfigFor(databaseUrl: string, schema: string) {
  const { host, port, user, password, database } = parseConnectionString(databaseUrl);
  return {
    host: host ?? '127.0.0.1',
    port: port ? Number(port) : 5432,
    user: user ?? undefined,
    password: password ?? undefined,
    database: database ?? undefined,
    options: `-c search_path="${schema}"`,
  };
}

export interface EngineTarget {
  databaseUrl: string;
  /** PostgreSQL schema the service owns. */
  schema: string;
  schemaPath: string;
  schemaContent: string;
}

export async function openSchemaEngine(
  target: EngineTarget,
  log: (line: string) => void = () => {},
): Promise<SchemaEngine> {
  await instantiateOnce();
  const factory = new PrismaPg(poolConfigFor(target.databaseUrl, target.schema), { schema: target.schema });
  return engineBindings.SchemaEngine.new(
    { datamodels: [[target.schemaPath, target.schemaContent]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
