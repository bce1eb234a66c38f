// How long a retention purge may take, shared by the services that run one, the worker that sends it and the
// workflow that waits for it. Its own module, free of zod, so workflow code can import it.

/**
 * How long one service's purge may run: its transaction's timeout. Every long list an inspection loaded goes
 * (up to 16 MiB each, some 100,000 cases): deleting 300,000 took 0.6 s on the development machine, so a dozen
 * large lists on a busy database pass Prisma's default 5 s. A purge that timed out would time out again at
 * every retry, and the purges after it would never run.
 */
export const PURGE_WITHIN_MS = 5 * 60 * 1000;

/**
 * How long the sender waits for a purge's reply: its transaction and a margin. Were it to give up sooner, it
 * would send the purge again, and the copy would wait on the first's lock, holding a connection, until it ended.
 */
export const PURGE_REPLY_WITHIN_MS = PURGE_WITHIN_MS + 30_000;
