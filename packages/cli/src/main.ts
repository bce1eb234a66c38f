#!/usr/bin/env node
// `yji`: the command line. Dispatches to one module per command; any error a command throws is bad input,
// printed on stderr with exit code 1.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runAssessment } from './commands/assessment.ts';
import { runDemo } from './commands/demo.ts';
import { runDevToken } from './commands/dev-token.ts';
import { runFrameworks } from './commands/frameworks.ts';
import { runRatings } from './commands/ratings.ts';
import { runSample } from './commands/sample.ts';

type Command = (args: string[], out: (s: string) => void, warn?: (s: string) => void) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  frameworks: runFrameworks,
  assessment: runAssessment,
  sample: runSample,
  ratings: runRatings,
  'dev-token': runDevToken,
  demo: runDemo,
};

const USAGE = [
  'Usage: yji <command> [options]',
  '  frameworks list|show <id> [--json]   framework versions, their questions, every rule and the guidance',
  '  frameworks import-guidance --framework <id> --file <markdown or json> [--data-dir <dir>]',
  '  assessment check --framework <id> --input <json> [--json]   the questions that apply to a case and what is wrong',
  '  sample --long-list <csv> --size <n> --seed <s> --inspection-date <YYYY-MM-DD> [--court-share 0.6] [--json]',
  '  ratings --input <json> [--out-of-court d3-v3.6|d3-legacy] [--oocd-rule lowest-key-question|desistance-first] [--json]',
  '  dev-token --user <id> --role <role>   a token from the development identity provider',
  '  demo --cases <n> --seed <s> [--through fieldwork|ready-for-panel|ratings-approved] [--json]   play a whole inspection against a running system',
].join('\n');

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const processIo: Io = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
};

export async function runYji(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return 0;
  }
  const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(name === undefined ? USAGE : `yji: unknown command "${name}"\n${USAGE}`);
    return 1;
  }
  try {
    return await command(args, io.out, io.err);
  } catch (error) {
    io.err(`yji ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  return script !== undefined && realpathSync(script) === fileURLToPath(import.meta.url);
}

if (isEntryPoint()) process.exitCode = await runYji(process.argv.slice(2));
