import { beforeAll, describe, expect, it } from 'vitest';
import { createMunicipality, createProvider, createService } from './catalogue.fixtures.ts';
import { api, createRegion, createTerritory, type ErrorJson } from './helpers.ts';

/**
 * The required fields and types of HSDS 3.1, as the Open Referral specification states them: the `required` arrays
 * and property types of schema/service.json, organization.json, organization_identifier.json, phone.json,
 * schedule.json, service_at_location.json, location.json, address.json, service_capacity.json, unit.json,
 * attribute.json, taxonomy_term.json and taxonomy.json in github.com/openreferral/specification (branches 3.1/3.2,
 * read 2026), and components/schemas/Page of schema/openapi.json for the paging envelope (`empty` required since
 * 3.1.1). Every id is `format: uuid`.
 */
type Kind = 'string' | 'number' | 'integer' | 'boolean' | 'uuid' | 'date-time' | 'date' | 'uri' | 'email' | 'time' | 'byday' | 'array' | 'object' | readonly string[];
type Spec = { required: readonly string[]; types: Record<string, Kind>; nested?: Record<string, string> };
const HSDS: Record<string, Spec> = {
  service: {
    required: ['id', 'name', 'status'],
    types: { id: 'uuid', organization_id: 'uuid', name: 'string', description: 'string', url: 'uri', email: 'email', status: ['active', 'inactive', 'defunct', 'temporarily closed'], eligibility_description: 'string', last_modified: 'date-time', phones: 'array', schedules: 'array', service_at_locations: 'array', capacities: 'array', attributes: 'array', organization: 'object' },
    nested: { phones: 'phone', schedules: 'schedule', service_at_locations: 'service_at_location', capacities: 'service_capacity', attributes: 'attribute', organization: 'organization' },
  },
  organization: {
    required: ['id', 'name', 'description'],
    types: { id: 'uuid', name: 'string', description: 'string', email: 'email', website: 'uri', legal_status: 'string', organization_identifiers: 'array', phones: 'array', locations: 'array' },
    nested: { organization_identifiers: 'organization_identifier', phones: 'phone', locations: 'location' },
  },
  organization_identifier: { required: ['id', 'identifier_type', 'identifier'], types: { id: 'uuid', organization_id: 'uuid', identifier_scheme: 'string', identifier_type: 'string', identifier: 'string' } },
  phone: { required: ['id', 'number'], types: { id: 'uuid', service_id: 'uuid', organization_id: 'uuid', number: 'string', type: 'string' } },
  schedule: { required: ['id'], types: { id: 'uuid', service_id: 'uuid', valid_from: 'date', valid_to: 'date', timezone: 'number', freq: ['WEEKLY', 'MONTHLY'], byday: 'byday', opens_at: 'time', closes_at: 'time', description: 'string', notes: 'string' } },
  service_at_location: { required: ['id'], types: { id: 'uuid', service_id: 'uuid', location_id: 'uuid', location: 'object' }, nested: { location: 'location' } },
  location: {
    required: ['id', 'location_type'],
    types: { id: 'uuid', location_type: ['physical', 'postal', 'virtual'], name: 'string', description: 'string', organization_id: 'uuid', latitude: 'number', longitude: 'number', addresses: 'array' },
    nested: { addresses: 'address' },
  },
  address: {
    required: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
    types: { id: 'uuid', location_id: 'uuid', address_1: 'string', city: 'string', state_province: 'string', postal_code: 'string', country: 'string', address_type: ['physical', 'postal', 'virtual'] },
  },
  service_capacity: { required: ['id', 'unit', 'available', 'updated'], types: { id: 'uuid', service_id: 'uuid', unit: 'object', available: 'number', maximum: 'number', description: 'string', updated: 'date-time' }, nested: { unit: 'unit' } },
  unit: { required: ['id', 'name'], types: { id: 'uuid', name: 'string', scheme: 'string', identifier: 'string' } },
  attribute: { required: ['id'], types: { id: 'uuid', link_id: 'uuid', taxonomy_term_id: 'uuid', link_type: 'string', link_entity: 'string', value: 'string', taxonomy_term: 'object' }, nested: { taxonomy_term: 'taxonomy_term' } },
  taxonomy_term: { required: ['id', 'name', 'description'], types: { id: 'uuid', code: 'string', name: 'string', description: 'string', taxonomy: 'string', taxonomy_id: 'uuid', taxonomy_detail: 'object', language: 'string' }, nested: { taxonomy_detail: 'taxonomy' } },
  taxonomy: { required: ['id', 'name', 'description'], types: { id: 'uuid', name: 'string', description: 'string' } },
  page: {
    required: ['empty'],
    types: { total_items: 'integer', total_pages: 'integer', page_number: 'integer', size: 'integer', first_page: 'boolean', last_page: 'boolean', empty: 'boolean', contents: 'array' },
  },
};

