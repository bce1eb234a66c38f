import { commonEnv } from '@yji/service-kit';
import { z } from 'zod';

export const publicationConfig = commonEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3006),
  /**
   * A decision its workflow has not carried out within this answers 202 with a Location (a worker down or a
   * busy machine must not hang the request); a decision is carried out in well under a second otherwise.
   */
  DECISION_WAIT_MS: z.coerce.number().int().min(1).default(10_000),
  /** The Chromium that prints the published report's PDF (playwright-core drives it). */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  /**
   * Where the public pages' accessibility statement tells a reader to report a problem or ask for a report in
   * another format (the accessibility regulations want a way to do both). Without it, the statement names
   * only the organisation.
   */
  ACCESSIBILITY_CONTACT_EMAIL: z.email().optional(),
});
export type PublicationConfig = z.output<typeof publicationConfig>;
