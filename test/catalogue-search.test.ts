import { beforeAll, describe, expect, it } from 'vitest';
import { as, createUser, signIn } from './accounts.ts';
import { createMunicipality, createProvider, createService } from './catalogue.fixtures.ts';
import { api, createRegion, createTerritory, type ErrorJson } from './helpers.ts';

type SearchJson = { total: number; limit: number; offset: number; results: { id: string; name: string; provider: { name: string } | null; rank: number | null }[] };
const search = async (query: string) => {
  const res = await api(`/api/catalogue/search?${query}`);
  expect(res.status, query).toBe(200);
  return res.json<SearchJson>();
};
const names = (body: SearchJson) => body.results.map((r) => r.name);

const ids = {} as Record<string, string>;
let lomniceId = '';
beforeAll(async () => {
  const region = await createRegion();
  const trebon = await createTerritory(region.id, { slug: 'trebon', name: 'Třeboňsko' });
  const sub = await createTerritory(region.id, { slug: 'lomnicko', name: 'Lomnicko', kind: 'subarea', parentId: trebon.id });
  const tabor = await createTerritory(region.id, { slug: 'tabor', name: 'Tábor' });
  ids.trebon = trebon.id;
  ids.tabor = tabor.id;
  const trebonTown = await createMunicipality(region.id, '547336', 'Třeboň', [trebon.id]);
  const lomnice = await createMunicipality(region.id, '546674', 'Lomnice nad Lužnicí', [trebon.id, sub.id]);
  lomniceId = lomnice.id;
  const charita = await createProvider({ name: 'Farní charita Třeboň' });
  const spolek = await createProvider({ name: 'Spolek Rozmarýn' });
  ids.domov = (await createService({
    providerId: charita.id, territoryId: trebon.id, kindCode: 'domovy-pro-seniory', name: 'Domov pro seniory U Zlaté stoky', city: 'Třeboň',
    forms: ['pob'], clientGroups: ['seniori'], municipalityIds: [trebonTown.id],
  })).id;
  ids.pecovatelska = (await createService({
    providerId: charita.id, territoryId: sub.id, kindCode: 'pecovatelska-sluzba', name: 'Pečovatelská služba Lomnice',
    description: 'Pomáháme lidem se zdravotním postižením v domácnosti.', forms: ['ter'], clientGroups: ['osoby-se-zdravotnim-postizenim'], municipalityIds: [lomnice.id],
  })).id;
  // Ranking: one names seniors, the other only mentions them in its description.
  ids.klub = (await createService({ providerId: spolek.id, territoryId: trebon.id, kindCode: 'rel-other', name: 'Klub seniorů Rozmarýn', forms: ['amb'] })).id;
  ids.dobrovolnici = (await createService({
    providerId: spolek.id, territoryId: trebon.id, kindCode: 'rel-volunteer-centre', name: 'Dobrovolnické centrum Rozmarýn',
    description: 'Naši dobrovolníci navštěvují osamělé seniory a chodí s nimi na procházky.', forms: ['ter'],
  })).id;
  ids.retired = (await createService({ providerId: spolek.id, territoryId: trebon.id, name: 'Seniorské poradenství (ukončeno)', retiredAt: Date.now() })).id;
  ids.taborService = (await createService({ providerId: charita.id, territoryId: tabor.id, kindCode: 'domovy-pro-seniory', name: 'Domov seniorů Tábor', clientGroups: ['seniori'] })).id;
});

describe('GET /api/catalogue/search ranking and language', () => {
  it('ranks a service named with the query above one that only mentions it in its description', async () => {
    const body = await search('q=senior&territory=trebon');
    const order = names(body);
    expect(order.indexOf('Klub seniorů Rozmarýn')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('Klub seniorů Rozmarýn')).toBeLessThan(order.indexOf('Dobrovolnické centrum Rozmarýn'));
    expect(body.results[0]!.rank).toBeTypeOf('number');
  });

  it('finds Třeboň without diacritics, in capitals and in the locative', async () => {
    for (const q of ['trebon', 'TŘEBOŇ', 'Třeboni', 'treb']) {
      expect(names(await search(`q=${encodeURIComponent(q)}&territory=trebon`)), q).toContain('Domov pro seniory U Zlaté stoky');
    }
  });

  it('finds inflected words: "senior" finds seniory and seniorů, "seniorům" finds them too', async () => {
    const senior = names(await search('q=senior&territory=trebon'));
    expect(senior).toEqual(expect.arrayContaining(['Domov pro seniory U Zlaté stoky', 'Klub seniorů Rozmarýn', 'Dobrovolnické centrum Rozmarýn']));
    expect(names(await search(`q=${encodeURIComponent('seniorům')}&territory=trebon`))).toContain('Klub seniorů Rozmarýn');
  });

  it('matches the provider, the kind and the client groups as well as the name', async () => {
    expect(names(await search('q=charita&territory=trebon'))).toEqual(expect.arrayContaining(['Domov pro seniory U Zlaté stoky', 'Pečovatelská služba Lomnice']));
    expect(names(await search(`q=${encodeURIComponent('domovy pro seniory')}&territory=trebon`))[0]).toBe('Domov pro seniory U Zlaté stoky');
    expect(names(await search(`q=${encodeURIComponent('postižením')}&territory=trebon`))).toEqual(['Pečovatelská služba Lomnice']);
  });

  it('needs every word of the query', async () => {
    expect(names(await search('q=senior+lomnice&territory=trebon'))).toEqual([]);
    expect(names(await search('q=pecovatelska+lomnice&territory=trebon'))).toEqual(['Pečovatelská služba Lomnice']);
  });

  it('leaves out retired services', async () => {
    expect(names(await search('q=poradenstvi'))).not.toContain('Seniorské poradenství (ukončeno)');
  });
});

