// The recorded histories (test/histories/*.json, see README.md) replay against the current workflow code:
// a change that would make a running inspection or case take another path than its history records fails
// here, before it reaches a worker (where it would stall that workflow with a nondeterminism error).
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import './provided.ts';

const HISTORIES = new URL('./histories/', import.meta.url);

describe('recorded workflow histories', () => {
  it('replay against the current workflow code', async () => {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    const files = (await readdir(HISTORIES)).filter((name) => name.endsWith('.json')).sort();
    expect(files.length).toBeGreaterThanOrEqual(5);
    const histories = await Promise.all(
      files.map(async (name) => ({
        workflowId: name.replace(/\.json$/, ''),
        history: JSON.parse(await readFile(new URL(name, HISTORIES), 'utf8')) as unknown,
      })),
    );
    const code = await readFile(inject('workflowBundlePath'), 'utf8');
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: { code } }, histories)) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
  });
});
