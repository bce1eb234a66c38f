// `yji demo --cases <n> --seed <s> [--through fieldwork|ready-for-panel|ratings-approved|published] [--json]`: plays a whole inspection
// against a running system (INSPECTION_API_URL, FIELDWORK_API_URL, RATINGS_API_URL and PUBLICATION_API_URL, as the web app reads them; the local
// stack by default) with the development identity provider's users, printing progress as it goes and, with
// --json, one object at the end.
import { signDevToken } from '@yji/dev-idp';
import { z } from 'zod';
import { parseCommandOptions } from '../command-options.ts';
import { DEMO_PHASES, playInspection } from '../demo/play-inspection.ts';

const USAGE =
  'Usage: yji demo --cases <n> --seed <s> [--through fieldwork|ready-for-panel|ratings-approved|published] [--json]';

const OPTIONS = {
  cases: { type: 'string' },
  seed: { type: 'string' },
  through: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const optionsSchema = z.object({
  cases: z.coerce.number({ error: 'is required' }).int().min(1).max(200),
  seed: z.string({ error: 'is required' }).min(1).max(200),
  through: z.enum(DEMO_PHASES).default('published'),
  json: z.boolean().default(false),
});

const addressesSchema = z.object({
  INSPECTION_API_URL: z.url().default('http://127.0.0.1:3001'),
  FIELDWORK_API_URL: z.url().default('http://127.0.0.1:3002'),
  RATINGS_API_URL: z.url().default('http://127.0.0.1:3005'),
  PUBLICATION_API_URL: z.url().default('http://127.0.0.1:3006'),
});

export async function runDemo(
  args: string[],
  out: (s: string) => void,
  warn: (s: string) => void = () => undefined,
): Promise<number> {
  const options = parseCommandOptions(args, OPTIONS, optionsSchema, USAGE);
  const env = addressesSchema.parse(process.env);
  const result = await playInspection(
    {
      inspection: env.INSPECTION_API_URL,
      fieldwork: env.FIELDWORK_API_URL,
      ratings: env.RATINGS_API_URL,
      publication: env.PUBLICATION_API_URL,
    },
    (userId, roles) => signDevToken({ userId, roles: roles as Parameters<typeof signDevToken>[0]['roles'] }),
    options,
    // Progress goes to stderr with --json, so stdout is the one object.
    options.json ? warn : out,
  );
  out(options.json ? JSON.stringify(result) : `done: ${result.phase}`);
  return 0;
}
