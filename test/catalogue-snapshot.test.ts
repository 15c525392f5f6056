import { beforeAll, describe, expect, it } from 'vitest';
import { as, createUser, signIn } from './accounts.ts';
import { createMunicipality, createProvider, createService } from './catalogue.fixtures.ts';
import { api, createRegion, createTerritory, type ErrorJson } from './helpers.ts';

type Snapshot = {
  territory: { slug: string };
  version: number;
  full: boolean;
  since?: number;
  services: { id: string; name: string; providerId: string; kind: string; forms?: string[]; targetGroups?: string[]; municipalityCodes?: string[]; phone?: string }[];
  providers: { id: string; name: string }[];
  municipalities: { code: string; name: string }[];
  codeLists?: { serviceKinds: { code: string; paragraph?: string }[] };
  deleted?: { services: string[]; providers: string[] };
};

const snapshot = async (path = '/api/territories/prachatice/catalogue', headers: Record<string, string> = {}) => {
  const res = await api(path, { headers });
  return { res, body: res.status === 200 ? await res.json<Snapshot>() : undefined };
};

const ids = {} as Record<string, string>;
let cookie = '';
beforeAll(async () => {
  const region = await createRegion();
  const prachatice = await createTerritory(region.id, { slug: 'prachatice', name: 'Prachatice' });
  const sub = await createTerritory(region.id, { slug: 'netolicko', name: 'Netolicko', kind: 'subarea', parentId: prachatice.id });
  const other = await createTerritory(region.id, { slug: 'strakonice', name: 'Strakonice' });
  ids.prachatice = prachatice.id;
  const town = await createMunicipality(region.id, '550094', 'Prachatice', [prachatice.id], 49.01, 14.0);
  await createMunicipality(region.id, '550311', 'Netolice', [prachatice.id, sub.id]);
  const ours = await createProvider({ name: 'Charita Prachatice', ico: '12345679' });
  const theirs = await createProvider({ name: 'Charita Strakonice' });
  ids.provider = ours.id;
  ids.domov = (await createService({ providerId: ours.id, territoryId: prachatice.id, name: 'Domov Prachatice', kindCode: 'domovy-pro-seniory', forms: ['pob'], clientGroups: ['seniori'], municipalityIds: [town.id], phone: '+420 388 555 111' })).id;
  ids.poradna = (await createService({ providerId: ours.id, territoryId: sub.id, name: 'Poradna Netolice' })).id;
  ids.retired = (await createService({ providerId: ours.id, territoryId: prachatice.id, name: 'Ukončená služba', retiredAt: Date.now() })).id;
  ids.elsewhere = (await createService({ providerId: theirs.id, territoryId: other.id, name: 'Služba ve Strakonicích' })).id;
  cookie = await signIn((await createUser({ roles: [[prachatice.id, 'coordinator'], [sub.id, 'coordinator']] })).email);
});

