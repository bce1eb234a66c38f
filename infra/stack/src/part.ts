/** One component of the stack, and whether this process owns its lifetime. */
export interface StackPart {
  name: 'postgres' | 'nats' | 'temporal';
  /** The address clients use. */
  address: string;
  /** How it was found: from the environment, already running, or started here. */
  origin: string;
  /** Present only when this process started it: stop exactly what we started. */
  stop?: () => Promise<void>;
}

export type Log = (line: string) => void;
