// Loads Prisma's WebAssembly schema engine, the one way to migrate where the native engine cannot be
// downloaded. The package is generated for bundlers (it `import`s its .wasm), so we instantiate it by hand.
// It is an internal Prisma API: the version is pinned exactly in package.json and used only through this module.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import { poolConfigFor } from '@yji/db';

export type { SchemaEngine };

// Node has WebAssembly; @types/node 20 does not declare it.
interface WasmApi {
  instantiate(
    bytes: Uint8Array,
    imports: object,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
}

let instantiated: Promise<void> | undefined;

function instantiateOnce(): Promise<void> {
  instantiated ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    const { instance } = await (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly.instantiate(
      await readFile(wasmPath),
      { './schema_engine_bg.js': engineBindings },
    );
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return instantiated;
}

export interface EngineTarget {
  databaseUrl: string;
  /** PostgreSQL schema the service owns. */
  schema: string;
  /** The Prisma schema's files: each path with its content. */
  datamodels: [string, string][];
}

export interface OpenEngine {
  engine: SchemaEngine;
  /** Frees the engine and ends its connections, releasing the migration advisory lock they hold. */
  close(): Promise<void>;
}

export async function openSchemaEngine(
  target: EngineTarget,
  log: (line: string) => void = () => {},
): Promise<OpenEngine> {
  await instantiateOnce();
  const connected: PgAdapter[] = [];
  const factory = wholeScripts(
    new PrismaPg(poolConfigFor(target.databaseUrl, target.schema), { schema: target.schema }),
    (adapter) => connected.push(adapter),
  );
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: target.datamodels },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(connected.map((adapter) => adapter.dispose()));
    },
  };
}

type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;

/**
 * The pg adapter runs a script by splitting it on every `;`, which breaks a function body and runs the
 * statements outside any transaction. The native engine sends a migration whole; so do we: one
 * multi-statement query, which PostgreSQL runs as one implicit transaction.
 */
function wholeScripts(factory: PrismaPg, onConnect: (adapter: PgAdapter) => void): PrismaPg {
  const patch = (adapter: PgAdapter): PgAdapter => {
    onConnect(adapter);
    adapter.executeScript = async (script: string) => {
      await (adapter.underlyingDriver() as { query(sql: string): Promise<unknown> }).query(script);
    };
    readCharColumns(adapter);
    return adapter;
  };
  return Object.assign(Object.create(Object.getPrototypeOf(factory)) as PrismaPg, factory, {
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  });
}

/** PostgreSQL's one-byte internal type, which the catalogs use (pg_constraint.contype and the like). */
const CHAR_OID = 18;
const TEXT_OID = 25;

interface PgQueries {
  performIO(query: unknown): Promise<{ fields: { dataTypeID: number }[] }>;
  queryRaw(query: unknown): Promise<{ columnTypes: number[] }>;
}

/**
 * The engine reads the catalogs to describe a schema (a diff from the database), and the pg adapter refuses
 * their "char" columns as an unsupported type. pg hands their values over as one-letter strings: they pass
 * the adapter as text and reach the engine typed as the character it expects. Which columns were "char" is
 * kept between the two calls: the engine awaits each query before it sends the next on a connection.
 */
function readCharColumns(adapter: PgAdapter): void {
  const queries = adapter as unknown as PgQueries;
  const performIO = queries.performIO.bind(adapter);
  const queryRaw = queries.queryRaw.bind(adapter);
  let charColumns: number[] = [];
  queries.performIO = async (query) => {
    const result = await performIO(query);
    charColumns = result.fields.flatMap((field, index) => (field.dataTypeID === CHAR_OID ? [index] : []));
    for (const index of charColumns) result.fields[index]!.dataTypeID = TEXT_OID;
    return result;
  };
  queries.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
