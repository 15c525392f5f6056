import { beforeAll, describe, expect, it } from 'vitest';
import { as, createUser, signIn } from './accounts.ts';
import { createMunicipality } from './catalogue.fixtures.ts';
import { api, createRegion, createTerritory, type ErrorJson } from './helpers.ts';
import { registryItem, rpssFile } from './registry-fixtures.ts';

type Mapping = { list: string; code: string; registryName: string | null; kpssCode: string | null; source: string | null; assignedBy: { id: string; name: string | null } | null; suggestion: unknown };
type Unknown = { list: string; code: string; registryName: string | null; items: number; samples: string[]; suggestion: { kpssCode: string; name: string; basis: string } | null };
type Report = { counts: Record<string, number>; new: { registrationId: string }[]; changed: { registrationId: string; fields: string[] }[]; unknownCodes: Unknown[]; bad: unknown[] };

let coordinator = '';
let coordinatorId = '';
let otherCoordinator = '';
let member = '';
let admin = '';

const codes = async (cookie = coordinator) => (await (await as(cookie, '/api/registry-codes')).json<{ codes: Mapping[] }>()).codes;
const mappingOf = async (list: string, code: string) => (await codes()).find((m) => m.list === list && m.code === code);
const put = (cookie: string, list: string, code: string, kpssCode: string) => as(cookie, `/api/registry-codes/${list}/${code}`, { method: 'PUT', json: { kpssCode } });
const importItems = async (mode: 'dry-run' | 'apply', items: unknown[]) => {
  const res = await as(coordinator, `/api/territories/trebon/registry-import?mode=${mode}`, { method: 'POST', json: rpssFile(items) });
  expect(res.status).toBe(200);
  return res.json<Report>();
};
const catalogue = async () => (await (await api('/api/territories/trebon/catalogue')).json<{ services: { registrationId: string; kind: string; clientGroups: string[] }[] }>()).services;

beforeAll(async () => {
  const region = await createRegion();
  const trebon = await createTerritory(region.id, { slug: 'trebon', name: 'Třeboň' });
  const tabor = await createTerritory(region.id, { slug: 'tabor', name: 'Tábor' });
  await createMunicipality(region.id, '547336', 'Třeboň', [trebon.id]);
  const user = await createUser({ roles: [[trebon.id, 'coordinator']] });
  coordinatorId = user.id;
  coordinator = await signIn(user.email);
  otherCoordinator = await signIn((await createUser({ roles: [[tabor.id, 'coordinator']] })).email);
  member = await signIn((await createUser({ roles: [[trebon.id, 'member']] })).email);
  admin = await signIn((await createUser({ isAdmin: true })).email);
});

describe('GET /api/registry-codes', () => {
  it('lists the verified codes the migration stored, for coordinators and admins only', async () => {
    expect((await api('/api/registry-codes')).status).toBe(401);
    expect((await as(member, '/api/registry-codes')).status).toBe(403);
    const list = await codes(admin);
    expect(list.find((m) => m.code === '13' && m.list === 'DruhSocialniSluzby')).toMatchObject({ kpssCode: 'domovy-pro-seniory', source: 'verified', assignedBy: null });
    expect(list.filter((m) => m.list === 'DruhSocialniSluzby' && m.kpssCode)).toHaveLength(21);
    expect(list.find((m) => m.list === 'CilovaSkupinaOsoby' && m.code === '24')?.kpssCode).toBe('seniori');
    expect(list.some((m) => m.code === '7')).toBe(false);
  });
});

