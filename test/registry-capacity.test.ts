import { beforeAll, describe, expect, it } from 'vitest';
import { as, createUser, signIn } from './accounts.ts';
import { createMunicipality } from './catalogue.fixtures.ts';
import { api, createRegion, createTerritory } from './helpers.ts';
import { registryItem, rpssFile } from './registry-fixtures.ts';

type Card = { id: string; registrationId?: string; capacity?: number; capacityUnit?: string; capacities?: { unit: string; count: number }[] };
/** HSDS carries a registered capacity as an attribute (service_capacity would need free places): term = unit, value = count. */
type HsdsAttribute = { id: string; link_type: string; value?: string; taxonomy_term: { code: string; name: string } };
type HsdsCapacity = { id: string; unit: { identifier: string; name: string }; maximum: number };

let coordinator = '';
const kapacita = (typ: string, pocet: number) => ({ pocet, popis: null, typ: { id: `TypKapacitySocialniSluzby/${typ}` } });
const form = (code: string, kapacity: unknown[]) => ({ forma: { id: `FormaSocialniSluzby/${code}` }, nepretrzitePoskytovani: code === 'pob', casoveRozsahy: null, kapacity });

/** A home for the elderly with beds and clients in its residential form, and more clients in its day care. */
function home(clientsInDayCare = 35) {
  const item = registryItem({ id: '3333333', kind: '13', name: 'Domov pro seniory Třeboň' });
  item.formy = [form('pob', [kapacita('luzka', 32), kapacita('klient', 30)]), form('amb', [kapacita('klient', clientsInDayCare)])] as never;
  return item;
}
const outreach = () => registryItem({ id: '4444444', name: 'Pečovatelská služba Třeboň' });

async function imported(items: unknown[]) {
  const res = await as(coordinator, '/api/territories/trebon/registry-import?mode=apply', { method: 'POST', json: rpssFile(items) });
  expect(res.status).toBe(200);
  return res.json<{ changed: { registrationId: string; fields: string[] }[]; unchanged: { registrationId: string }[] }>();
}
const cards = async () => (await (await api('/api/territories/trebon/catalogue')).json<{ services: Card[] }>()).services;
const card = async (registrationId: string) => (await cards()).find((s) => s.registrationId === registrationId)!;
const hsdsCapacities = async (id: string): Promise<HsdsCapacity[]> =>
  (await (await api(`/api/territories/trebon/hsds/services/${id}`)).json<{ attributes: HsdsAttribute[] }>()).attributes
    .filter((a) => a.link_type === 'registered_capacity')
    .map((a) => ({ id: a.id, unit: { identifier: a.taxonomy_term.code, name: a.taxonomy_term.name }, maximum: Number(a.value) }));

beforeAll(async () => {
  const region = await createRegion();
  const trebon = await createTerritory(region.id, { slug: 'trebon', name: 'Třeboň' });
  await createMunicipality(region.id, '547336', 'Třeboň', [trebon.id]);
  coordinator = await signIn((await createUser({ roles: [[trebon.id, 'coordinator']] })).email);
});

describe('every capacity unit of a registered service', () => {
  it('keeps beds and clients of one service, each with its registered count, in the snapshot, the page and HSDS', async () => {
    await imported([home(), outreach()]);
    const service = await card('3333333');
    // a unit in two forms keeps its largest count; counts are never added up
    expect(service.capacities).toEqual([{ unit: 'luzka', count: 32 }, { unit: 'klient', count: 35 }]);
    expect(service).toMatchObject({ capacity: 32, capacityUnit: 'luzka' });
    const detail = await (await api(`/api/services/${service.id}`)).json<{ service: Card }>();
    expect(detail.service.capacities).toEqual([{ unit: 'luzka', count: 32 }, { unit: 'klient', count: 35 }]);
    const hsds = await hsdsCapacities(service.id);
    expect(hsds.map((c) => [c.unit.identifier, c.unit.name, c.maximum])).toEqual([['luzka', 'lůžka', 32], ['klient', 'klienti', 35]]);
    expect(new Set(hsds.map((c) => c.id)).size).toBe(2);
  });

  it('a service of one unit carries it as capacity alone', async () => {
    const single = await card('4444444');
    expect(single).toMatchObject({ capacity: 20, capacityUnit: 'klient' });
    expect(single.capacities).toBeUndefined();
    expect((await hsdsCapacities(single.id)).map((c) => [c.unit.identifier, c.maximum])).toEqual([['klient', 20]]);
  });

  it('the same file again changes nothing; a change in the second unit alone is reported as a changed capacity', async () => {
    const again = await imported([home(), outreach()]);
    expect(again.changed).toEqual([]);
    const later = await imported([home(40), outreach()]);
    expect(later.changed).toEqual([expect.objectContaining({ registrationId: '3333333', fields: ['capacity'] })]);
    expect((await card('3333333')).capacities).toEqual([{ unit: 'luzka', count: 32 }, { unit: 'klient', count: 40 }]);
  });

  it('a capacity a coordinator typed by hand replaces the registry’s list until the next import', async () => {
    const service = await card('3333333');
    const res = await as(coordinator, `/api/services/${service.id}`, { method: 'PATCH', json: { capacity: 28, capacityUnit: 'luzka' } });
    expect(res.status).toBe(200);
    const edited = await card('3333333');
    expect(edited).toMatchObject({ capacity: 28, capacityUnit: 'luzka' });
    expect(edited.capacities).toBeUndefined();
    expect((await hsdsCapacities(service.id)).map((c) => [c.unit.identifier, c.maximum])).toEqual([['luzka', 28]]);
    await imported([home(40), outreach()]);
    expect((await card('3333333')).capacities).toEqual([{ unit: 'luzka', count: 32 }, { unit: 'klient', count: 40 }]);
  });
});
