// The baseline every HTTP figure stands beside, started in the same run: a bare Fastify answering from one
// `SELECT 1` through a pg pool, no authentication, no validation, no audit.
import Fastify from 'fastify';
import pg from 'pg';

export async function startBareBaseline(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const app = Fastify({ logger: false });
  app.get('/bare/pg', async () => (await pool.query('SELECT 1 AS one')).rows[0]);
  app.get('/bare', async () => ({ one: 1 }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await app.close();
      await pool.end();
    },
  };
}
