import { beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_KINDS } from '../schema/codelists.ts';
import { pragueOffsetPeriods } from '../worker/catalogue/hsds-schedules.ts';
import { api, type ErrorJson } from './helpers.ts';
import { HSDS, seedHsdsCatalogue, type Page } from './hsds.fixtures.ts';

type Named = { id: string; name: string };
type Term = Named & { code: string; taxonomy_id: string };
type Seeded = Awaited<ReturnType<typeof seedHsdsCatalogue>>;

let seeded: Seeded;
let taxonomies: (Named & { description: string })[] = [];
let terms: Term[] = [];
const get = async <T>(path: string) => {
  const res = await api(`${HSDS}${path}`);
  expect(res.status, path).toBe(200);
  return res.json<T>();
};
const names = async (path: string) => (await get<Page<Named>>(path)).contents.map((s) => s.name).sort();
const term = (taxonomy: string, code: string) => terms.find((t) => t.code === code && t.taxonomy_id === taxonomies.find((x) => x.name === taxonomy)!.id)!;

beforeAll(async () => {
  seeded = await seedHsdsCatalogue();
  taxonomies = (await get<Page<Named & { description: string }>>('/taxonomies')).contents;
  terms = (await get<Page<Term>>('/taxonomy_terms?per_page=500')).contents;
});

describe('HSDS services filters', () => {
  it('search finds services by the catalogue’s full-text search', async () => {
    expect(await names('/services?search=exekuce')).toEqual(['Dluhová poradna']);
    expect(await names('/services?search=azylov')).toEqual(['Azylový dům pro matky']);
  });

  it('taxonomy_term_id narrows to a kind, a client group, a target group or a capacity unit', async () => {
    expect(await names(`/services?taxonomy_term_id=${term('KPSS: druhy sociálních služeb', 'domovy-pro-seniory').id}`)).toEqual(['Domov sv. Anežky']);
    expect(await names(`/services?taxonomy_term_id=${term('MPSV: cílové skupiny osob', 'osoby-bez-pristresi').id}`)).toEqual(['Terénní program']);
    expect(await names(`/services?taxonomy_term_id=${term('KPSS: cílové skupiny plánování', 'adverse_situation').id}`)).toEqual(['Dluhová poradna', 'Terénní program']);
    expect(await names(`/services?taxonomy_term_id=${term('MPSV: typy kapacity sociální služby', 'luzka').id}`)).toEqual(['Azylový dům pro matky', 'Domov sv. Anežky']);
    // the second unit of the registry's list counts too
    expect(await names(`/services?taxonomy_term_id=${term('MPSV: typy kapacity sociální služby', 'klient').id}`)).toEqual(['Domov sv. Anežky']);
    expect((await get<Page<Named>>('/services?taxonomy_term_id=00000000-0000-4000-8000-000000000000')).empty).toBe(true);
  });

  it('taxonomy_id and organization_id narrow too, and combine', async () => {
    const units = taxonomies.find((t) => t.name === 'MPSV: typy kapacity sociální služby')!;
    expect(await names(`/services?taxonomy_id=${units.id}`)).toEqual(['Azylový dům pro matky', 'Domov sv. Anežky']);
    expect(await names(`/services?organization_id=${seeded.providers.spolek}`)).toEqual(['Dluhová poradna', 'Terénní program']);
    expect(await names(`/services?organization_id=${seeded.providers.spolek}&search=terénní`)).toEqual(['Terénní program']);
    expect(await names(`/services?organization_id=${seeded.providers.elsewhere}`)).toEqual([]);
  });

  it('full=false gives the one-to-one fields, minimal=true the id and change time', async () => {
    const flat = (await get<Page<Record<string, unknown>>>('/services?full=false')).contents[0]!;
    expect(flat.schedules).toBeUndefined();
    expect(flat.organization).toMatchObject({ name: expect.any(String), description: expect.any(String) });
    const minimal = (await get<Page<Record<string, unknown>>>('/services?minimal=true')).contents[0]!;
    expect(Object.keys(minimal).sort()).toEqual(['id', 'last_modified', 'name', 'status']);
  });

  it('answers 400 naming the parameter for a malformed id, another format or a postcode filter', async () => {
    for (const [query, field] of [['taxonomy_term_id=kind', 'query.taxonomy_term_id'], ['organization_id=42', 'query.organization_id'], ['format=ndjson', 'query.format'], ['postcode=38101', 'query.postcode']]) {
      const res = await api(`${HSDS}/services?${query}`);
      expect(res.status, query).toBe(400);
      expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe(field);
    }
  });
});

