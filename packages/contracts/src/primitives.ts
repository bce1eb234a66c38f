import { z } from 'zod';

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDate = z.iso.date();

/** A framework version's id as the domain names it ('d2-v6.5', 'fji-sqs-2016'), or 'none'. */
export const FrameworkId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{0,39}$/, 'a framework id such as d2-v6.5 (at most 40 characters)');

/** Idempotency keys travel with every command so a retried command takes effect once. */
export const idempotencyKey = z.string().min(8).max(200);

/**
 * An id (a UUID) in its one canonical form, lower case: PostgreSQL reads an upper-case copy as the same
 * id and Temporal as another, so every id is made lower case where it enters.
 */
export const Id = z.uuid().toLowerCase();
