import { beforeAll, describe, expect, it } from 'vitest';
import { as, createUser, signIn } from './accounts.ts';
import { createMunicipality, createProvider, createService } from './catalogue.fixtures.ts';
import { api, createRegion, createTerritory } from './helpers.ts';

/** A shelter's address in forms no other data here contains, so a leak in any answer is visible as text. */
const SECRET = { street: 'Skrytá 13', postcode: '37999', lat: 49.123456, lng: 14.654321 };
const leaks = (text: string) => [SECRET.street, SECRET.postcode, String(SECRET.lat), String(SECRET.lng)].filter((part) => text.includes(part));

let shelterId = '';
let providerId = '';
let coordinator = '';
let member = '';
beforeAll(async () => {
  const region = await createRegion();
  const territory = await createTerritory(region.id, { slug: 'jindrichuv-hradec', name: 'Jindřichův Hradec' });
  const town = await createMunicipality(region.id, '545881', 'Jindřichův Hradec', [territory.id]);
  const provider = await createProvider({ name: 'Charita Jindřichův Hradec', ico: '00245232' });
  providerId = provider.id;
  shelterId = (await createService({
    providerId, territoryId: territory.id, kindCode: 'azylove-domy', name: 'Azylový dům pro matky s dětmi', city: 'Jindřichův Hradec',
    ...SECRET, addressSecret: true, phone: '+420 384 555 515', capacity: 20, capacityUnit: 'luzka', alwaysOpen: true,
    forms: ['pob'], clientGroups: ['rodiny-s-detmi', 'obeti-domaciho-nasili'], municipalityIds: [town.id],
  })).id;
  coordinator = await signIn((await createUser({ roles: [[territory.id, 'coordinator']] })).email);
  member = await signIn((await createUser({ roles: [[territory.id, 'member']] })).email);
});

describe('a service with a secret address', () => {
  it('shows no street, postcode or coordinates in any public answer', async () => {
    const paths = [
      '/api/territories/jindrichuv-hradec/catalogue',
      '/api/territories/jindrichuv-hradec/catalogue?since=0',
      '/api/catalogue/search?q=azylovy',
      '/api/catalogue/search?territory=jindrichuv-hradec',
      `/api/services/${shelterId}`,
      `/api/providers/${providerId}`,
      '/api/territories/jindrichuv-hradec/hsds/services',
      `/api/territories/jindrichuv-hradec/hsds/services/${shelterId}`,
      '/api/territories/jindrichuv-hradec/hsds/organizations',
      '/api/territories/jindrichuv-hradec/catalogue.csv',
    ];
    for (const path of paths) {
      const res = await api(path);
      expect(res.status, path).toBe(200);
      expect(leaks(await res.text()), path).toEqual([]);
    }
  });

  it('still says where to call and that the address is kept secret', async () => {
    const { service } = await (await api(`/api/services/${shelterId}`)).json<{ service: Record<string, unknown> }>();
    expect(service).toMatchObject({ addressSecret: true, city: 'Jindřichův Hradec', phone: '+420 384 555 515' });
    const found = await (await api('/api/catalogue/search?q=azylovy')).json<{ results: Record<string, unknown>[] }>();
    expect(found.results[0]).toMatchObject({ id: shelterId, addressSecret: true });
  });

  it('is hidden from members too, and shown to the territory’s coordinators in a private answer', async () => {
    expect(leaks(await (await as(member, `/api/services/${shelterId}`)).text())).toEqual([]);
    const res = await as(coordinator, `/api/services/${shelterId}`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const { service } = await res.json<{ service: Record<string, unknown> }>();
    expect(service).toMatchObject({ street: SECRET.street, postcode: SECRET.postcode, lat: SECRET.lat, lng: SECRET.lng });
  });

  it('cannot be found by searching for its street', async () => {
    const found = await (await api(`/api/catalogue/search?q=${encodeURIComponent('Skrytá')}`)).json<{ results: unknown[] }>();
    expect(found.results).toEqual([]);
  });
});
