/**
 * What people type into the catalogue, and the service they expect first: through the Worker's FTS5 search and
 * through the PWA's offline index (the same pure module phones run), both over the demo catalogue. Life-situation
 * words (schema/life-situations.ts), Czech inflection, typos and missing diacritics.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { browseServices } from '../pwa/catalogue/browse.ts';
import { CatalogueIndex } from '../pwa/catalogue/search-index.ts';
import type { LocalCatalogue } from '../pwa/catalogue/types.ts';
import { api, loadDemoSeed } from './helpers.ts';

/** [query, the name of the service expected first] */
const QUERIES: [string, string][] = [
  ['drogy', 'Kontaktní centrum Tábor'],
  ['drogy tábor', 'Kontaktní centrum Tábor'],
  ['perník', 'Kontaktní centrum Tábor'],
  ['feťák', 'Kontaktní centrum Tábor'],
  ['heroin', 'Kontaktní centrum Tábor'],
  ['drogově závislý', 'Kontaktní centrum Tábor'],
  ['bezdomovci', 'Noclehárna Tábor'],
  ['bezdomovec tábor', 'Noclehárna Tábor'],
  ['kde přespat', 'Noclehárna Tábor'],
  ['nocleh', 'Noclehárna Tábor'],
  ['bez přístřeší', 'Noclehárna Tábor'],
  ['pečovatelka třeboň', 'Pečovatelská služba Třeboň'],
  ['pečovatelky třeboň', 'Pečovatelská služba Třeboň'],
  ['pečovatelce Třeboň', 'Pečovatelská služba Třeboň'],
  ['obědy krumlov', 'Rozvoz obědů Český Krumlov'],
  ['dluhy', 'Dluhová poradna Jindřichův Hradec'],
  ['exekuce', 'Dluhová poradna Jindřichův Hradec'],
  ['oddlužení', 'Dluhová poradna Jindřichův Hradec'],
  ['insolvence', 'Dluhová poradna Jindřichův Hradec'],
  ['domov důchodců třeboň', 'Domov pro seniory Třeboň'],
  ['starobinec tábor', 'Domov pro seniory Kundratice'],
  ['demence krumlov', 'Domov se zvláštním režimem Pod Kletí'],
  ['Alzheimerova nemoc krumlov', 'Domov se zvláštním režimem Pod Kletí'],
  ['domácí násilí', 'Intervenční centrum – konzultační místo Třeboň'],
  ['týrání', 'Intervenční centrum – konzultační místo Třeboň'],
  ['sebevražda', 'Linka důvěry Jih'],
  ['úzkost', 'Linka důvěry Jih'],
  ['nevidomý', 'Průvodce a předčitatel Tábor'],
  ['slepý', 'Průvodce a předčitatel Tábor'],
  ['invalidní vozík prachatice', 'Osobní asistence Prachaticko'],
  ['půjčovna pomůcek', 'Půjčovna kompenzačních pomůcek Tábor'],
  ['chodítko', 'Půjčovna kompenzačních pomůcek Tábor'],
  ['neslyšící', 'Tlumočení do znakového jazyka Tábor'],
  ['znakový jazyk', 'Tlumočení do znakového jazyka Tábor'],
  ['hluchý tábor', 'Tlumočení do znakového jazyka Tábor'],
  ['psychiatrie tábor', 'Centrum duševního zdraví Tábor'],
  ['duševní nemoc', 'Centrum duševního zdraví Tábor'],
  ['záškoláctví prachatice', 'Klub Maják Prachatice'],
  ['schizofrenie', 'Centrum duševního zdraví Tábor'],
  ['schizofrenie třeboň', 'Chráněné bydlení Na Hrázi'],
  ['doprava k lékaři volary', 'Senior taxi Volary'],
  ['senior taxi třeboň', 'Senior taxi Třeboň'],
  ['tisnove tlacitko', 'Tísňová péče Třeboňsko'],
  ['pecovatelska sluzba tabor', 'Pečovatelská služba Tábor'],
  ['pecovatelska sluzba volary', 'Pečovatelská služba Volary'],
  ['domov pro seniory pod kleti', 'Domov pro seniory Pod Kletí'],
  ['noclehrna', 'Noclehárna Tábor'],
  ['Kontaktni centrum', 'Kontaktní centrum Tábor'],
  ['azylovy dum krumlov', 'Azylový dům pro matky s dětmi Český Krumlov'],
  ['domů pro seniory Třeboň', 'Domov pro seniory Třeboň'],
  ['rana pece prachaticko', 'Raná péče Jih – Prachaticko'],
];

type SearchJson = { results: { name: string }[] };
const TERRITORIES = ['cesky-krumlov', 'jindrichuv-hradec', 'prachatice', 'tabor', 'trebon', 'trhove-sviny'];
let offline: CatalogueIndex;
let services: LocalCatalogue['services'];

beforeAll(async () => {
  await loadDemoSeed();
  const snapshots = await Promise.all(TERRITORIES.map(async (slug) => (await api(`/api/territories/${slug}/catalogue`)).json<LocalCatalogue>()));
  const byId = <T extends { id?: string; code?: string }>(items: T[]) => [...new Map(items.map((item) => [item.id ?? item.code, item])).values()];
  services = byId(snapshots.flatMap((s) => s.services));
  offline = new CatalogueIndex({
    services,
    providers: byId(snapshots.flatMap((s) => s.providers)),
    municipalities: byId(snapshots.flatMap((s) => s.municipalities)),
    codeLists: snapshots[0]!.codeLists,
  });
});

describe('the Worker search finds what people ask for', () => {
  it.each(QUERIES)('%s → %s', async (query, expected) => {
    const res = await api(`/api/catalogue/search?q=${encodeURIComponent(query)}&limit=5`);
    expect(res.status).toBe(200);
    const body = await res.json<SearchJson>();
    expect(body.results[0]?.name, JSON.stringify(body.results.map((r) => r.name))).toBe(expected);
  });
});

describe('the offline index finds the same', () => {
  it.each(QUERIES)('%s → %s', (query, expected) => {
    const found = offline.search(query).slice(0, 5).map((s) => s.name);
    expect(found[0], JSON.stringify(found)).toBe(expected);
  });
});

it('a life-situation word finds nothing where no service of its kinds exists, rather than everything', async () => {
  const body = await (await api(`/api/catalogue/search?q=${encodeURIComponent('drogy volary')}`)).json<SearchJson>();
  expect(body.results).toEqual([]);
  expect(offline.search('drogy volary')).toEqual([]);
});

describe("the catalogue's first screen, before the search index is loaded, lists what the index would", () => {
  const first = () => services[0]!;
  const filters = () => ({
    none: {},
    kind: { kind: first().kind },
    form: { form: first().forms?.[0] },
    'target group': { targetGroup: first().targetGroups?.[0] },
    municipality: { municipality: first().municipalityCodes?.[0] },
    'kind and municipality': { kind: first().kind, municipality: services.at(-1)!.municipalityCodes?.[0] },
    favourites: { only: new Set([services[3]!.id, services[7]!.id]) },
  });
  it.each(['none', 'kind', 'form', 'target group', 'municipality', 'kind and municipality', 'favourites'] as const)('filter: %s', (name) => {
    const filter = filters()[name];
    const listed = browseServices(services, filter).map((s) => s.id);
    expect(listed).toEqual(offline.search('', filter).map((s) => s.id));
    if (name !== 'kind and municipality') expect(listed.length).toBeGreaterThan(0);
  });
});
