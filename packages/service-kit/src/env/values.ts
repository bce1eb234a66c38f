// Shapes of values that several variables share.
import { z } from 'zod';

/** A boolean given as `true` or `false`. */
export const flag = z
  .enum(['true', 'false'], { error: 'must be true or false' })
  .transform((v) => v === 'true');

/** A whole number of milliseconds. */
export const millis = z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(0);
