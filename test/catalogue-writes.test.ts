import { beforeAll, describe, expect, it } from 'vitest';
import { as, createUser, signIn } from './accounts.ts';
import { createMunicipality, createProvider, createService, validIco } from './catalogue.fixtures.ts';
import { api, createRegion, createTerritory, type ErrorJson } from './helpers.ts';

type ServiceJson = { service: { id: string; name: string; phone?: string; postcode?: string; forms?: string[]; municipalities: { id: string }[]; openingHours?: unknown; retiredAt: number | null } };

let coordinator = '';
let member = '';
let otherCoordinator = '';
let providerId = '';
const municipalityIds: string[] = [];
beforeAll(async () => {
  const region = await createRegion();
  const pisek = await createTerritory(region.id, { slug: 'pisek', name: 'Písek' });
  const milevsko = await createTerritory(region.id, { slug: 'milevsko', name: 'Milevsko' });
  for (const [code, name] of [['549240', 'Písek'], ['549223', 'Mirotice'], ['549282', 'Protivín']] as const) {
    municipalityIds.push((await createMunicipality(region.id, code, name, [pisek.id])).id);
  }
  providerId = (await createProvider({ name: 'Centrum sociálních služeb Písek' })).id;
  coordinator = await signIn((await createUser({ roles: [[pisek.id, 'coordinator']] })).email);
  member = await signIn((await createUser({ roles: [[pisek.id, 'member']] })).email);
  otherCoordinator = await signIn((await createUser({ roles: [[milevsko.id, 'coordinator']] })).email);
});

const validService = () => ({
  territory: 'pisek',
  providerId,
  kindCode: 'pecovatelska-sluzba',
  registrationId: String(1000000 + Math.floor(Math.random() * 8999999)),
  name: 'Pečovatelská služba Písek',
  phone: '382 555 101',
  email: 'Info@CSS-Pisek.example.cz',
  web: 'https://css-pisek.example.cz',
  street: 'Budovcova 207',
  city: 'Písek',
  postcode: '397 01',
  lat: 49.309,
  lng: 14.147,
  openingHours: [{ day: 1, opens: '07:00', closes: '15:30' }, { day: 2, opens: '07:00', closes: '15:30' }],
  forms: ['ter'],
  clientGroups: ['seniori'],
  municipalityIds,
});

const post = (cookie: string, json: unknown) => as(cookie, '/api/services', { method: 'POST', json });
const fieldsOf = async (res: Response) => (await res.json<ErrorJson>()).error.issues?.map((i) => i.field);