describe('HSDS organizations, service_at_locations, taxonomies', () => {
  it('GET /organizations/:id gives the organization with its services of the territory', async () => {
    const organization = await get<Named & { services: Named[]; organization_identifiers: { identifier: string }[] }>(`/organizations/${seeded.providers.spolek}`);
    expect(organization.organization_identifiers.map((i) => i.identifier)).toEqual(['25755277']);
    expect(organization.services.map((s) => s.name).sort()).toEqual(['Dluhová poradna', 'Terénní program']);
    const full = await get<{ services: { schedules?: unknown[] }[] }>(`/organizations/${seeded.providers.spolek}?full_service=true`);
    expect(full.services.every((s) => Array.isArray(s.schedules))).toBe(true);
    expect((await api(`${HSDS}/organizations/${seeded.providers.elsewhere}`)).status).toBe(404);
  });

  it('GET /organizations filters by search (name or IČO) and taxonomy term', async () => {
    expect(await names('/organizations?search=člověk')).toEqual(['Člověk v tísni']);
    expect(await names('/organizations?search=00245232')).toEqual(['Oblastní charita Český Krumlov']);
    expect(await names(`/organizations?taxonomy_term_id=${term('KPSS: druhy sociálních služeb', 'azylove-domy').id}`)).toEqual(['Oblastní charita Český Krumlov']);
  });

  it('GET /service_at_locations lists the services with a place; /:id nests the whole service', async () => {
    const list = await get<Page<{ id: string; service: Named; location: { id: string } }>>('/service_at_locations');
    expect(list.contents.map((s) => s.service.name).sort()).toEqual(['Azylový dům pro matky', 'Dluhová poradna', 'Domov sv. Anežky']);
    const one = await get<{ service: { name: string; schedules: unknown[] }; location: { latitude: number } }>(`/service_at_locations/${seeded.services.domov}`);
    expect(one).toMatchObject({ service: { name: 'Domov sv. Anežky' }, location: { latitude: 48.81 } });
    expect(one.service.schedules.length).toBeGreaterThan(0);
    expect((await api(`${HSDS}/service_at_locations/${seeded.services.terenni}`)).status).toBe(404);
    expect((await api(`${HSDS}/service_at_locations/${seeded.services.kaplicka}`)).status).toBe(404);
  });

  it('the taxonomies are KPSS’s code lists; their terms page and filter by taxonomy', async () => {
    expect(taxonomies.map((t) => t.name)).toContain('KPSS: druhy sociálních služeb');
    const kinds = taxonomies.find((t) => t.name === 'KPSS: druhy sociálních služeb')!;
    expect((await get<Page<Term>>(`/taxonomy_terms?taxonomy_id=${kinds.id}&per_page=500`)).total_items).toBe(SERVICE_KINDS.length);
    expect(await get(`/taxonomies/${kinds.id}`)).toEqual(kinds);
    const home = term('KPSS: druhy sociálních služeb', 'domovy-pro-seniory');
    expect(await get(`/taxonomy_terms/${home.id}`)).toMatchObject({ code: 'domovy-pro-seniory', name: 'domovy pro seniory' });
    expect((await get<Page<Term>>(`/taxonomy_terms?parent_id=${home.id}`)).empty).toBe(true);
    expect(await names('/taxonomy_terms?search=lůžka')).toEqual(['lůžka']);
    expect((await api(`${HSDS}/taxonomies/${home.id}`)).status).toBe(404);
  });
});

describe('Prague offset periods of the schedules', () => {
  it('switch at 01:00 UTC on the last Sundays of March and October', () => {
    expect(pragueOffsetPeriods(Date.parse('2026-07-01T12:00:00Z'))).toEqual([
      { validFrom: '2026-03-29', validTo: '2026-10-24', offset: '+02:00', hours: 2 },
      { validFrom: '2026-10-25', validTo: '2027-03-27', offset: '+01:00', hours: 1 },
    ]);
    expect(pragueOffsetPeriods(Date.parse('2026-03-29T00:59:59Z'))[0]).toMatchObject({ validFrom: '2025-10-26', offset: '+01:00' });
    expect(pragueOffsetPeriods(Date.parse('2026-03-29T01:00:00Z'))[0]).toMatchObject({ validFrom: '2026-03-29', offset: '+02:00' });
    expect(pragueOffsetPeriods(Date.parse('2026-12-31T23:00:00Z'))[1]).toMatchObject({ validFrom: '2027-03-28', validTo: '2027-10-30' });
  });
});
