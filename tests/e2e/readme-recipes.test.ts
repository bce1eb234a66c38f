// The documented recipes run as they are written, so they cannot drift from what the services do: the blocks
// of README.md and docs/curl-recipes.md marked `<!-- recipe: name -->` are run with bash (curl, jq, `pnpm yji`)
// against the services under test, and what each says it does is checked in the services' stores.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { DEV_ISSUER } from '@yji/dev-idp';
import { eventually, useSystem } from '../harness/index.ts';

const run = promisify(execFile);
const root = join(fileURLToPath(import.meta.url), '..', '..', '..');

/** The recipe blocks of a Markdown file, by name. */
function recipes(file: string): Map<string, string> {
  const text = readFileSync(join(root, file), 'utf8');
  const found = new Map<string, string>();
  for (const match of text.matchAll(/<!-- recipe: ([\w-]+) -->\s*```sh\n([\s\S]*?)```/g))
    found.set(match[1]!, match[2]!);
  return found;
}

/** Runs `blocks` in one bash, stopping at the first failing command (a jq that finds nothing among them). */
async function runRecipes(blocks: string[], env: Record<string, string> = {}, after = '') {
  const script = ['set -euo pipefail', ...blocks, after].join('\n');
  const { stdout } = await run('bash', ['-c', script], {
    cwd: root,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 240_000,
  });
  return stdout;
}

describe('the documented recipes', () => {
  // `yji dev-token` signs as the provider `pnpm start` runs (its issuer) with the key in YJI_DATA_DIR: the
  // services under test trust that issuer and the test provider's key, which is the same.
  const system = useSystem({ env: { AUTH_ISSUER: DEV_ISSUER } });

  it("README's command-line block runs and lists the frameworks", { timeout: 240_000 }, async () => {
    const cli = recipes('README.md').get('cli');
    expect(cli).toBeDefined();
    const stdout = await runRecipes([cli!]);
    expect(stdout).toContain('"d2-v6.5"');
    expect(stdout).toContain('"selected"');
  });

  it(
    "docs/curl-recipes.md's lead inspector and assessor journeys run and do what they say",
    { timeout: 300_000 },
    async () => {
      const blocks = recipes('docs/curl-recipes.md');
      expect([...blocks.keys()]).toEqual(['set-up', 'lead', 'assessor']);
      const stdout = await runRecipes(
        [...blocks.values()],
        {
          YJI_INSPECTION_URL: system.inspection.url,
          YJI_FIELDWORK_URL: system.fieldwork.url,
          YJI_DATA_DIR: inject('devIdp').dataDir,
        },
        'echo; echo "RECIPE $ID $OUT $MOVE $TASK"',
      );
      const [id, excluded, moved, taskId] = /^RECIPE (\S+) (\S+) (\S+) (\S+)$/m.exec(stdout)!.slice(1);

      // Every request was answered as the recipe says: the one refusal is the incomplete submission's 422.
      expect(stdout.match(/"error":/g)).toHaveLength(1);
      expect(stdout).toContain('"code":"assessment-invalid"');

      const team = await system.inspectionDb.teamMember.findMany({ where: { inspectionId: id } });
      expect(team.map((member) => member.userId).sort()).toEqual([
        'assessor-1',
        'inspector-1',
        'inspector-2',
        'lead-1',
      ]);
      const sample = await system.inspectionDb.sample.findUniqueOrThrow({ where: { inspectionId: id } });
      expect(sample.confirmedAt).not.toBeNull();
      expect(JSON.stringify(sample.result)).toContain(`"caseId":"${excluded}"`);
      await eventually('the reassigned case with inspector-2', async () => {
        const task = await system.fieldworkDb.caseTask.findFirst({
          where: { inspectionId: id, caseRef: moved },
        });
        return task?.assigneeId === 'inspector-2' ? true : undefined;
      });
      const task = await system.fieldworkDb.caseTask.findUniqueOrThrow({
        where: { id: taskId },
        include: { interview: true, exclusionFlag: true },
      });
      expect(task).toMatchObject({ assigneeId: 'inspector-1', version: 1, answers: { 'A1.1': 'yes' } });
      expect(task.interview).not.toBeNull();
      expect(task.exclusionFlag).not.toBeNull();
    },
  );
});
