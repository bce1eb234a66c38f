import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runYji } from './main.ts';

const EXAMPLE = fileURLToPath(new URL('../examples/ratings-input.json', import.meta.url));

async function yji(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runYji(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('yji', () => {
  it('dispatches to a command', async () => {
    const { code, out, err } = await yji('ratings', '--input', EXAMPLE, '--json');
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(JSON.parse(out).standards).toHaveLength(12);
  });

  it('prints bad input on stderr with exit code 1', async () => {
    expect(await yji('ratings')).toEqual({
      code: 1,
      out: '',
      err: expect.stringMatching(/^yji ratings: --input: is required\nUsage: yji ratings/),
    });
  });

  it('refuses an unknown command or none, and shows help when asked', async () => {
    expect(await yji('rate')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^yji: unknown command "rate"\nUsage/),
    });
    expect(await yji('toString')).toMatchObject({ code: 1 });
    expect(await yji()).toMatchObject({ code: 1, err: expect.stringMatching(/^Usage: yji <command>/) });
    expect(await yji('--help')).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Usage: yji <command>/),
    });
  });
});
