// `yji dev-token`: prints a bearer token for a seeded user of the development identity provider, signed
// with its key, for calling the services `pnpm start` runs:
//   curl -H "authorization: Bearer $(pnpm -s yji dev-token --user lead-1 --role lead-inspector)" …
import { signDevToken } from '@yji/dev-idp';
import { z } from 'zod';
import { parseCommandOptions } from '../command-options.ts';

const USAGE = 'Usage: yji dev-token --user <id> --role <role> [--role <role> …]';

const OPTIONS = {
  user: { type: 'string' },
  role: { type: 'string', multiple: true },
} as const;

const optionsSchema = z.object({
  user: z.string({ error: 'is required' }).min(1, { error: 'is required' }),
  role: z.array(z.string(), { error: 'is required' }).min(1, { error: 'is required' }),
});

export async function runDevToken(args: string[], out: (s: string) => void): Promise<number> {
  const options = parseCommandOptions(args, OPTIONS, optionsSchema, USAGE);
  out(await signDevToken({ userId: options.user, roles: options.role }));
  return 0;
}