describe('PUT /api/registry-codes/:list/:code, then the import again', () => {
  it('an unmapped kind waits in unknownCodes with an unverified hint, and comes in once a coordinator maps it', async () => {
    const items = [registryItem({ id: '7000001', kind: '7', name: 'Podpora bydlení Třeboň' }), registryItem({ id: '7000002', kind: '4' })];
    const before = await importItems('apply', items);
    expect(before.counts).toMatchObject({ new: 1, unmapped: 1, bad: 0 });
    expect(before.unknownCodes).toEqual([
      { list: 'DruhSocialniSluzby', code: '7', registryName: null, items: 1, samples: ['Podpora bydlení Třeboň'], suggestion: { kpssCode: 'podpora-samostatneho-bydleni', name: 'podpora samostatného bydlení', basis: 'pattern_unverified' } },
    ]);
    // Never filed under the guessed kind.
    expect((await catalogue()).map((s) => s.registrationId)).toEqual(['7000002']);

    const res = await put(coordinator, 'DruhSocialniSluzby', '7', 'podpora-samostatneho-bydleni');
    expect(res.status).toBe(200);
    expect(await mappingOf('DruhSocialniSluzby', '7')).toMatchObject({ kpssCode: 'podpora-samostatneho-bydleni', source: 'person', assignedBy: { id: coordinatorId } });

    const after = await importItems('apply', items);
    expect(after.counts).toMatchObject({ new: 1, unchanged: 1, unmapped: 0 });
    expect(after.unknownCodes).toEqual([]);
    expect((await catalogue()).find((s) => s.registrationId === '7000001')?.kind).toBe('podpora-samostatneho-bydleni');
  });

  it('an unmapped client group is left out of the service and listed; mapped, the next import adds it', async () => {
    const items = [registryItem({ id: '7000003', clientGroups: ['24', '25'] })];
    const first = await importItems('apply', items);
    expect(first.unknownCodes).toEqual([{ list: 'CilovaSkupinaOsoby', code: '25', registryName: null, items: 1, samples: ['Služba 7000003'], suggestion: null }]);
    expect((await catalogue()).find((s) => s.registrationId === '7000003')?.clientGroups).toEqual(['seniori']);
    expect((await put(otherCoordinator, 'CilovaSkupinaOsoby', '25', 'osoby-v-krizi')).status).toBe(200);
    const second = await importItems('apply', items);
    expect(second.changed).toEqual([expect.objectContaining({ registrationId: '7000003', fields: ['clientGroups'] })]);
    expect((await catalogue()).find((s) => s.registrationId === '7000003')?.clientGroups.sort()).toEqual(['osoby-v-krizi', 'seniori']);
  });

  it('changing a mapping is the admin’s: a coordinator gets 409, the same value again is a no-op', async () => {
    expect((await put(coordinator, 'DruhSocialniSluzby', '13', 'chranene-bydleni')).status).toBe(409);
    expect((await put(otherCoordinator, 'DruhSocialniSluzby', '7', 'chranene-bydleni')).status).toBe(409);
    const same = await put(otherCoordinator, 'DruhSocialniSluzby', '7', 'podpora-samostatneho-bydleni');
    expect(await same.json()).toMatchObject({ changed: false });
    expect((await put(admin, 'DruhSocialniSluzby', '7', 'chranene-bydleni')).status).toBe(200);
    expect((await mappingOf('DruhSocialniSluzby', '7'))?.kpssCode).toBe('chranene-bydleni');
    expect((await put(admin, 'DruhSocialniSluzby', '7', 'podpora-samostatneho-bydleni')).status).toBe(200);
  });

  it('refuses the public, members, an unknown list and a code of the wrong list, naming the field', async () => {
    expect((await api('/api/registry-codes/DruhSocialniSluzby/40', { method: 'PUT', json: { kpssCode: 'rana-pece' }, headers: { origin: 'https://kpss.test' } })).status).toBe(401);
    expect((await put(member, 'DruhSocialniSluzby', '40', 'rana-pece')).status).toBe(403);
    let res = await put(coordinator, 'FormaSocialniSluzby', 'pob', 'rana-pece');
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('param.list');
    for (const wrong of ['seniori', 'rel-other', 'nic-takoveho']) {
      res = await put(coordinator, 'DruhSocialniSluzby', '40', wrong);
      expect(res.status).toBe(400);
      expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('json.kpssCode');
    }
    expect(await mappingOf('DruhSocialniSluzby', '40')).toBeUndefined();
  });
});

