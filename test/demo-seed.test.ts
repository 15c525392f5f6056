import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, loadDemoSeed } from './helpers.ts';

const count = async (sql: string) => (await env.DB.prepare(sql).first<{ n: number }>())!.n;

describe('the demo seed', () => {
  beforeAll(loadDemoSeed);

  it('lists the six South Bohemian ORPs as the top-level territories', async () => {
    const { territories } = await (await api('/api/territories?topLevel=true')).json<{ territories: { name: string }[] }>();
    const names = ['Český Krumlov', 'Jindřichův Hradec', 'Prachatice', 'Tábor', 'Trhové Sviny', 'Třeboň'];
    expect(territories.map((t) => t.name).sort()).toEqual(names.sort());
  });

  it('has a catalogue of at least 60 services, every one marked as demo data', async () => {
    expect(await count('SELECT count(*) AS n FROM services')).toBeGreaterThanOrEqual(60);
    expect(await count('SELECT count(*) AS n FROM services WHERE is_demo = 0')).toBe(0);
  });

  it('has the groups of Tábor as they are, with its territorial groups', async () => {
    const { results } = await env.DB.prepare(
      `SELECT g.name, g.kind FROM groups g JOIN territories t ON t.id = g.territory_id WHERE t.slug = 'tabor'`,
    ).all<{ name: string; kind: string }>();
    const names = results.map((g) => g.name);
    expect(names).toEqual(expect.arrayContaining(['Menšiny', 'Senioři', 'Zdravotně postižení']));
    expect(results.filter((g) => g.kind === 'working_territorial')).toHaveLength(4);
    expect(results.filter((g) => g.kind === 'steering')).toHaveLength(1);
  });

  it('has the public hearing in Jindřichův Hradec on 12 April 2018', async () => {
    const hearing = await env.DB.prepare(`SELECT place FROM meetings WHERE kind = 'public_hearing' AND starts_at = '2018-04-12T15:00'`).first<{ place: string }>();
    expect(hearing?.place).toMatch(/Kostelní 20\/I/);
  });

  it('changes nothing when loaded a second time', async () => {
    const before = await count('SELECT value AS n FROM sync_sequence');
    await loadDemoSeed();
    expect(await count('SELECT value AS n FROM sync_sequence')).toBe(before);
  });
});

describe('the demo accounts', () => {
  beforeAll(loadDemoSeed);

  it.each([
    ['admin@kpss.example', 'demo-heslo-admin', true, []],
    ['koordinator@kpss.example', 'demo-heslo-koordinator', false, ['coordinator', 'coordinator']],
    ['clen@kpss.example', 'demo-heslo-clen', false, ['member']],
  ])('%s signs in with the documented password', async (email, password, isAdmin, roles) => {
    const res = await api('/api/auth/login', { method: 'POST', json: { email, password } });
    expect(res.status).toBe(200);
    const { user } = await res.json<{ user: { isAdmin: boolean; roles: { role: string }[] } }>();
    expect(user.isAdmin).toBe(isAdmin);
    expect(user.roles.map((r) => r.role)).toEqual(roles);
  });
});
