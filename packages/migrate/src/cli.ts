#!/usr/bin/env node
// pnpm migrate new <service> <name>   make a migration from a change to services/<service>/prisma/schema/
// pnpm migrate new all <name>         the same for every service (after a change to the shared models)
// pnpm migrate deploy [service …]     apply pending migrations (every service that owns data by default)
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { applyMigrations, createMigration } from './commands.ts';
import { findServiceTargets } from './targets.ts';

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
      const applied = await applyMigrations(target);
      console.log(`${target.schema}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`);
    }
  } else if (command === 'new' && rest.length === 2) {
    const [service, name] = rest as [string, string];
    for (const target of service === 'all' ? targets : pick([service])) {
      const folder = await createMigration(target, name);
      console.log(`${target.schema}: ${folder ? `wrote prisma/migrations/${folder}` : 'no schema change'}`);
    }
  } else {
    throw new Error('usage: migrate deploy [service …] | migrate new <service|all> <name>');
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
