// Brings up the three components, healthy, and knows how to stop exactly what it started.
import { ensureNats } from './nats.ts';
import { ensurePostgres } from './postgres.ts';
import { ensureTemporal } from './temporal.ts';
import type { Log, StackPart } from './part.ts';

export interface Stack {
  databaseUrl: string;
  natsUrl: string;
  temporalAddress: string;
  parts: StackPart[];
  stop(): Promise<void>;
}

export interface StackOptions {
  database: string;
  log: Log;
  /** A NATS server of this stack's own rather than the shared one (see nats.ts). */
  privateNats?: boolean;
}

export async function ensureStack(options: StackOptions): Promise<Stack> {
  const parts: StackPart[] = [];
  const stop = async () => {
    for (const part of parts.reverse()) await part.stop?.();
  };
  try {
    parts.push(await ensurePostgres(options.database, options.log));
    parts.push(await ensureNats(options.log, { private: options.privateNats }));
    parts.push(await ensureTemporal(options.log));
  } catch (error) {
    await stop();
    throw error;
  }
  const [postgres, nats, temporal] = parts as [StackPart, StackPart, StackPart];
  return {
    databaseUrl: postgres.address,
    natsUrl: nats.address,
    temporalAddress: temporal.address,
    parts,
    stop,
  };
}

export function describeStack(stack: Stack): string {
  return stack.parts
    .map((part) => `  ${part.name.padEnd(9)} ${redact(part.address).padEnd(48)} ${part.origin}`)
    .join('\n');
}

/** Never print a password. */
function redact(address: string): string {
  return address.replace(/\/\/([^:/@]+):[^@]+@/, '//$1:***@');
}
