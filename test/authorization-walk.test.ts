/**
 * Every write route the app has (read from app.routes: a route added later is walked without a line here), sent as
 * a member and as a coordinator of ANOTHER territory at the real rows of the demo's Jindřichův Hradec: each one is
 * refused, and nothing at all is written (every table counted by triggers, the audit log included).
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../worker/index.ts';
import { as, createUser, signIn } from './accounts.ts';
import { loadDemoSeed } from './helpers.ts';

const UNSAFE = ['POST', 'PUT', 'PATCH', 'DELETE'];
/**
 * Routes on one's own account or open to anyone signed in, each checked per change or per person elsewhere
 * (auth.test.ts, account.test.ts, invitations.test.ts, sync.test.ts, hearing-public.test.ts, registry-codes.test.ts).
 */
const OWN_OR_SHARED = new Set([
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'DELETE /api/auth/sessions/:sessionId',
  'POST /api/auth/password',
  'DELETE /api/account',
  'POST /api/invitations/:token/accept',
  'POST /api/sync/push',
  'POST /api/public-hearings/:code/sync/push',
  'PUT /api/registry-codes/:list/:code',
  'DELETE /api/registry-codes/:list/:code',
  'POST /api/registry-codes/code-lists',
]);
/** Refusals before the policy is even asked: the body does not fit (400) or the row is not there to act on (404). */
const REFUSED = [400, 401, 403, 404];

const writeRoutes = [...new Set(app.routes.filter((r) => UNSAFE.includes(r.method)).map((r) => `${r.method} ${r.path}`))].filter(
  (route) => !OWN_OR_SHARED.has(route),
);

const TARGET = 'jindrichuv-hradec';
const one = async (sql: string, ...params: unknown[]) => {
  const row = await env.DB.prepare(sql).bind(...params).first<{ v: string | number }>();
  return row ? String(row.v) : '0190a4f0-0000-7000-8000-000000000000';
};

/** The target territory's own rows, by the path segment in front of each parameter. */
async function realParams(territoryId: string): Promise<Record<string, string>> {
  const inPlans = (table: string) => one(`SELECT id AS v FROM ${table} WHERE plan_id IN (SELECT id FROM plans WHERE territory_id = ?) LIMIT 1`, territoryId);
  const ofTerritory = (table: string) => one(`SELECT id AS v FROM ${table} WHERE territory_id = ? LIMIT 1`, territoryId);
  const groupId = await ofTerritory('groups');
  const hearingId = await one("SELECT id AS v FROM meetings WHERE territory_id = ? AND kind = 'public_hearing' LIMIT 1", territoryId);
  return {
    'territories/:territory': TARGET,
    'roles/:userId': await one("SELECT user_id AS v FROM user_roles WHERE territory_id = ? AND role = 'member' LIMIT 1", territoryId),
    'users/:userId': await one("SELECT user_id AS v FROM user_roles WHERE territory_id = ? AND role = 'member' LIMIT 1", territoryId),
    'projects/:id': await ofTerritory('planning_projects'),
    'activities/:kind': await one('SELECT kind AS v FROM project_activities LIMIT 1'),
    'documents/:id': await ofTerritory('documents'),
    'groups/:id': groupId,
    'members/:memberId': await one('SELECT id AS v FROM group_members WHERE group_id = ? LIMIT 1', groupId),
    'people/:id': await ofTerritory('people'),
    'meetings/:id': await ofTerritory('meetings'),
    'hearings/:id': hearingId,
    'comments/:commentId': await one('SELECT id AS v FROM hearing_comments WHERE meeting_id = ? LIMIT 1', hearingId),
    'services/:id': await ofTerritory('services'),
    'providers/:id': await one('SELECT provider_id AS v FROM services WHERE territory_id = ? LIMIT 1', territoryId),
    'plans/:id': await ofTerritory('plans'),
    'sections/:id': await inPlans('plan_sections'),
    'priorities/:id': await inPlans('priorities'),
    'measures/:id': await inPlans('measures'),
    'activities/:id': await inPlans('activities'),
    'action-plans/:year': '2026',
    'evaluations/:year': '2026',
    'regions/:code': await one('SELECT code AS v FROM regions WHERE id = (SELECT region_id FROM territories WHERE id = ?)', territoryId),
    'municipalities/:municipalityId': await one('SELECT municipality_id AS v FROM territory_municipalities WHERE territory_id = ? LIMIT 1', territoryId),
    'municipalities/:id': await one('SELECT municipality_id AS v FROM territory_municipalities WHERE territory_id = ? LIMIT 1', territoryId),
  };
}

/** Every insert, update and delete in any table adds one to a counter (as in fuzz.test.ts). */
async function countWrites() {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'services_fts%'",
  ).all<{ name: string }>();
  const statements = ['CREATE TABLE walk_writes (id INTEGER PRIMARY KEY, writes INTEGER NOT NULL)', 'INSERT INTO walk_writes VALUES (1, 0)'];
  for (const { name } of results) {
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      statements.push(`CREATE TRIGGER "walk_${name}_${op}" AFTER ${op} ON "${name}" BEGIN UPDATE walk_writes SET writes = writes + 1 WHERE id = 1; END`);
    }
  }
  await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));
}
const writes = async () => (await env.DB.prepare('SELECT writes FROM walk_writes').first<{ writes: number }>())!.writes;

let params: Record<string, string> = {};
const cookies: Record<'member' | 'coordinator', string> = { member: '', coordinator: '' };
beforeAll(async () => {
  await loadDemoSeed();
  const territoryId = (slug: string) => one('SELECT id AS v FROM territories WHERE slug = ?', slug);
  params = await realParams(await territoryId(TARGET));
  const tabor = await territoryId('tabor');
  cookies.member = await signIn((await createUser({ roles: [[tabor, 'member']] })).email);
  cookies.coordinator = await signIn((await createUser({ roles: [[tabor, 'coordinator']] })).email);
  await countWrites();
});

const fill = (path: string) => path.replace(/([^/]+)\/:(\w+)/g, (whole, segment: string) => `${segment}/${params[whole] ?? '0190a4f0-0000-7000-8000-000000000000'}`);

describe.each(['member', 'coordinator'] as const)('a %s of Tábor', (who) => {
  it.each(writeRoutes)(`cannot ${'%s'} in Jindřichův Hradec`, async (route) => {
    const [method, path] = route.split(' ') as [string, string];
    const before = await writes();
    const res = await as(cookies[who], fill(path), { method, json: {} });
    const what = `${route} → ${res.status} ${(await res.text()).slice(0, 200)}`;
    expect(REFUSED, what).toContain(res.status);
    expect(await writes(), what).toBe(before);
  });
});

it('walks the routes that matter with real rows', () => {
  expect(writeRoutes.length).toBeGreaterThan(60);
  for (const key of ['territories/:territory', 'plans/:id', 'groups/:id', 'meetings/:id', 'hearings/:id', 'services/:id', 'activities/:id']) {
    expect(params[key], key).not.toBe('0190a4f0-0000-7000-8000-000000000000');
  }
});
