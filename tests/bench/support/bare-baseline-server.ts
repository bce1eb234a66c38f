// The baseline server, run as a process of its own (`node bare-baseline-server.ts`, DATABASE_URL set) as
// each of yji's services is: a bare Fastify answering from one `SELECT 1` through a pg pool, no
// authentication, no validation, no audit. It writes its port on stdout once it listens. Its PostgreSQL
// connections name themselves BASELINE_APPLICATION, so the bench tells their backends from yji's.
import { BASELINE_APPLICATION } from './bare-baseline.ts';
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  application_name: BASELINE_APPLICATION,
});
const app = Fastify({ logger: false });
app.get('/bare/pg', async () => (await pool.query('SELECT 1 AS one')).rows[0]);
app.get('/bare', async () => ({ one: 1 }));
await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${(app.server.address() as { port: number }).port}\n`);
process.once('SIGTERM', async () => {
  await app.close();
  await pool.end();
  process.exit(0);
});
