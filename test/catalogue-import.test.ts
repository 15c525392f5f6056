import { beforeAll, describe, expect, it } from 'vitest';
import { as, createUser, signIn } from './accounts.ts';
import { createMunicipality, createProvider, createService } from './catalogue.fixtures.ts';
import first from './fixtures/rpss-trebon.json';
import later from './fixtures/rpss-trebon-later.json';
import { api, createRegion, createTerritory, type ErrorJson } from './helpers.ts';

type Report = {
  mode: string;
  applied: boolean;
  counts: Record<'items' | 'totalItems' | 'outside' | 'ended' | 'new' | 'changed' | 'unchanged' | 'gone' | 'bad' | 'skipped' | 'unmapped', number>;
  unknownCodes: { list: string; code: string; registryName: string | null; items: number; samples: string[]; suggestion: unknown }[];
  new: { position: number; registrationId: string; name: string; providerIco: string }[];
  changed: { registrationId: string; serviceId: string; fields: string[] }[];
  unchanged: { registrationId: string }[];
  gone: { serviceId: string; registrationId: string }[];
  bad: { position: number; field: string; reason: string }[];
  skipped: { position: number; registrationId: string; reason: string }[];
  providers: { new: { ico: string; name: string }[]; changed: { ico: string; fields: string[] }[] };
  warnings: { position: number; message: string }[];
};
type Snapshot = { version: number; services: Record<string, unknown>[]; providers: { ico?: string; name: string; web?: string }[] };

let coordinator = '';
const importFile = async (mode: 'dry-run' | 'apply', file: unknown, cookie = coordinator) =>
  as(cookie, `/api/territories/trebon/registry-import?mode=${mode}`, { method: 'POST', json: file });
const report = async (mode: 'dry-run' | 'apply', file: unknown) => {
  const res = await importFile(mode, file);
  expect(res.status).toBe(200);
  return res.json<Report>();
};
const snapshot = async () => (await api('/api/territories/trebon/catalogue')).json<Snapshot>();
const byRegistration = (s: Snapshot, id: string) => s.services.find((x) => x.registrationId === id)!;

let trebonId = '';
beforeAll(async () => {
  const region = await createRegion();
  const trebon = await createTerritory(region.id, { slug: 'trebon', name: 'Třeboň' });
  const tabor = await createTerritory(region.id, { slug: 'tabor', name: 'Tábor' });
  trebonId = trebon.id;
  await createMunicipality(region.id, '547336', 'Třeboň', [trebon.id]);
  await createMunicipality(region.id, '546674', 'Lomnice nad Lužnicí', [trebon.id]);
  await createMunicipality(region.id, '552046', 'Tábor', [tabor.id]);
  coordinator = await signIn((await createUser({ roles: [[trebon.id, 'coordinator']] })).email);
});

