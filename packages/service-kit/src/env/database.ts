// PostgreSQL: the URL (TLS through libpq's `sslmode` and `sslrootcert` parameters, read by @yji/db) and the
// size of this service's connection pool. Replicas × pool size must stay under the server's max_connections.
import { databaseTls } from '@yji/db';
import { z } from 'zod';
import { readableFile } from './files.ts';

export const databaseEnv = {
  fields: {
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
      .superRefine((url, ctx) => {
        let tls;
        try {
          tls = databaseTls(url);
        } catch (error) {
          return ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
        if (tls.rootCertFile && !readableFile.safeParse(tls.rootCertFile).success) {
          ctx.addIssue({ code: 'custom', message: 'sslrootcert must name a file this process can read' });
        }
      }),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  },
};
