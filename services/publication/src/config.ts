import { commonEnv } from '@yji/service-kit';
import { z } from 'zod';

export const publicationConfig = commonEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3006),
});
export type PublicationConfig = z.output<typeof publicationConfig>;
