import { createRouter } from '../app.ts';

export const healthRoutes = createRouter().get('/', async (c) => {
  // d1_migrations is wrangler's own ledger: the last applied migration is the schema version.
  const row = await c.env.DB.prepare('SELECT name FROM d1_migrations ORDER BY id DESC LIMIT 1').first<{ name: string }>();
  return c.json({ status: 'ok' as const, database: 'reachable' as const, schemaVersion: row?.name ?? null }, 200);
});