describe('POST /api/services', () => {
  it('lets a coordinator add a service and normalizes phone, e-mail and postcode', async () => {
    const res = await post(coordinator, validService());
    expect(res.status).toBe(201);
    const { service } = await res.json<ServiceJson>();
    expect(service).toMatchObject({ name: 'Pečovatelská služba Písek', phone: '+420 382 555 101', postcode: '39701', forms: ['ter'] });
    expect(service.municipalities).toHaveLength(3);
    expect((await api(`/api/services/${service.id}`)).status).toBe(200);
  });

  it('accepts the usual spellings of a Czech phone number', async () => {
    for (const phone of ['+420 382 555 101', '+420382555101', '00420 382 555 101', '382-555-101', '777 123 456']) {
      const res = await post(coordinator, { ...validService(), phone });
      expect(res.status, phone).toBe(201);
    }
  });

  it('refuses a member (403), a coordinator of another territory (403) and the public (401)', async () => {
    expect((await post(member, validService())).status).toBe(403);
    expect((await post(otherCoordinator, validService())).status).toBe(403);
    expect((await api('/api/services', { method: 'POST', json: validService() })).status).toBe(401);
  });

  it.each([
    ['registrationId', { registrationId: '12345' }],
    ['registrationId', { registrationId: 'ABC1234' }],
    ['phone', { phone: '12345' }],
    ['phone', { phone: '+421 905 123 456' }],
    ['email', { email: 'not-an-address' }],
    ['web', { web: 'ftp://css-pisek.example.cz' }],
    ['web', { web: 'javascript:alert(1)' }],
    ['web', { web: 'css-pisek.example.cz' }],
    ['postcode', { postcode: '3970' }],
    ['lat', { lat: 40.1 }],
    ['lng', { lng: 21.5 }],
    ['lng', { lat: 49.3, lng: undefined }],
    ['kindCode', { kindCode: 'domov' }],
    ['forms[1]', { forms: ['ter', 'online'] }],
    ['clientGroups[0]', { clientGroups: ['everyone'] }],
    ['openingHours[1].closes', { openingHours: [{ day: 1, opens: '08:00', closes: '12:00' }, { day: 2, opens: '13:00', closes: '12:00' }] }],
    ['openingHours[0].day', { openingHours: [{ day: 8, opens: '08:00', closes: '12:00' }] }],
    ['openingHours[0].opens', { openingHours: [{ day: 1, opens: '8 am', closes: '12:00' }] }],
    ['municipalityIds[0]', { municipalityIds: ['not-a-uuid'] }],
    ['name', { name: '   ' }],
    ['capacity', { capacity: -3 }],
    ['territory', { territory: 'Písek!' }],
  ])('rejects a bad %s with 400 naming it', async (field, change) => {
    const res = await post(coordinator, { ...validService(), ...change });
    expect(res.status).toBe(400);
    expect(await fieldsOf(res)).toContain(`json.${field}`);
  });

  it('names the municipality that does not exist by its position', async () => {
    const res = await post(coordinator, { ...validService(), municipalityIds: [municipalityIds[0], municipalityIds[1], '0190a4f0-0000-7000-8000-000000000000'] });
    expect(res.status).toBe(400);
    expect(await fieldsOf(res)).toEqual(['json.municipalityIds[2]']);
  });

  it('refuses a provider that does not exist and a territory that does not exist', async () => {
    let res = await post(coordinator, { ...validService(), providerId: '0190a4f0-0000-7000-8000-000000000000' });
    expect(await fieldsOf(res)).toEqual(['json.providerId']);
    res = await post(coordinator, { ...validService(), territory: 'nikde' });
    expect(res.status).toBe(400);
    expect(await fieldsOf(res)).toEqual(['json.territory']);
  });

  it('refuses a registration id on a related service and a registration id taken by another service', async () => {
    let res = await post(coordinator, { ...validService(), kindCode: 'rel-senior-taxi' });
    expect(res.status).toBe(400);
    expect(await fieldsOf(res)).toEqual(['json.registrationId']);
    const taken = validService();
    expect((await post(coordinator, taken)).status).toBe(201);
    res = await post(coordinator, { ...validService(), registrationId: taken.registrationId });
    expect(res.status).toBe(409);
    expect(await fieldsOf(res)).toEqual(['json.registrationId']);
  });

  it('rejects a body that is not JSON with 400', async () => {
    const res = await as(coordinator, '/api/services', { method: 'POST', body: '{"name":', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
  });
});

describe('PATCH /api/services/:id and POST /api/services/:id/retire', () => {
  it('changes the given fields, replaces the given lists and keeps the rest', async () => {
    const created = (await (await post(coordinator, validService())).json<ServiceJson>()).service;
    const res = await as(coordinator, `/api/services/${created.id}`, { method: 'PATCH', json: { name: 'Terénní pečovatelská služba', forms: ['ter', 'amb'], municipalityIds: [municipalityIds[0]], openingHours: null } });
    expect(res.status).toBe(200);
    const { service } = await res.json<ServiceJson>();
    expect(service.name).toBe('Terénní pečovatelská služba');
    expect(service.forms).toEqual(['amb', 'ter']);
    expect(service.municipalities.map((m) => m.id)).toEqual([municipalityIds[0]]);
    expect(service.openingHours).toBeUndefined();
    expect(service.phone).toBe('+420 382 555 101');
  });

  it('rejects an empty change and bad fields with 400, and others’ services with 403', async () => {
    const created = (await (await post(coordinator, validService())).json<ServiceJson>()).service;
    let res = await as(coordinator, `/api/services/${created.id}`, { method: 'PATCH', json: {} });
    expect(res.status).toBe(400);
    res = await as(coordinator, `/api/services/${created.id}`, { method: 'PATCH', json: { lat: 55 , lng: 14 } });
    expect(await fieldsOf(res)).toEqual(['json.lat']);
    res = await as(coordinator, `/api/services/${created.id}`, { method: 'PATCH', json: { kindCode: 'rel-senior-taxi' } });
    expect(await fieldsOf(res)).toEqual(['json.registrationId']);
    expect((await as(member, `/api/services/${created.id}`, { method: 'PATCH', json: { name: 'x' } })).status).toBe(403);
    expect((await as(otherCoordinator, `/api/services/${created.id}`, { method: 'PATCH', json: { name: 'x' } })).status).toBe(403);
    expect((await as(otherCoordinator, `/api/services/${created.id}/retire`, { method: 'POST' })).status).toBe(403);
    expect((await as(coordinator, '/api/services/0190a4f0-0000-7000-8000-000000000000', { method: 'PATCH', json: { name: 'x' } })).status).toBe(404);
  });

  it('retires softly: the page stays, the catalogue and search drop it, and it can no longer be edited', async () => {
    const created = (await (await post(coordinator, { ...validService(), name: 'Služba k ukončení' })).json<ServiceJson>()).service;
    const res = await as(coordinator, `/api/services/${created.id}/retire`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect((await res.json<ServiceJson>()).service.retiredAt).toBeTypeOf('number');
    expect((await api(`/api/services/${created.id}`)).status).toBe(200);
    const snapshot = await (await api('/api/territories/pisek/catalogue')).json<{ services: { id: string }[] }>();
    expect(snapshot.services.map((s) => s.id)).not.toContain(created.id);
    const found = await (await api(`/api/catalogue/search?q=${encodeURIComponent('ukončení')}`)).json<{ results: unknown[] }>();
    expect(found.results).toEqual([]);
    expect((await as(coordinator, `/api/services/${created.id}`, { method: 'PATCH', json: { name: 'x' } })).status).toBe(409);
  });
});

describe('providers', () => {
  it('a coordinator adds one; the IČO must pass the checksum and may start with 0', async () => {
    let res = await as(coordinator, '/api/providers', { method: 'POST', json: { territory: 'pisek', name: 'Spolek Nula', ico: validIco('0024523') } });
    expect(res.status).toBe(201);
    const { provider } = await res.json<{ provider: { id: string; ico: string } }>();
    expect(provider.ico).toBe(validIco('0024523'));
    expect(provider.ico.startsWith('00')).toBe(true);
    const wrong = validIco('2559664').slice(0, 7) + String((Number(validIco('2559664')[7]) + 1) % 10);
    res = await as(coordinator, '/api/providers', { method: 'POST', json: { territory: 'pisek', name: 'Špatné IČO', ico: wrong } });
    expect(res.status).toBe(400);
    expect(await fieldsOf(res)).toEqual(['json.ico']);
    res = await as(coordinator, '/api/providers', { method: 'POST', json: { territory: 'pisek', name: 'Zase nula', ico: validIco('0024523') } });
    expect(res.status).toBe(409);
    expect(await fieldsOf(res)).toEqual(['json.ico']);
    res = await as(member, '/api/providers', { method: 'POST', json: { territory: 'pisek', name: 'Člen' } });
    expect(res.status).toBe(403);
  });

  it.each([
    ['ico', { ico: '1234567' }],
    ['phone', { phone: 'volejte' }],
    ['email', { email: 'a@' }],
    ['web', { web: 'www.example.cz' }],
    ['name', { name: '' }],
  ])('rejects a bad %s with 400 naming it', async (field, change) => {
    const res = await as(coordinator, '/api/providers', { method: 'POST', json: { territory: 'pisek', name: 'Poskytovatel', ...change } });
    expect(res.status).toBe(400);
    expect(await fieldsOf(res)).toContain(`json.${field}`);
  });

  it('may be edited by coordinators of a territory where it has services, not by others', async () => {
    const res = await as(coordinator, `/api/providers/${providerId}`, { method: 'PATCH', json: { phone: '382 555 100', web: 'https://css.example.cz' } });
    expect(res.status).toBe(200);
    expect((await res.json<{ provider: { phone: string } }>()).provider.phone).toBe('+420 382 555 100');
    expect((await as(otherCoordinator, `/api/providers/${providerId}`, { method: 'PATCH', json: { name: 'Převzato' } })).status).toBe(403);
    expect((await as(member, `/api/providers/${providerId}`, { method: 'PATCH', json: { name: 'Převzato' } })).status).toBe(403);
  });

  it('is retired only without live services', async () => {
    const region = await createRegion('Kraj Vysočina');
    const territory = await createTerritory(region.id, { slug: 'pelhrimov' });
    const cookie = await signIn((await createUser({ roles: [[territory.id, 'coordinator']] })).email);
    const provider = await createProvider({ name: 'Poskytovatel k ukončení' });
    const service = await createService({ providerId: provider.id, territoryId: territory.id });
    let res = await as(cookie, `/api/providers/${provider.id}/retire`, { method: 'POST' });
    expect(res.status).toBe(409);
    expect((await as(cookie, `/api/services/${service.id}/retire`, { method: 'POST' })).status).toBe(200);
    res = await as(cookie, `/api/providers/${provider.id}/retire`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect((await api(`/api/providers/${provider.id}`)).status).toBe(200);
  });

  it('shows a provider with its live services to everyone', async () => {
    const res = await api(`/api/providers/${providerId}`);
    expect(res.status).toBe(200);
    const { provider } = await res.json<{ provider: { name: string; services: { name: string }[] } }>();
    expect(provider.services.length).toBeGreaterThan(0);
    expect((await api('/api/providers/0190a4f0-0000-7000-8000-000000000000')).status).toBe(404);
    expect((await api('/api/providers/nope')).status).toBe(400);
  });
});
