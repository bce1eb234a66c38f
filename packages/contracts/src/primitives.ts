import { z } from 'zod';

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDate = z.iso.date();

/** Idempotency keys travel with every command so a retried command takes effect once. */
export const idempotencyKey = z.string().min(8).max(200);
