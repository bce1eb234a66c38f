// The CLI's command tests run a command the way main does, but keep what it prints, and feed it input files
// of their own, written to a scratch folder that no other test file shares.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll } from 'vitest';

type Command = (args: string[], out: (s: string) => void, warn: (s: string) => void) => Promise<number>;

/** Runs `command` with `args`: its exit code, its output as one text, and its warnings line by line. */
export async function runCollecting(command: Command, args: string[]) {
  const out: string[] = [];
  const warnings: string[] = [];
  const code = await command(
    args,
    (s) => out.push(s),
    (s) => warnings.push(s),
  );
  return { code, out: out.join('\n'), warnings };
}

/** A scratch folder made before the file's tests; `inputFile` writes `content` there (JSON unless text). */
export function useScratchFolder(prefix: string) {
  let folder: string | undefined;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), prefix));
  });
  const pathOf = (name: string) => {
    if (folder === undefined) throw new Error('the scratch folder is made before the tests run');
    return join(folder, name);
  };
  return {
    pathOf,
    async inputFile(name: string, content: unknown): Promise<string> {
      const path = pathOf(name);
      await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    },
  };
}