describe('GET /api/catalogue/search filters', () => {
  it('by territory, including its sub-areas and nothing else', async () => {
    const trebon = names(await search('territory=trebon&limit=100'));
    expect(trebon).toContain('Pečovatelská služba Lomnice');
    expect(trebon).not.toContain('Domov seniorů Tábor');
    expect(names(await search('territory=lomnicko'))).toEqual(['Pečovatelská služba Lomnice']);
    expect(names(await search('q=domov'))).toEqual(expect.arrayContaining(['Domov seniorů Tábor', 'Domov pro seniory U Zlaté stoky']));
  });

  it('by target group, kind and form', async () => {
    expect(names(await search('territory=trebon&targetGroup=seniors'))).toEqual(['Domov pro seniory U Zlaté stoky']);
    expect(names(await search('territory=trebon&targetGroup=disabled'))).toEqual(['Pečovatelská služba Lomnice']);
    expect(names(await search('territory=trebon&kind=pecovatelska-sluzba'))).toEqual(['Pečovatelská služba Lomnice']);
    expect(names(await search('territory=trebon&form=ter')).sort()).toEqual(['Dobrovolnické centrum Rozmarýn', 'Pečovatelská služba Lomnice']);
    expect(names(await search('q=senior&territory=trebon&form=amb'))).toEqual(['Klub seniorů Rozmarýn']);
  });

  it('by municipality served, named by id or by ČSÚ code', async () => {
    expect(names(await search(`municipality=${lomniceId}`))).toEqual(['Pečovatelská služba Lomnice']);
    expect(names(await search('municipality=547336'))).toEqual(['Domov pro seniory U Zlaté stoky']);
  });

  it('pages with limit and offset and tells the total', async () => {
    const first = await search('territory=trebon&limit=2');
    expect(first.total).toBe(4);
    expect(first.results).toHaveLength(2);
    const rest = await search('territory=trebon&limit=2&offset=2');
    expect(rest.results.map((r) => r.id)).not.toContain(first.results[0]!.id);
    expect((await search('territory=trebon&offset=50')).total).toBe(4);
  });
});

describe('GET /api/catalogue/search with bad input', () => {
  it.each([
    '"', '"senior', 'senior"', '*', 'senior*', '**', 'NEAR(senior domov)', 'NEAR', 'senior AND', 'OR', 'NOT senior', '-senior',
    'senior -domov', '(', ')', '((senior', 'name:senior', 'services_fts:x', '^senior', '{senior}', "'", '\\', '%', '😀 senior',
    'senior OR domov', 'a'.repeat(200), '" OR 1=1 --', '\u0000',
  ])('answers %j without an error', async (q) => {
    const res = await api(`/api/catalogue/search?q=${encodeURIComponent(q)}&territory=trebon`);
    expect(res.status).toBe(200);
    expect((await res.json<SearchJson>()).results).toBeInstanceOf(Array);
  });

  it('still finds the words around FTS syntax', async () => {
    expect(names(await search(`q=${encodeURIComponent('"klub" -(rozmaryn*)')}`))).toEqual(['Klub seniorů Rozmarýn']);
  });

  it.each([
    ['q', 'a'.repeat(201)],
    ['limit', '0'],
    ['limit', '101'],
    ['offset', '-1'],
    ['kind', 'domov'],
    ['form', 'online'],
    ['targetGroup', 'everyone'],
    ['municipality', '12'],
    ['territory', 'No Such!'],
  ])('rejects %s=%s with 400 naming the parameter', async (name, value) => {
    const res = await api(`/api/catalogue/search?${name}=${encodeURIComponent(value)}`);
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe(`query.${name}`);
  });

  it('rejects a territory or municipality that does not exist with 400', async () => {
    for (const [name, value] of [['territory', 'nikde'], ['municipality', '999999']] as const) {
      const res = await api(`/api/catalogue/search?${name}=${value}`);
      expect(res.status).toBe(400);
      expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe(`query.${name}`);
    }
  });
});

describe('the search index follows every write', () => {
  it('finds a service by its provider’s new name, its new name and a municipality added to it', async () => {
    const coordinator = await createUser({ roles: [[ids.trebon!, 'coordinator']] });
    const cookie = await signIn(coordinator.email);
    const detail = await (await api(`/api/services/${ids.klub}`)).json<{ service: { providerId: string } }>();
    let res = await as(cookie, `/api/providers/${detail.service.providerId}`, { method: 'PATCH', json: { name: 'Sdružení Vlaštovka' } });
    expect(res.status).toBe(200);
    expect(names(await search('q=vlastovka')).sort()).toEqual(['Dobrovolnické centrum Rozmarýn', 'Klub seniorů Rozmarýn']);
    expect(names(await search('q=spolek'))).toEqual([]);

    res = await as(cookie, `/api/services/${ids.klub}`, { method: 'PATCH', json: { name: 'Klub seniorů Jitřenka', municipalityIds: [lomniceId] } });
    expect(res.status).toBe(200);
    expect(names(await search('q=jitrenka'))).toEqual(['Klub seniorů Jitřenka']);
    expect(names(await search('q=klub+lomnice'))).toEqual(['Klub seniorů Jitřenka']);
    expect(names(await search(`municipality=${lomniceId}`))).toContain('Klub seniorů Jitřenka');
  });
});
