import { beforeAll, describe, expect, it } from 'vitest';
import { as, createUser, signIn } from './accounts.ts';
import { createMunicipality, createProvider, createService } from './catalogue.fixtures.ts';
import { api, createRegion, createTerritory } from './helpers.ts';

type Attention = { services: { name: string; reasons: string[] }[] };
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

let coordinator = '';
let member = '';

beforeAll(async () => {
  const region = await createRegion();
  const trebon = await createTerritory(region.id, { slug: 'trebon', name: 'Třeboň' });
  const town = await createMunicipality(region.id, '547336', 'Třeboň', [trebon.id]);
  const provider = await createProvider();
  const base = { providerId: provider.id, territoryId: trebon.id };
  await createService({ ...base, name: 'Vše v pořádku', phone: '+420384721111', municipalityIds: [town.id] });
  await createService({ ...base, name: 'Bez kontaktu', municipalityIds: [town.id] });
  await createService({ ...base, name: 'Bez obcí', email: 'info@example.org' });
  await createService({ ...base, name: 'Zapomenutá', web: 'https://example.org', municipalityIds: [town.id], updatedAt: Date.now() - 400 * DAY });
  await createService({ ...base, name: 'Registrace končí', phone: '+420384721112', municipalityIds: [town.id], registryEndsOn: inDays(30) });
  await createService({ ...base, name: 'Registrace daleko', phone: '+420384721113', municipalityIds: [town.id], registryEndsOn: inDays(400) });
  await createService({ ...base, name: 'Ukončená v KPSS', municipalityIds: [town.id], retiredAt: Date.now() });
  coordinator = await signIn((await createUser({ roles: [[trebon.id, 'coordinator']] })).email);
  member = await signIn((await createUser({ roles: [[trebon.id, 'member']] })).email);
});

describe('GET /api/territories/:territory/catalogue/attention', () => {
  it('lists each live service that needs a look with its reasons, and none that needs nothing', async () => {
    const res = await as(coordinator, '/api/territories/trebon/catalogue/attention');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const reasons = Object.fromEntries((await res.json<Attention>()).services.map((s) => [s.name, s.reasons]));
    expect(reasons).toEqual({
      'Bez kontaktu': ['no_contact'],
      'Bez obcí': ['no_municipalities'],
      Zapomenutá: ['stale'],
      'Registrace končí': ['registry_ended'],
    });
  });

  it('is the coordinators\' work list: the public and members are refused', async () => {
    expect((await api('/api/territories/trebon/catalogue/attention')).status).toBe(401);
    expect((await as(member, '/api/territories/trebon/catalogue/attention')).status).toBe(403);
  });
});