describe('POST /api/territories/:territory/registry-import', () => {
  it('dry run: reports new services, bad items with position and reason, unmapped codes and items outside the territory; writes nothing', async () => {
    const body = await report('dry-run', first);
    expect(body.applied).toBe(false);
    expect(body.counts).toEqual({ items: 9, totalItems: 9, outside: 1, ended: 1, new: 4, changed: 0, unchanged: 0, gone: 0, bad: 2, skipped: 0, unmapped: 1 });
    expect(body.new.map((n) => n.registrationId).sort()).toEqual(['1111111', '2222222', '5555555', '8888888']);
    expect(body.bad).toEqual([
      { position: 5, field: 'polozky[5].poskytovatel.ico', reason: 'fails the IČO checksum', registrationId: '6666666' },
      { position: 7, field: 'polozky[7]', reason: 'is not an object', registrationId: null },
    ]);
    // An unmapped kind is not a bad item: it waits, listed with its code, until a person maps it.
    expect(body.unknownCodes).toEqual([
      { list: 'CilovaSkupinaOsoby', code: '99', registryName: null, items: 1, samples: ['Poradna Lomnice'], suggestion: null },
      { list: 'DruhSocialniSluzby', code: '99', registryName: null, items: 1, samples: ['Neznámá služba'], suggestion: null },
    ]);
    expect(body.providers.new.map((p) => p.ico).sort()).toEqual(['00245232', '00708909', '26552612', '70890650']);
    expect(body.warnings).toEqual([]);
    expect((await snapshot()).services).toEqual([]);
  });

  it('apply: writes the services and providers, and a second import of the same file changes nothing', async () => {
    const applied = await report('apply', first);
    expect(applied.applied).toBe(true);
    expect(applied.counts.new).toBe(4);
    const after = await snapshot();
    expect(after.services).toHaveLength(4);

    const pecovatelska = byRegistration(after, '1111111');
    expect(pecovatelska).toMatchObject({
      name: 'Charitní pečovatelská služba Třeboň', kind: 'pecovatelska-sluzba', forms: ['ter'], clientGroups: ['pecujici-osoby', 'seniori'],
      capacity: 120, capacityUnit: 'klient', phone: '+420 384 555 101', email: 'ps@trebon.example.cz', web: 'http://www.charita-trebon.example.cz',
      street: 'Husova 12/3', city: 'Třeboň', postcode: '37901', municipalityCodes: ['547336'],
    });
    // Capacity is the registration's, not a sum over its two facilities (two floors of one home).
    expect(byRegistration(after, '8888888')).toMatchObject({ capacity: 60, capacityUnit: 'luzka', alwaysOpen: true, web: 'https://domov.example.cz' });
    // Opening hours read from casoveRozsahy.
    expect(byRegistration(after, '5555555')).toMatchObject({
      openingHours: [{ day: 1, opens: '08:00', closes: '12:00' }, { day: 3, opens: '13:00', closes: '17:00' }],
      municipalityCodes: ['546674'], city: 'Lomnice nad Lužnicí', email: 'poradna@lomnice.example.cz',
    });
    // An IČO that starts with 0 keeps its zeros, also when the file wrote it as a number.
    expect(after.providers.map((p) => p.ico).sort()).toEqual(['00245232', '00708909', '26552612', '70890650']);

    const again = await report('dry-run', first);
    expect(again.counts).toMatchObject({ new: 0, changed: 0, unchanged: 4, gone: 0, bad: 2, unmapped: 1 });
    expect(again.providers).toEqual({ new: [], changed: [] });
    const reapplied = await report('apply', first);
    expect(reapplied.applied).toBe(false);
    expect((await snapshot()).version).toBe(after.version);
  });

  it('keeps a secret address out of every answer and never stores the statutory bodies', async () => {
    const shelter = byRegistration(await snapshot(), '2222222');
    expect(shelter).toMatchObject({ addressSecret: true, city: 'Třeboň', name: 'Krizové lůžko Třeboňsko' });
    expect(shelter.street).toBeUndefined();
    expect(shelter.postcode).toBeUndefined();
    const answers = await Promise.all([
      api('/api/territories/trebon/catalogue').then((r) => r.text()),
      api(`/api/services/${shelter.id}`).then((r) => r.text()),
      as(coordinator, `/api/services/${shelter.id}`).then((r) => r.text()),
      api('/api/catalogue/search?q=krizove').then((r) => r.text()),
      api('/api/territories/trebon/catalogue.csv').then((r) => r.text()),
      api('/api/territories/trebon/hsds/services?per_page=100').then((r) => r.text()),
      importFile('dry-run', first).then((r) => r.text()),
    ]);
    for (const text of answers) {
      expect(text).not.toContain('Tajná');
      expect(text).not.toContain('Statutárová');
      expect(text).not.toContain('Jarmila');
    }
    expect(answers[0]).not.toContain('agportal-server');
  });

  it('a later file: reports changed fields, gone services and new ones, and apply retires what is gone', async () => {
    const before = await snapshot();
    const dry = await report('dry-run', later);
    expect(dry.counts).toMatchObject({ new: 1, changed: 1, unchanged: 2, gone: 1 });
    expect(dry.changed).toEqual([expect.objectContaining({ registrationId: '1111111', fields: ['capacity', 'phone'] })]);
    expect(dry.gone.map((g) => g.registrationId)).toEqual(['5555555']);
    expect(dry.new.map((n) => n.registrationId)).toEqual(['9999999']);

    expect((await report('apply', later)).applied).toBe(true);
    const after = await snapshot();
    expect(after.services.map((s) => s.registrationId).sort()).toEqual(['1111111', '2222222', '8888888', '9999999']);
    expect(byRegistration(after, '1111111')).toMatchObject({ capacity: 140, phone: '+420 384 555 199' });
    const delta = await (await api(`/api/territories/trebon/catalogue?since=${before.version}`)).json<{ services: { registrationId: string }[]; deleted: { services: string[] } }>();
    expect(delta.services.map((s) => s.registrationId).sort()).toEqual(['1111111', '9999999']);
    expect(delta.deleted.services).toEqual([dry.gone[0]!.serviceId]);
    expect((await report('dry-run', later)).counts).toMatchObject({ new: 0, changed: 0, gone: 0, unchanged: 4 });
  });

  it('brings a gone service back when the registry lists it again', async () => {
    const dry = await report('dry-run', first);
    expect(dry.changed).toEqual(expect.arrayContaining([expect.objectContaining({ registrationId: '5555555', fields: ['retiredAt'] })]));
  });

  it('skips a service that another territory manages and keeps what coordinators wrote', async () => {
    const region = await createRegion('Jinde');
    const other = await createTerritory(region.id, { slug: 'jinde' });
    const provider = await createProvider({ name: 'Cizí poskytovatel' });
    await createService({ providerId: provider.id, territoryId: other.id, registrationId: '1231231', name: 'Cizí služba' });
    const item = { ...(first.polozky[0] as Record<string, unknown>), identifikator: '1231231' };
    const body = await report('dry-run', { polozky: [item] });
    expect(body.skipped).toEqual([{ position: 0, registrationId: '1231231', reason: 'the service is in the catalogue of another territory' }]);

    const pecovatelska = byRegistration(await snapshot(), '1111111');
    const renamed = await as(coordinator, `/api/services/${pecovatelska.id}`, { method: 'PATCH', json: { name: 'Pečovatelská služba Třeboňsko', description: 'Pomoc v domácnosti.' } });
    expect(renamed.status).toBe(200);
    expect((await report('dry-run', later)).changed).toEqual([]);
  });

  it('warns about opening hours it cannot read and leaves the hours as they are', async () => {
    const item = structuredClone(first.polozky[4]) as { formy: { casoveRozsahy: unknown }[] };
    item.formy[0]!.casoveRozsahy = [{ denniDoba: 'dopoledne' }];
    const body = await report('dry-run', { polozky: [item] });
    expect(body.warnings).toEqual(
      expect.arrayContaining([{ position: 0, registrationId: '5555555', message: 'opening hours (casoveRozsahy) are not in a shape KPSS reads; the hours were left as they are' }]),
    );
    expect(body.changed.find((c) => c.registrationId === '5555555')?.fields ?? []).not.toContain('openingHours');
  });

  it('reports a registration id listed twice as a bad item', async () => {
    const item = first.polozky[0];
    const body = await report('dry-run', { polozky: [item, item] });
    expect(body.bad).toEqual([{ position: 1, field: 'polozky[1].identifikator', reason: 'is listed again (first at polozky[0])', registrationId: '1111111' }]);
  });
});

