#!/usr/bin/env node
// pnpm migrate new <service> <name>   make a migration from a change to services/<service>/prisma/schema/
// pnpm migrate new shared <name>      make one from a change to the shared models (packages/db/prisma/*.prisma)
// pnpm migrate new all <name>         both: the shared tables, then every service
// pnpm migrate deploy [service …]     apply pending migrations, the shared tables' first, into each service's
//                                     schema (every service that owns data by default)
// pnpm migrate drift [service …]      what each service's schema lacks of its schema files (nothing: in step)
import { fileURLToPath } from 'node:url';
import { basename, join } from 'node:path';
import { OPTIONAL_SHARED_HISTORIES, SHARED_HISTORY } from '@yji/db';
import { applyMigrations, createMigration, createSharedMigration } from './commands.ts';
import { findServiceTargets } from './targets.ts';
import { schemaDrift } from './schema-drift.ts';

const repoRoot = join(fileURLToPath(import.meta.url), '..', '..', '..', '..');

async function main(argv: string[]): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  const targets = findServiceTargets(repoRoot, databaseUrl);
  const [command, ...rest] = argv;
  const pick = (names: string[]) => {
    const unknown = names.filter((name) => !targets.some((target) => target.schema === name));
    if (unknown.length) {
      throw new Error(
        `no service with a Prisma schema named ${unknown.join(', ')}; known: ${targets.map((t) => t.schema).join(', ')}`,
      );
    }
    return names.length ? targets.filter((target) => names.includes(target.schema)) : targets;
  };
  if (command === 'deploy') {
    for (const target of pick(rest)) {
      const { applied, baselined } = await applyMigrations(target);
      const done = [
        ...(baselined.length ? [`baselined ${baselined.join(', ')} (the squashed history was applied)`] : []),
        ...(applied.length ? [`applied ${applied.join(', ')}`] : []),
      ];
      console.log(`${target.schema}: ${done.length ? done.join('; ') : 'up to date'}`);
    }
  } else if (command === 'drift') {
    for (const target of pick(rest)) {
      const drift = await schemaDrift(target);
      console.log(
        `${target.schema}: ${drift ? `differs from its schema files:\n${drift}` : 'in step with its schema files'}`,
      );
    }
  } else if (command === 'new' && rest.length === 2) {
    const [service, name] = rest as [string, string];
    if (service === 'shared' || service === 'all') {
      for (const shared of [SHARED_HISTORY, ...OPTIONAL_SHARED_HISTORIES]) {
        const folder = await createSharedMigration(shared, databaseUrl, name);
        console.log(
          `${basename(shared.modelsFile)}: ${folder ? `wrote ${join(shared.migrationsDir, folder)}` : 'no schema change'}`,
        );
      }
    }
    if (service === 'shared') return;
    for (const target of service === 'all' ? targets : pick([service])) {
      const folder = await createMigration(target, name);
      console.log(`${target.schema}: ${folder ? `wrote prisma/migrations/${folder}` : 'no schema change'}`);
    }
  } else {
    throw new Error(
      'usage: migrate deploy [service …] | migrate drift [service …] | migrate new <service|shared|all> <name>',
    );
  }
}

// Exit explicitly: the WebAssembly engine keeps a pool timer alive for a while after its work is done.
main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
