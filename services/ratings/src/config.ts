import { commonEnv } from '@yji/service-kit';
import { z } from 'zod';

export const ratingsConfig = commonEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3005),
});
export type RatingsConfig = z.output<typeof ratingsConfig>;