describe('POST /api/territories/:territory/registry-import with bad input', () => {
  it('answers 400 to a body that is not JSON or has no polozky, and leaves the catalogue as it was', async () => {
    const before = await snapshot();
    let res = await as(coordinator, '/api/territories/trebon/registry-import?mode=apply', { method: 'POST', body: '{"polozky": [', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('body');
    for (const [json, field] of [[{}, 'json.polozky'], [{ polozky: {} }, 'json.polozky'], [[], 'json.polozky'], ['polozky', 'json']] as const) {
      res = await importFile('apply', json);
      expect(res.status).toBe(400);
      expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe(field);
    }
    expect((await snapshot()).version).toBe(before.version);
  });

  it('needs a mode', async () => {
    const res = await as(coordinator, '/api/territories/trebon/registry-import', { method: 'POST', json: first });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('query.mode');
  });

  it('is for the territory’s coordinators only', async () => {
    const member = await signIn((await createUser({ roles: [[trebonId, 'member']] })).email);
    expect((await importFile('dry-run', first, member)).status).toBe(403);
    const region = await createRegion('Jiný kraj');
    const elsewhere = await createTerritory(region.id, { slug: 'jinde-2' });
    const stranger = await signIn((await createUser({ roles: [[elsewhere.id, 'coordinator']] })).email);
    expect((await importFile('dry-run', first, stranger)).status).toBe(403);
    expect((await api('/api/territories/trebon/registry-import?mode=dry-run', { method: 'POST', json: first })).status).toBe(401);
  });
});
