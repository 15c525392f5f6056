import { beforeAll, describe, expect, it } from 'vitest';
import { filterRegistryStream } from '../schema/registry/stream-filter.ts';
import { itemTouchesMunicipalities } from '../schema/registry/territory-filter.ts';
import { as, createUser, signIn } from './accounts.ts';
import { createMunicipality } from './catalogue.fixtures.ts';
import { api, createRegion, createTerritory, type ErrorJson } from './helpers.ts';
import { registryItem, rpssFile } from './registry-fixtures.ts';

let coordinator = '';
let member = '';
const territory = new Set(['547336', '546674']);
const secretShelter = (values: Parameters<typeof registryItem>[0]) => registryItem({ kind: '23', obec: null, secret: true, name: 'Krizové centrum', ...values });

beforeAll(async () => {
  const region = await createRegion();
  const trebon = await createTerritory(region.id, { slug: 'trebon', name: 'Třeboň' });
  const lomnice = await createTerritory(region.id, { slug: 'lomnicko', name: 'Lomnicko', kind: 'subarea', parentId: trebon.id });
  const tabor = await createTerritory(region.id, { slug: 'tabor', name: 'Tábor' });
  await createMunicipality(region.id, '547336', 'Třeboň', [trebon.id]);
  await createMunicipality(region.id, '546674', 'Lomnice nad Lužnicí', [lomnice.id]);
  await createMunicipality(region.id, '552046', 'Tábor', [tabor.id]);
  coordinator = await signIn((await createUser({ roles: [[trebon.id, 'coordinator']] })).email);
  member = await signIn((await createUser({ roles: [[trebon.id, 'member']] })).email);
});

describe('the territory filter shared with the browser', () => {
  it('keeps an item by its operating facilities, and not by a facility that closed', () => {
    expect(itemTouchesMunicipalities(registryItem({ id: '1000001' }), territory)).toBe(true);
    expect(itemTouchesMunicipalities(registryItem({ id: '1000002', obec: '552046' }), territory)).toBe(false);
    const closed = registryItem({ id: '1000003' });
    closed.zarizeni[0]!.poskytujeDo = '2020-01-01' as never;
    expect(itemTouchesMunicipalities(closed, territory, '2026-12-06')).toBe(false);
  });

  it('keeps a service whose facilities are all secret with no address, by its contact or its provider’s address', () => {
    expect(itemTouchesMunicipalities(secretShelter({ id: '1000004', contactObec: '547336' }), territory)).toBe(true);
    expect(itemTouchesMunicipalities(secretShelter({ id: '1000005', providerObec: '546674' }), territory)).toBe(true);
    expect(itemTouchesMunicipalities(secretShelter({ id: '1000006', providerObec: '552046' }), territory)).toBe(false);
    expect(itemTouchesMunicipalities(secretShelter({ id: '1000007' }), territory)).toBe(false);
  });

  it('streams a file and keeps the territory’s items with their positions; a truncated file is an error', async () => {
    const file = JSON.stringify(rpssFile([registryItem({ id: '1000001', obec: '552046' }), registryItem({ id: '1000002' }), secretShelter({ id: '1000003', providerObec: '547336' })]));
    const read = await filterRegistryStream(new Blob([file]).stream(), territory);
    expect(read.positions).toEqual([1, 2]);
    expect(read.totalItems).toBe(3);
    await expect(filterRegistryStream(new Blob([file.slice(0, -40)]).stream(), territory)).rejects.toThrow(/not valid JSON/);
    await expect(filterRegistryStream(new Blob(['[1, 2]']).stream(), territory)).rejects.toThrow(/root key polozky/);
  });
});

describe('GET /api/territories/:territory/registry-import/scope', () => {
  it('gives the coordinator the ČSÚ codes of the territory and its sub-areas', async () => {
    const res = await as(coordinator, '/api/territories/trebon/registry-import/scope');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ municipalityCodes: ['546674', '547336'] });
    expect((await api('/api/territories/trebon/registry-import/scope')).status).toBe(401);
    expect((await as(member, '/api/territories/trebon/registry-import/scope')).status).toBe(403);
    expect((await as(coordinator, '/api/territories/tabor/registry-import/scope')).status).toBe(403);
    expect((await as(coordinator, '/api/territories/nikde/registry-import/scope')).status).toBe(404);
  });
});

describe('POST /api/territories/:territory/registry-import with the browser’s filtered items', () => {
  const post = (body: unknown) => as(coordinator, '/api/territories/trebon/registry-import?mode=apply', { method: 'POST', json: body });

  it('reports the positions of the original file, and imports a secret shelter known only by its provider’s address', async () => {
    const items = [registryItem({ id: '2000001', kind: '99' }), secretShelter({ id: '2000002', providerObec: '547336' })];
    const res = await post({ polozky: items, positions: [4711, 5012], totalItems: 6700, fileName: 'rpss.json' });
    expect(res.status).toBe(200);
    const report = await res.json<{ fileName: string; counts: Record<string, number>; new: { position: number; registrationId: string }[]; unknownCodes: { code: string }[] }>();
    expect(report.fileName).toBe('rpss.json');
    expect(report.counts).toMatchObject({ items: 2, totalItems: 6700, new: 1, unmapped: 1 });
    expect(report.new).toEqual([expect.objectContaining({ position: 5012, registrationId: '2000002' })]);
    const snapshot = await (await api('/api/territories/trebon/catalogue')).json<{ services: Record<string, unknown>[] }>();
    const shelter = snapshot.services.find((s) => s.registrationId === '2000002')!;
    expect(shelter).toMatchObject({ kind: 'krizova-pomoc', addressSecret: true });
    expect(shelter.street ?? null).toBeNull();
  });

  it('refuses positions that do not fit the items, naming the field', async () => {
    const polozky = [registryItem({ id: '2000003' }), registryItem({ id: '2000004' })];
    for (const [body, field] of [
      [{ polozky, positions: [1] }, 'json.positions'],
      [{ polozky, positions: [5, 2] }, 'json.positions'],
      [{ polozky, positions: [1, -2] }, 'json.positions[1]'],
      [{ polozky, positions: [1, 2], totalItems: 2 }, 'json.totalItems'],
      [{ polozky, totalItems: 1 }, 'json.totalItems'],
    ] as const) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe(field);
    }
  });
});
