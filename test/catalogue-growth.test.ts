/**
 * What makes a phone's catalogue delta and a district's search cost the same in a country twice the size: every
 * query they send reads its rows by index, never a whole table of services, providers or search rows. The timings
 * themselves are bench/api.bench.ts's (growth 2N/N); here the query plans, which say why, on every run.
 */
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { beforeAll, describe, expect, it } from 'vitest';
import * as tables from '../schema/tables.ts';
import { searchServices, type SearchFilter } from '../worker/db/catalogue-search.ts';
import { buildSnapshot, catalogueVersion } from '../worker/db/catalogue-snapshot.ts';
import { catalogueTerritoryIds } from '../worker/db/catalogue-scope.ts';
import type { Database } from '../worker/env.ts';
import { createMunicipality, createProvider, createService } from './catalogue.fixtures.ts';
import { createRegion, createTerritory, db } from './helpers.ts';

type Query = { sql: string; params: unknown[] };

/** The app's queries through a D1 that writes each statement down before it runs. */
function recordingDatabase(): { db: Database; queries: Query[] } {
  const queries: Query[] = [];
  const recording = new Proxy(env.DB, {
    get(target, key) {
      if (key === 'prepare') {
        return (sql: string) => {
          const statement = target.prepare(sql);
          return new Proxy(statement, {
            get(inner, name) {
              if (name === 'bind') return (...params: unknown[]) => (queries.push({ sql, params }), inner.bind(...params));
              const value = Reflect.get(inner, name);
              return typeof value === 'function' ? value.bind(inner) : value;
            },
          });
        };
      }
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: drizzle(recording, { schema: tables }) as unknown as Database, queries };
}

/** The tables a query reads from end to end: "SCAN services" in its plan, as opposed to "SEARCH … USING INDEX". */
async function fullScans(queries: Query[]): Promise<string[]> {
  const scans: string[] = [];
  for (const { sql, params } of queries) {
    const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>();
    for (const { detail } of results) {
      if (/^SCAN (services|providers|services_search_rows|s|p)\b/.test(detail)) scans.push(`${detail}  ←  ${sql.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  return scans;
}

let territory = { id: '', slug: '', name: '' };
let since = 0;
let closingProvider = '';
beforeAll(async () => {
  const region = await createRegion();
  const district = await createTerritory(region.id, { slug: 'trhove-sviny', name: 'Trhové Sviny' });
  const elsewhere = await createTerritory(region.id, { slug: 'kaplice', name: 'Kaplice' });
  territory = { id: district.id, slug: district.slug, name: district.name };
  const town = await createMunicipality(region.id, '545031', 'Trhové Sviny', [district.id]);
  const charita = await createProvider({ name: 'Charita Trhové Sviny' });
  const spolek = await createProvider({ name: 'Spolek Kaplice' });
  const home = await createService({ providerId: charita.id, territoryId: district.id, kindCode: 'pecovatelska-sluzba', name: 'Pečovatelská služba Trhové Sviny', clientGroups: ['seniori'], municipalityIds: [town.id] });
  await createService({ providerId: spolek.id, territoryId: elsewhere.id, kindCode: 'domovy-pro-seniory', name: 'Domov pro seniory Kaplice', clientGroups: ['seniori'] });
  const closing = await createProvider({ name: 'Spolek Borovany' });
  closingProvider = closing.id;
  await createService({ providerId: closing.id, territoryId: district.id, kindCode: 'rel-other', name: 'Klub Borovany' });
  since = await catalogueVersion(db as unknown as Database, [district.id]);
  await db.update(tables.services).set({ phone: '+420 386 123 456' }).where(eq(tables.services.id, home.id));
  // a provider removed while its service's row stays as it was: only the provider's seq says so
  await db.update(tables.providers).set({ deletedAt: Date.now() }).where(eq(tables.providers.id, closing.id));
});

describe('catalogue growth', () => {
  it('builds a delta, its removed providers included, from the changed rows only: no query reads every provider or service', async () => {
    const { db: recorded, queries } = recordingDatabase();
    const ids = await catalogueTerritoryIds(recorded, territory.id);
    const version = await catalogueVersion(recorded, ids);
    const delta = await buildSnapshot(recorded, territory, ids, version, since);
    expect(delta.services.map((s) => s.name)).toEqual(['Pečovatelská služba Trhové Sviny']);
    expect('deleted' in delta && delta.deleted).toEqual({ services: [], providers: [closingProvider] });
    expect(await fullScans(queries)).toEqual([]);
  });

  it.each<[string, Omit<SearchFilter, 'limit' | 'offset'>, string[]]>([
    ['a territory and a target group', { territory: 'trhove-sviny', targetGroup: 'seniors' }, ['Pečovatelská služba Trhové Sviny']],
    ['a municipality by its code', { municipality: '545031' }, ['Pečovatelská služba Trhové Sviny']],
  ])('searches %s from that place’s rows, not the whole country’s', async (_what, filter, names) => {
    const { db: recorded, queries } = recordingDatabase();
    const { hits } = await searchServices(recorded, { ...filter, limit: 20, offset: 0 });
    expect(hits.map((h) => h.row.name)).toEqual(names);
    expect(await fullScans(queries)).toEqual([]);
  });
});