describe('GET /api/territories/:territory/catalogue', () => {
  it('holds the live services of the territory and its sub-areas, their providers, municipalities and code lists', async () => {
    const { res, body } = await snapshot();
    expect(res.status).toBe(200);
    expect(body!.full).toBe(true);
    expect(body!.version).toBeGreaterThan(0);
    expect(body!.services.map((s) => s.name).sort()).toEqual(['Domov Prachatice', 'Poradna Netolice']);
    expect(body!.providers.map((p) => p.name)).toEqual(['Charita Prachatice']);
    expect(body!.municipalities.map((m) => m.code).sort()).toEqual(['550094', '550311']);
    expect(body!.codeLists!.serviceKinds.find((k) => k.code === 'domovy-pro-seniory')?.paragraph).toBe('§ 49');
    const domov = body!.services.find((s) => s.id === ids.domov)!;
    expect(domov).toMatchObject({ kind: 'domovy-pro-seniory', forms: ['pob'], targetGroups: ['seniors'], municipalityCodes: ['550094'], phone: '+420 388 555 111' });
    expect(body!.deleted).toBeUndefined();
  });

  it('leaves out empty fields to stay small', async () => {
    const { body } = await snapshot();
    const poradna = body!.services.find((s) => s.id === ids.poradna)! as Record<string, unknown>;
    expect(Object.keys(poradna).sort()).toEqual(['id', 'kind', 'name', 'providerId', 'territoryId']);
  });

  it('answers 304 to a client that holds the current version', async () => {
    const { res } = await snapshot();
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await api('/api/territories/prachatice/catalogue', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    expect((await api('/api/territories/prachatice/catalogue', { headers: { 'if-none-match': `W/${etag}, "other"` } })).status).toBe(304);
  });

  it('gives a delta with only the changes after `since`, and tombstones for retired services and providers', async () => {
    const before = (await snapshot()).body!;
    const created = await as(cookie, '/api/providers', { method: 'POST', json: { territory: 'prachatice', name: 'Spolek Šance', ico: '25596641' } });
    expect(created.status).toBe(201);
    const provider = (await created.json<{ provider: { id: string } }>()).provider;
    const service = await as(cookie, '/api/services', { method: 'POST', json: { territory: 'netolicko', providerId: provider.id, kindCode: 'rel-other', name: 'Klub Šance' } });
    expect(service.status).toBe(201);
    const newId = (await service.json<{ service: { id: string } }>()).service.id;
    expect((await as(cookie, `/api/services/${ids.poradna}`, { method: 'PATCH', json: { phone: '388 555 222' } })).status).toBe(200);

    const { res, body } = await snapshot(`/api/territories/prachatice/catalogue?since=${before.version}`);
    expect(res.status).toBe(200);
    expect(body!.full).toBe(false);
    expect(body!.since).toBe(before.version);
    expect(body!.version).toBeGreaterThan(before.version);
    expect(body!.services.map((s) => s.name).sort()).toEqual(['Klub Šance', 'Poradna Netolice']);
    expect(body!.services.find((s) => s.id === ids.poradna)!.phone).toBe('+420 388 555 222');
    // The old provider's service changed, so the client gets it again in case it dropped it; the new one is new.
    expect(body!.providers.map((p) => p.name).sort()).toEqual(['Charita Prachatice', 'Spolek Šance']);
    expect(body!.deleted).toEqual({ services: [], providers: [] });
    expect(body!.codeLists).toBeUndefined();

    expect((await as(cookie, `/api/services/${newId}/retire`, { method: 'POST' })).status).toBe(200);
    const after = (await snapshot(`/api/territories/prachatice/catalogue?since=${body!.version}`)).body!;
    expect(after.services).toEqual([]);
    expect(after.deleted).toEqual({ services: [newId], providers: [provider.id] });
    expect((await snapshot()).body!.services.map((s) => s.id)).not.toContain(newId);
  });

  it('gives an empty delta when nothing changed, and its own ETag', async () => {
    const { res, body } = await snapshot();
    const delta = await snapshot(`/api/territories/prachatice/catalogue?since=${body!.version}`);
    expect(delta.body!.services).toEqual([]);
    expect(delta.body!.deleted).toEqual({ services: [], providers: [] });
    expect(delta.res.headers.get('etag')).not.toBe(res.headers.get('etag'));
    const cached = await api(`/api/territories/prachatice/catalogue?since=${body!.version}`, { headers: { 'if-none-match': delta.res.headers.get('etag')! } });
    expect(cached.status).toBe(304);
  });

  it('changes its ETag when a service changes, so a stale copy is not confirmed', async () => {
    const { res } = await snapshot();
    expect((await as(cookie, `/api/services/${ids.domov}`, { method: 'PATCH', json: { capacity: 40, capacityUnit: 'luzka' } })).status).toBe(200);
    const again = await api('/api/territories/prachatice/catalogue', { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(200);
  });

  it('sends a full snapshot to a client whose version is ahead of the server', async () => {
    const { body } = await snapshot('/api/territories/prachatice/catalogue?since=999999999');
    expect(body!.full).toBe(true);
    expect(body!.services.length).toBeGreaterThan(0);
  });

  it('never carries people or statutory bodies', async () => {
    const text = await (await api('/api/territories/prachatice/catalogue')).text();
    expect(text).not.toMatch(/statutar|jmeno|prijmeni|passwordHash|userId/i);
  });

  it('rejects a bad `since` with 400 and an unknown territory with 404', async () => {
    const res = await api('/api/territories/prachatice/catalogue?since=yesterday');
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('query.since');
    expect((await api('/api/territories/nikde/catalogue')).status).toBe(404);
  });
});

describe('GET /api/code-lists', () => {
  it('lists the kinds with their §, the forms, target groups and client groups in Czech and English', async () => {
    const res = await api('/api/code-lists');
    expect(res.status).toBe(200);
    const body = await res.json<{ serviceKinds: { code: string; paragraph?: string; name: string; nameEn: string }[]; serviceForms: unknown[]; targetGroups: unknown[]; clientGroups: unknown[] }>();
    expect(body.serviceKinds.find((k) => k.code === 'odborne-socialni-poradenstvi')).toMatchObject({ paragraph: '§ 37', name: 'odborné sociální poradenství', nameEn: 'professional social counselling' });
    expect(body.serviceKinds.find((k) => k.code === 'socialni-rehabilitace')?.paragraph).toBe('§ 70');
    expect(body.serviceForms).toHaveLength(3);
    expect(body.targetGroups).toHaveLength(5);
    expect(body.clientGroups.length).toBeGreaterThan(20);
  });
});
