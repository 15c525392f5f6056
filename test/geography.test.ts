import { beforeAll, describe, expect, it } from 'vitest';
import { as, createUser, signIn } from './accounts.ts';
import { api, createRegion, createTerritory, type ErrorJson } from './helpers.ts';

/** ČSÚ's relation file obec → ORP (VAZ0043_0065), as the statistical office exports it. */
const VAZ_HEADER = '"TYPVAZ","AKRCIS1","KODCIS1","CHODNOTA1","TEXT1","AKRCIS2","KODCIS2","CHODNOTA2","TEXT2"';
const vazRow = (code: string, name: string, orp: string, orpName: string) => `"0043_0065","OBEC","43","${code}","${name}","ORP","65","${orp}","${orpName}"`;
const CSV = [
  VAZ_HEADER,
  vazRow('547336', 'Třeboň', '3112', 'Třeboň'),
  vazRow('546674', 'Lomnice nad Lužnicí', '3112', 'Třeboň'),
  vazRow('546461', 'Chlum u Třeboně', '3112', 'Třeboň'),
  vazRow('552046', 'Tábor', '3126', 'Tábor'),
].join('\r\n');

let admin = '';
let coordinator = '';

const importCsv = (body: BodyInit, mode: 'dry-run' | 'apply', cookie = admin) =>
  as(cookie, `/api/regions/CZ031/municipalities-import?mode=${mode}`, { method: 'POST', body, headers: { 'Content-Type': 'text/csv' } });
const municipalitiesOf = async (territory: string) => (await (await api(`/api/territories/${territory}/municipalities`)).json<{ municipalities: { code: string; name: string }[] }>()).municipalities;

beforeAll(async () => {
  const existing = await createRegion('Kraj Vysočina');
  const other = await createTerritory(existing.id, { slug: 'jihlava', name: 'Jihlava' });
  admin = await signIn((await createUser({ isAdmin: true })).email);
  coordinator = await signIn((await createUser({ roles: [[other.id, 'coordinator']] })).email);
});

describe('a new district set up by the admin', () => {
  it('creates the region and an ORP territory; the public sees neither write door', async () => {
    expect((await api('/api/regions', { method: 'POST', json: { code: 'CZ031', name: 'Jihočeský kraj' } })).status).toBe(401);
    expect((await as(coordinator, '/api/regions', { method: 'POST', json: { code: 'CZ031', name: 'Jihočeský kraj' } })).status).toBe(403);
    const region = await as(admin, '/api/regions', { method: 'POST', json: { code: 'cz031', name: 'Jihočeský kraj' } });
    expect(region.status).toBe(201);
    const territory = await as(admin, '/api/territories', { method: 'POST', json: { kind: 'orp', name: 'Třeboň', regionCode: 'CZ031', orpCode: '3112', planningSince: 2008 } });
    expect(territory.status).toBe(201);
    const { territory: created } = await territory.json<{ territory: { slug: string } }>();
    expect(created.slug).toBe('trebon');
    const again = await as(admin, '/api/territories', { method: 'POST', json: { kind: 'orp', name: 'Třeboň', regionCode: 'CZ031', slug: 'trebon' } });
    expect(again.status).toBe(409);
    expect((await again.json<ErrorJson>()).error.issues?.map((i) => i.field)).toContain('json.slug');
  });

  it('refuses a sub-area without a parent, naming the field', async () => {
    const res = await as(admin, '/api/territories', { method: 'POST', json: { kind: 'subarea', name: 'Lomnicko', regionCode: 'CZ031' } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('parentId');
  });

  it('imports municipalities from the ČSÚ file: a dry run writes nothing, apply adds them to the ORP, twice changes nothing', async () => {
    const dry = await importCsv(CSV, 'dry-run');
    expect(dry.status).toBe(200);
    const report = await dry.json<{ applied: boolean; created: { code: string }[]; memberships: { code: string; territory: string }[]; unknownOrp: { orpCode: string }[] }>();
    expect(report.created.map((m) => m.code).sort()).toEqual(['546461', '546674', '547336', '552046']);
    expect(report.memberships.map((m) => m.territory)).toEqual(['trebon', 'trebon', 'trebon']);
    expect(report.unknownOrp.map((m) => m.orpCode)).toEqual(['3126']);
    expect(await municipalitiesOf('trebon')).toEqual([]);

    const applied = await (await importCsv(CSV, 'apply')).json<{ applied: boolean }>();
    expect(applied.applied).toBe(true);
    expect((await municipalitiesOf('trebon')).map((m) => m.name).sort((a, b) => a.localeCompare(b, 'cs'))).toEqual(['Chlum u Třeboně', 'Lomnice nad Lužnicí', 'Třeboň']);

    const twice = await (await importCsv(CSV, 'apply')).json<{ applied: boolean; created: unknown[]; memberships: unknown[] }>();
    expect(twice).toMatchObject({ applied: false, created: [], memberships: [] });
  });

  it('is the admin\'s: a coordinator may not import', async () => {
    expect((await importCsv(CSV, 'dry-run', coordinator)).status).toBe(403);
  });
});

describe('POST /api/regions/:code/municipalities-import with a bad file', () => {
  const refused = async (body: BodyInit) => {
    const res = await importCsv(body, 'apply');
    expect(res.status).toBe(400);
    return (await res.json<ErrorJson>()).error;
  };

  it('names the first line that is not UTF-8 (a file saved in windows-1250) and writes nothing', async () => {
    const before = await municipalitiesOf('trebon');
    const bytes = new TextEncoder().encode(`${VAZ_HEADER}\n${vazRow('547336', 'Třeboň', '3112', 'Třeboň')}\n`);
    // "Kardašova Řečice" with Ř as windows-1250's 0xD8, which is not UTF-8
    const latin = Uint8Array.from([...new TextEncoder().encode('"0043_0065","OBEC","43","547000","Kardašova '), 0xd8, ...new TextEncoder().encode('ečice","ORP","65","3106","Jindřichův Hradec"\n')]);
    const error = await refused(new Blob([bytes, latin]));
    expect(error.issues?.[0]?.field).toBe('body.line.3');
    expect(error.message).toMatch(/UTF-8/);
    expect(await municipalitiesOf('trebon')).toEqual(before);
  });

  it('names a truncated line (a quoted field left open)', async () => {
    const error = await refused(`${VAZ_HEADER}\n${vazRow('547247', 'Stříbřec', '3112', 'Třeboň')}\n"0043_0065","OBEC","43","547","Ne`);
    expect(error.issues?.some((i) => i.field === 'body.line.3')).toBe(true);
  });

  it('names the missing columns of a file in another format', async () => {
    const error = await refused('obec;nazev\n552046;Třeboň\n');
    expect(error.message + JSON.stringify(error.issues)).toMatch(/CHODNOTA1|kod_obce/);
  });

  it('names a municipality code that is not six digits', async () => {
    const error = await refused(`${VAZ_HEADER}\n${vazRow('55204', 'Třeboň', '3112', 'Třeboň')}\n`);
    expect(error.issues?.[0]?.field).toBe('body.line.2');
  });
});
