/**
 * One search ranks and counts a bounded number of candidates (SEARCH_CANDIDATES), so a broad word costs the same in a
 * country twice the size. Here the bound is made small (`candidates`) instead of inserting thousands of services.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_CANDIDATES, searchServices, type SearchFilter } from '../worker/db/catalogue-search.ts';
import type { Database } from '../worker/env.ts';
import { createProvider, createService } from './catalogue.fixtures.ts';
import { api, createRegion, createTerritory, db } from './helpers.ts';

const search = (filter: Omit<SearchFilter, 'limit' | 'offset'> & { limit?: number; offset?: number }) =>
  searchServices(db as unknown as Database, { limit: 20, offset: 0, candidates: 5, territory: 'vimperk', ...filter });
const names = (hits: { row: { name: string } }[]) => hits.map((h) => h.row.name);

const NAMED = ['Klub seniorů Vimperk', 'Senior taxi Vimperk'];
beforeAll(async () => {
  const region = await createRegion();
  const { id: vimperk } = await createTerritory(region.id, { slug: 'vimperk', name: 'Vimperk' });
  const provider = await createProvider({ name: 'Město Vimperk' });
  // Six that only mention seniors come first in the catalogue (lower rowids), then the two named by the word.
  for (let i = 1; i <= 6; i++) {
    await createService({
      providerId: provider.id, territoryId: vimperk, kindCode: i <= 3 ? 'odborne-socialni-poradenstvi' : 'rel-other',
      name: `Poradna ${String.fromCharCode(64 + i)}`, description: 'Pomáháme také seniorům a jejich blízkým.',
    });
  }
  for (const name of NAMED) await createService({ providerId: provider.id, territoryId: vimperk, kindCode: 'rel-other', name });
});

describe('a search bounded by its candidates', () => {
  it('with more matches than the bound: says the total is a lower bound and still puts the services named by the word first', async () => {
    const { total, totalIsLowerBound, hits } = await search({ q: 'senior' });
    expect(totalIsLowerBound).toBe(true);
    expect(total).toBe(5);
    expect(hits).toHaveLength(5);
    expect(names(hits).slice(0, 2).sort()).toEqual(NAMED);
  });

  it('a page past the bound is empty and still says "at least"', async () => {
    const { total, totalIsLowerBound, hits } = await search({ q: 'senior', offset: 5 });
    expect(hits).toEqual([]);
    expect({ total, totalIsLowerBound }).toEqual({ total: 5, totalIsLowerBound: true });
  });

  it('below the bound: the exact total, no flag, ranked as without one', async () => {
    const bounded = await search({ q: 'senior', candidates: 8 });
    const unbounded = await search({ q: 'senior', candidates: 1000 });
    expect({ total: bounded.total, totalIsLowerBound: bounded.totalIsLowerBound }).toEqual({ total: 8, totalIsLowerBound: false });
    expect(names(bounded.hits)).toEqual(names(unbounded.hits));
    expect(names(bounded.hits).slice(0, 2).sort()).toEqual(NAMED);
  });

  it('applies the filters before the bound, so a narrowed search is exact', async () => {
    const { total, totalIsLowerBound, hits } = await search({ q: 'senior', kind: 'odborne-socialni-poradenstvi' });
    expect({ total, totalIsLowerBound }).toEqual({ total: 3, totalIsLowerBound: false });
    expect(names(hits).sort()).toEqual(['Poradna A', 'Poradna B', 'Poradna C']);
  });

  it('without words: the first services by name, the total a lower bound', async () => {
    const { total, totalIsLowerBound, hits } = await search({});
    expect({ total, totalIsLowerBound }).toEqual({ total: 5, totalIsLowerBound: true });
    expect(names(hits)).toEqual(['Klub seniorů Vimperk', 'Poradna A', 'Poradna B', 'Poradna C', 'Poradna D']);
    expect(names((await search({ offset: 3, limit: 5 })).hits)).toEqual(['Poradna C', 'Poradna D']);
  });

  it('through the API: the flag is false when every match is counted', async () => {
    expect(SEARCH_CANDIDATES).toBeGreaterThanOrEqual(1000);
    const res = await api('/api/catalogue/search?q=senior&territory=vimperk');
    expect(res.status).toBe(200);
    const body = await res.json<{ total: number; totalIsLowerBound: boolean; results: unknown[] }>();
    expect({ total: body.total, totalIsLowerBound: body.totalIsLowerBound, results: body.results.length }).toEqual({ total: 8, totalIsLowerBound: false, results: 8 });
  });
});