function fits(value: unknown, kind: Kind): boolean {
  if (Array.isArray(kind)) return kind.includes(value as string);
  switch (kind) {
    case 'string': return typeof value === 'string';
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'integer': return Number.isInteger(value);
    case 'boolean': return typeof value === 'boolean';
    case 'uuid': return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value);
    case 'date-time': return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value);
    case 'uri': return typeof value === 'string' && URL.canParse(value);
    case 'email': return typeof value === 'string' && /^[^\s@]+@[^\s@]+$/.test(value);
    case 'date': return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
    // schedule.json: "HH:MM format and should include timezone information … 'Z' … or an offset from UTC (e.g. 09:00-05:00)"
    case 'time': return typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d(Z|[+-]\d{2}:\d{2})$/.test(value);
    case 'byday': return typeof value === 'string' && /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/.test(value);
    case 'array': return Array.isArray(value);
    case 'object': return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
  return false;
}

/** Every problem of an object against its HSDS spec, nested objects included, as readable paths. */
function problems(object: Record<string, unknown>, name: string, path = name): string[] {
  const spec = HSDS[name]!;
  const found: string[] = [];
  for (const field of spec.required) if (object[field] === undefined || object[field] === null) found.push(`${path}.${field} is required`);
  for (const [field, value] of Object.entries(object)) {
    const kind = spec.types[field];
    if (kind && value !== undefined && !fits(value, kind)) found.push(`${path}.${field} is not ${Array.isArray(kind) ? kind.join('|') : kind}: ${JSON.stringify(value)}`);
    const child = spec.nested?.[field];
    if (!child) continue;
    if (Array.isArray(value)) value.forEach((item, i) => found.push(...problems(item as Record<string, unknown>, child, `${path}.${field}[${i}]`)));
    else if (value && typeof value === 'object') found.push(...problems(value as Record<string, unknown>, child, `${path}.${field}`));
  }
  return found;
}

type Page<T> = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: T[] };
type HsdsService = Record<string, unknown> & { id: string; name: string; schedules: Record<string, unknown>[]; capacities?: Record<string, unknown>[]; attributes: { link_type: string; value?: string; taxonomy_term: { code: string } }[]; service_at_locations: { location: Record<string, unknown> & { addresses?: Record<string, unknown>[] } }[] };

const ids = {} as Record<string, string>;
let createdAt = 0;
beforeAll(async () => {
  const region = await createRegion('Jihočeský kraj');
  const ck = await createTerritory(region.id, { slug: 'cesky-krumlov', name: 'Český Krumlov', web: 'https://kpss-ck.example.cz' });
  const other = await createTerritory(region.id, { slug: 'kaplice', name: 'Kaplice' });
  const town = await createMunicipality(region.id, '545392', 'Český Krumlov', [ck.id]);
  const charita = await createProvider({ name: 'Oblastní charita Český Krumlov', ico: '00245232', legalForm: 'evidovaná církevní právnická osoba', web: 'https://charita-ck.example.org', email: 'charita@charita-ck.example.org', phone: '+420 380 555 201', street: 'Kaplická 21', city: 'Český Krumlov', postcode: '38101' });
  createdAt = Date.now();
  ids.domov = (await createService({
    providerId: charita.id, territoryId: ck.id, kindCode: 'domovy-pro-seniory', registrationId: '1234567', name: 'Domov sv. Anežky, "U Vltavy"',
    description: 'Pobytová služba pro seniory; kapacita 60 lůžek.', capacity: 60, capacityUnit: 'luzka', alwaysOpen: true, phone: '+420 380 555 202',
    email: 'domov@charita-ck.example.org', web: 'https://domov.example.org', street: 'Horní 155', city: 'Český Krumlov', postcode: '38101', lat: 48.81, lng: 14.315,
    forms: ['pob'], clientGroups: ['seniori', 'osoby-zijici-s-demenci'], municipalityIds: [town.id],
  })).id;
  ids.poradna = (await createService({
    providerId: charita.id, territoryId: ck.id, kindCode: 'odborne-socialni-poradenstvi', name: 'Poradna', city: 'Český Krumlov',
    openingHours: [{ day: 1, opens: '08:00', closes: '12:00' }, { day: 3, opens: '08:00', closes: '12:00' }, { day: 3, opens: '13:00', closes: '24:00' }],
    forms: ['amb'], clientGroups: ['obeti-domaciho-nasili'],
  })).id;
  ids.azyl = (await createService({
    providerId: charita.id, territoryId: ck.id, kindCode: 'azylove-domy', name: 'Azylový dům pro matky', street: 'Utajená 7', postcode: '38102', city: 'Český Krumlov',
    lat: 48.8, lng: 14.3, addressSecret: true, capacity: 12, capacityUnit: 'luzka', forms: ['pob'], clientGroups: ['rodiny-s-detmi'],
  })).id;
  ids.retired = (await createService({ providerId: charita.id, territoryId: ck.id, name: 'Ukončeno', retiredAt: Date.now() })).id;
  ids.kaplice = (await createService({ providerId: charita.id, territoryId: other.id, name: 'Kaplická služba' })).id;
});

