import { env, exports } from 'cloudflare:workers';
import { drizzle } from 'drizzle-orm/d1';
import { uuidv7 } from 'uuidv7';
import * as tables from '../schema/tables.ts';

export const db = drizzle(env.DB, { schema: tables });

/** Calls the Worker exactly as a browser on the app's own origin would. */
export function api(path: string, init: RequestInit & { json?: unknown } = {}) {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set('content-type', 'application/json');
  return exports.default.fetch(
    new Request(`https://kpss.test${path}`, { ...rest, headers, body: json === undefined ? rest.body : JSON.stringify(json) }),
  );
}

export type ErrorJson = { error: { code: string; message: string; issues?: { field: string; message: string }[] } };

/** Each test file has its own database: tests create the rows they need with these. */
export async function createRegion(name = 'Jihočeský kraj') {
  const region = { id: uuidv7(), code: `CZ${Math.floor(Math.random() * 1e6)}`, name };
  await db.insert(tables.regions).values(region);
  return region;
}

export async function createTerritory(regionId: string, values: Partial<typeof tables.territories.$inferInsert> = {}) {
  const slug = values.slug ?? `uzemi-${Math.random().toString(36).slice(2, 10)}`;
  const territory = { id: uuidv7(), regionId, kind: 'orp' as const, name: slug, slug, ...values };
  await db.insert(tables.territories).values(territory);
  return territory;
}

/** Loads the demo seed into this test file's database, for tests about the demo data itself. */
export async function loadDemoSeed() {
  await env.DB.batch(env.TEST_DEMO_SEED.map((statement) => env.DB.prepare(statement)));
}
