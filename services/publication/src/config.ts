import { commonEnv } from '@yji/service-kit';
import { z } from 'zod';

export const publicationConfig = commonEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3006),
  /** The Chromium that prints the published report's PDF (playwright-core drives it). */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
});
export type PublicationConfig = z.output<typeof publicationConfig>;