describe('DELETE /api/registry-codes/:list/:code', () => {
  it('is the admin’s; the code is unmapped again afterwards', async () => {
    expect((await put(coordinator, 'DruhSocialniSluzby', '41', 'rana-pece')).status).toBe(200);
    expect((await as(coordinator, '/api/registry-codes/DruhSocialniSluzby/41', { method: 'DELETE' })).status).toBe(403);
    expect((await as(admin, '/api/registry-codes/DruhSocialniSluzby/41', { method: 'DELETE' })).status).toBe(204);
    expect(await mappingOf('DruhSocialniSluzby', '41')).toBeUndefined();
    expect((await as(admin, '/api/registry-codes/DruhSocialniSluzby/41', { method: 'DELETE' })).status).toBe(404);
  });
});

describe('POST /api/registry-codes/code-lists', () => {
  const upload = (mode: string, polozky: unknown[], cookie = admin) => as(cookie, `/api/registry-codes/code-lists?mode=${mode}`, { method: 'POST', json: { polozky } });
  const codeList = [
    { id: 'DruhSocialniSluzby/13', nazev: { cs: 'domovy pro seniory' } },
    { id: 'DruhSocialniSluzby/20', nazev: { cs: 'Azylové domy' } },
    { id: 'DruhSocialniSluzby/42', nazev: { cs: 'služba, kterou KPSS nezná' } },
    { id: 'CilovaSkupinaOsoby/31', nazev: { cs: 'osoby bez přístřeší' } },
  ];

  it('matches names to KPSS kinds and client groups: dry run writes nothing, apply stores them', async () => {
    expect((await upload('apply', codeList, coordinator)).status).toBe(403);
    const dry = await upload('dry-run', codeList);
    expect(dry.status).toBe(200);
    const body = await dry.json<{ counts: Record<string, number>; new: { code: string; kpssCode: string }[]; unknown: { code: string; registryName: string }[] }>();
    expect(body.counts).toEqual({ items: 4, mapped: 1, new: 2, unknown: 1 });
    expect(body.new.map((n) => [n.code, n.kpssCode])).toEqual([['20', 'azylove-domy'], ['31', 'osoby-bez-pristresi']]);
    expect(body.unknown).toEqual([expect.objectContaining({ code: '42', registryName: 'služba, kterou KPSS nezná', kpssCode: null })]);
    expect(await mappingOf('DruhSocialniSluzby', '20')).toBeUndefined();

    expect((await upload('apply', codeList)).status).toBe(200);
    expect(await mappingOf('DruhSocialniSluzby', '20')).toMatchObject({ kpssCode: 'azylove-domy', source: 'code_list', registryName: 'Azylové domy' });
    expect((await mappingOf('DruhSocialniSluzby', '13'))?.registryName).toBe('domovy pro seniory');
    // The registry's name of a code KPSS cannot match shows in the import's report.
    const report = await importItems('dry-run', [registryItem({ id: '7000042', kind: '42' })]);
    expect(report.unknownCodes[0]).toMatchObject({ code: '42', registryName: 'služba, kterou KPSS nezná' });
    const again = await (await upload('apply', codeList)).json<{ applied: boolean }>();
    expect(again.applied).toBe(false);
  });

  it('refuses a list that contradicts a stored mapping, naming the item, and writes nothing of it', async () => {
    const res = await upload('apply', [
      { id: 'DruhSocialniSluzby/21', nazev: { cs: 'domy na půl cesty' } },
      { id: 'DruhSocialniSluzby/13', nazev: { cs: 'chráněné bydlení' } },
    ]);
    expect(res.status).toBe(409);
    expect((await res.json<ErrorJson>()).error.issues).toEqual([{ field: 'json.polozky[1].nazev.cs', message: expect.stringContaining('mapped to domovy-pro-seniory') }]);
    expect(await mappingOf('DruhSocialniSluzby', '21')).toBeUndefined();
    const bad = await upload('apply', [{ id: 'Kraj/35', nazev: { cs: 'Jihočeský kraj' } }]);
    expect(bad.status).toBe(400);
    expect((await bad.json<ErrorJson>()).error.issues?.[0]?.field).toBe('json.polozky[0].id');
  });
});
