// The baseline of the gateway benchmark: the same account query as
// GET /api/v1/me, answered by a bare Fastify handler straight from PostgreSQL
// (no JWT, no NATS hop, no validation). Run as its own process, like the gateway.
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });
const ACCOUNT_BY_ID = `SELECT id, email, display_name, role, locale, time_zone, status, created_at, last_active_at
  FROM profiles.accounts WHERE id = $1`;

app.get('/me/:id', async (request, reply) => {
  const { rows } = await pool.query(ACCOUNT_BY_ID, [request.params.id]);
  if (rows.length === 0) return reply.status(404).send({ error: 'not found' });
  const [row] = rows;
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    locale: row.locale,
    timeZone: row.time_zone,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    lastActiveAt: row.last_active_at?.toISOString() ?? null,
  };
});

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.send?.('listening');
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(
    signal,
    () =>
      void app
        .close()
        .then(() => pool.end())
        .then(() => process.exit(0)),
  );
}