describe('HSDS 3.1 export', () => {
  it('GET /hsds/ answers the API root with version 3.1', async () => {
    for (const path of ['/api/territories/cesky-krumlov/hsds/', '/api/territories/cesky-krumlov/hsds']) {
      const res = await api(path);
      expect(res.status).toBe(200);
      const body = await res.json<{ version: string; openapi_url: string; publisher: { name: string; website: string } }>();
      expect(body.version).toBe('3.1');
      expect(URL.canParse(body.openapi_url)).toBe(true);
      expect(body.publisher).toEqual({ name: 'Český Krumlov', website: 'https://kpss-ck.example.cz' });
    }
  });

  it('GET /hsds/services pages the live services with every required field and type in place', async () => {
    const res = await api('/api/territories/cesky-krumlov/hsds/services');
    expect(res.status).toBe(200);
    const page = await res.json<Page<HsdsService>>();
    expect(problems(page, 'page')).toEqual([]);
    expect(page).toMatchObject({ total_items: 3, total_pages: 1, page_number: 1, size: 3, first_page: true, last_page: true, empty: false });
    for (const service of page.contents) expect(problems(service, 'service')).toEqual([]);
    expect(page.contents.map((s) => s.name)).not.toContain('Ukončeno');
    expect(page.contents.map((s) => s.name)).not.toContain('Kaplická služba');
  });

  it('pages with page and per_page, and answers an empty page past the end', async () => {
    const second = await (await api('/api/territories/cesky-krumlov/hsds/services?per_page=2&page=2')).json<Page<HsdsService>>();
    expect(second).toMatchObject({ total_items: 3, total_pages: 2, page_number: 2, size: 1, first_page: false, last_page: true, empty: false });
    const past = await (await api('/api/territories/cesky-krumlov/hsds/services?per_page=2&page=5')).json<Page<HsdsService>>();
    expect(past).toMatchObject({ size: 0, empty: true, contents: [] });
  });

  it('filters by modified_after', async () => {
    const since = new Date(createdAt - 60_000).toISOString();
    expect((await (await api(`/api/territories/cesky-krumlov/hsds/services?modified_after=${since}`)).json<Page<HsdsService>>()).total_items).toBe(3);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect((await (await api(`/api/territories/cesky-krumlov/hsds/services?modified_after=${future}`)).json<Page<HsdsService>>()).empty).toBe(true);
    const res = await api('/api/territories/cesky-krumlov/hsds/services?modified_after=yesterday');
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('query.modified_after');
  });

  it('GET /hsds/services/:id carries schedules, capacity with its unit, taxonomy terms and a location with address', async () => {
    const res = await api(`/api/territories/cesky-krumlov/hsds/services/${ids.domov}`);
    expect(res.status).toBe(200);
    const service = await res.json<HsdsService>();
    expect(problems(service, 'service')).toEqual([]);
    expect(service).toMatchObject({ status: 'active', url: 'https://domov.example.org', organization: { organization_identifiers: [{ identifier_scheme: 'CZ-ICO', identifier: '00245232' }] } });
    // once in winter time (+01:00) and once in summer time (+02:00), whichever comes first
    expect(service.schedules.map((s) => `${s.byday} ${s.opens_at}-${s.closes_at} UTC+${s.timezone}`).sort()).toEqual([
      'MO,TU,WE,TH,FR,SA,SU 00:00+01:00-23:59+01:00 UTC+1',
      'MO,TU,WE,TH,FR,SA,SU 00:00+02:00-23:59+02:00 UTC+2',
    ]);
    const [first, second] = service.schedules as { valid_from: string; valid_to: string }[];
    expect(Date.parse(second!.valid_from) - Date.parse(first!.valid_to)).toBe(86_400_000);
    // the registry knows the registered capacity, not free places: no service_capacity (it requires `available`)
    expect(service.capacities).toBeUndefined();
    const terms = service.attributes.map((a) => `${a.link_type}:${a.taxonomy_term.code}${a.value ? `=${a.value}` : ''}`).sort();
    expect(terms).toEqual(['client_group:osoby-zijici-s-demenci', 'client_group:seniori', 'registered_capacity:luzka=60', 'service_kind:domovy-pro-seniory', 'target_group:seniors']);
    const location = service.service_at_locations[0]!.location;
    expect(location).toMatchObject({ latitude: 48.81, longitude: 14.315 });
    expect(location.addresses).toEqual([expect.objectContaining({ address_1: 'Horní 155', city: 'Český Krumlov', postal_code: '38101', country: 'CZ', state_province: 'Jihočeský kraj' })]);
  });

  it('groups days with the same hours into one weekly schedule', async () => {
    const service = await (await api(`/api/territories/cesky-krumlov/hsds/services/${ids.poradna}`)).json<HsdsService>();
    expect(problems(service, 'service')).toEqual([]);
    const winter = service.schedules.filter((s) => s.timezone === 1);
    expect(winter.map((s) => `${s.byday} ${s.opens_at}-${s.closes_at}`).sort()).toEqual(['MO,WE 08:00+01:00-12:00+01:00', 'WE 13:00+01:00-23:59+01:00']);
    expect(service.schedules).toHaveLength(4);
  });

  it('gives a secret address’s service a location without address or coordinates', async () => {
    const service = await (await api(`/api/territories/cesky-krumlov/hsds/services/${ids.azyl}`)).json<HsdsService>();
    expect(problems(service, 'service')).toEqual([]);
    const location = service.service_at_locations[0]!.location;
    expect(location.addresses).toBeUndefined();
    expect(location.latitude).toBeUndefined();
    expect(JSON.stringify(service)).not.toMatch(/Utajená|38102|48\.8\b|14\.3\b/);
  });

  it('answers 404 for a service of another territory and 400 for an id that is not one', async () => {
    expect((await api(`/api/territories/cesky-krumlov/hsds/services/${ids.kaplice}`)).status).toBe(404);
    expect((await api('/api/territories/cesky-krumlov/hsds/services/42')).status).toBe(400);
  });

  it('GET /hsds/organizations lists providers with the IČO as organization identifier', async () => {
    const page = await (await api('/api/territories/cesky-krumlov/hsds/organizations')).json<Page<Record<string, unknown>>>();
    expect(problems(page, 'page')).toEqual([]);
    expect(page.total_items).toBe(1);
    const organization = page.contents[0]!;
    expect(problems(organization, 'organization')).toEqual([]);
    expect(organization).toMatchObject({ name: 'Oblastní charita Český Krumlov', website: 'https://charita-ck.example.org', organization_identifiers: [{ identifier_scheme: 'CZ-ICO', identifier_type: 'IČO', identifier: '00245232' }] });
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect((await (await api(`/api/territories/cesky-krumlov/hsds/organizations?modified_after=${future}`)).json<Page<unknown>>()).empty).toBe(true);
  });
});

