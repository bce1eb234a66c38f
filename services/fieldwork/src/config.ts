import { commonEnv } from '@yji/service-kit';
import { z } from 'zod';

export const fieldworkConfig = commonEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3002),
});
export type FieldworkConfig = z.output<typeof fieldworkConfig>;
