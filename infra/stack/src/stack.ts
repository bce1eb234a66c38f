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

export async function ensureStack(options: { database: string; log: Log }): Promise<Stack> {
  const parts: StackPart[] = [];
  const stop = async () => {
    for (const part of parts.reverse()) await part.stop?.();
  };
  try {
    parts.push(await ensurePostgres(options.database, options.log));
    parts.push(await ensureNats(options.log));
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