describe('GET /api/territories/:territory/catalogue.csv', () => {
  it('is UTF-8 with a byte-order mark, one row per live service, quoted where needed, as a download', async () => {
    const res = await api('/api/territories/cesky-krumlov/catalogue.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="katalog-cesky-krumlov.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 4)).toEqual(['service_id', 'service_name', 'kind_code', 'kind_name']);
    expect(lines).toHaveLength(4);
    const domov = lines.find((l) => l.startsWith(ids.domov!))!;
    expect(domov).toContain('"Domov sv. Anežky, ""U Vltavy"""');
    expect(domov).toContain('"Pobytová služba pro seniory; kapacita 60 lůžek."');
    expect(domov).toContain('00245232');
    expect(domov).toContain('§ 49');
    expect(text).not.toContain('Utajená');
    expect(text).not.toContain('38102');
    expect(text).not.toContain('Ukončeno');
  });

  it('separates with semicolons for Czech Excel when asked', async () => {
    const text = await (await api('/api/territories/cesky-krumlov/catalogue.csv?separator=semicolon')).text();
    expect(text.split('\r\n')[0]!.split(';').slice(0, 2)).toEqual(['service_id', 'service_name']);
    expect((await api('/api/territories/cesky-krumlov/catalogue.csv?separator=tab')).status).toBe(400);
  });
});
