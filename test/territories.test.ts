import { beforeAll, describe, expect, it } from 'vitest';
import { api, createRegion, createTerritory, type ErrorJson } from './helpers.ts';

type TerritoryJson = { id: string; slug: string; name: string; kind: string; parentId: string | null; regionName: string };

describe('GET /api/territories', () => {
  let taborId = '';
  beforeAll(async () => {
    const region = await createRegion();
    const tabor = await createTerritory(region.id, { slug: 'tabor', name: 'Tábor', planningSince: 2007 });
    taborId = tabor.id;
    await createTerritory(region.id, { slug: 'trebon', name: 'Třeboň' });
    await createTerritory(region.id, { slug: 'bechynsko', name: 'Bechyňsko', kind: 'subarea', parentId: tabor.id });
    await createTerritory(region.id, { slug: 'zruseno', name: 'Zrušené území', deletedAt: Date.now() });
  });

  it('lists the territories by name with their region, leaving out deleted ones', async () => {
    const res = await api('/api/territories');
    expect(res.status).toBe(200);
    const { territories } = await res.json<{ territories: TerritoryJson[] }>();
    expect(territories.map((t) => t.name)).toEqual(['Bechyňsko', 'Tábor', 'Třeboň']);
    expect(territories[0]?.regionName).toBe('Jihočeský kraj');
  });

  it('lists only the top-level territories when asked', async () => {
    const res = await api('/api/territories?topLevel=true');
    const { territories } = await res.json<{ territories: TerritoryJson[] }>();
    expect(territories.map((t) => t.slug)).toEqual(['tabor', 'trebon']);
  });

  it('filters by kind', async () => {
    const res = await api('/api/territories?kind=subarea');
    const { territories } = await res.json<{ territories: TerritoryJson[] }>();
    expect(territories.map((t) => t.slug)).toEqual(['bechynsko']);
    expect(territories[0]?.parentId).toBe(taborId);
  });

  it('rejects an unknown kind with 400 naming the field', async () => {
    const res = await api('/api/territories?kind=county');
    expect(res.status).toBe(400);
    const body = await res.json<ErrorJson>();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.issues?.map((i) => i.field)).toEqual(['query.kind']);
  });

  it('rejects a topLevel that is not a boolean with 400 naming the field', async () => {
    const res = await api('/api/territories?topLevel=maybe');
    expect(res.status).toBe(400);
    const body = await res.json<ErrorJson>();
    expect(body.error.issues?.[0]?.field).toBe('query.topLevel');
  });
});

describe('GET /api/territories/:territory', () => {
  beforeAll(async () => {
    const region = await createRegion();
    await createTerritory(region.id, { slug: 'jindrichuv-hradec', name: 'Jindřichův Hradec' });
  });

  it('finds a territory by its slug', async () => {
    const res = await api('/api/territories/jindrichuv-hradec');
    expect(res.status).toBe(200);
    const { territory } = await res.json<{ territory: TerritoryJson }>();
    expect(territory.name).toBe('Jindřichův Hradec');
  });

  it('finds the same territory by its id', async () => {
    const bySlug = await (await api('/api/territories/jindrichuv-hradec')).json<{ territory: TerritoryJson }>();
    const res = await api(`/api/territories/${bySlug.territory.id}`);
    expect((await res.json<{ territory: TerritoryJson }>()).territory.slug).toBe('jindrichuv-hradec');
  });

  it('answers 404 for a territory that does not exist', async () => {
    const res = await api('/api/territories/neexistuje');
    expect(res.status).toBe(404);
    expect((await res.json<ErrorJson>()).error.code).toBe('not_found');
  });

  it('answers 400 naming the parameter for something that is neither a slug nor an id', async () => {
    const res = await api('/api/territories/Not%20a%20slug!');
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('param.territory');
  });
});
