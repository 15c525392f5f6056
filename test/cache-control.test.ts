/**
 * Issue 14, point 1: an answer that depends on who asks must never be kept by a shared cache or the device's caches.
 * Everything the Worker answers is private unless schema/cache-policy.ts lists the route as public, so a route added
 * later is private without anybody remembering it.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_ROUTES, publicRoute } from '../schema/cache-policy.ts';
import app from '../worker/index.ts';
import { as, signIn } from './accounts.ts';
import { api, loadDemoSeed } from './helpers.ts';

const JH = 'jindrichuv-hradec';
const PRIVATE = 'private, no-store';

let coordinator: string;
let member: string;
let draftPlanId: string;

const cacheControl = async (response: Promise<Response>) => (await response).headers.get('cache-control');

beforeAll(async () => {
  await loadDemoSeed();
  coordinator = await signIn('koordinator@kpss.example', 'demo-heslo-koordinator');
  member = await signIn('clen@kpss.example', 'demo-heslo-clen');
  const draft = await env.DB.prepare(
    `SELECT p.id FROM plans p JOIN territories t ON t.id = p.territory_id WHERE t.slug = 'tabor' AND p.status = 'draft' LIMIT 1`,
  )
    .first<{ id: string }>();
  draftPlanId = draft!.id;
});

describe('private answers', () => {
  it.each([
    '/api/auth/me',
    '/api/auth/sessions',
    '/api/account/export',
    `/api/territories/${JH}/members`,
    `/api/territories/${JH}/audit`,
    `/api/territories/${JH}/people`,
    `/api/territories/${JH}/meetings`,
    `/api/territories/${JH}/plans`,
    `/api/territories/${JH}/documents`,
    '/api/sync/pull?since=0',
    '/api/admin/users',
  ])('%s answers a coordinator "private, no-store"', async (path) => {
    expect(await cacheControl(as(coordinator, path))).toBe(PRIVATE);
  });

  it('a draft plan and its snapshot are private for its coordinator, and the snapshot still answers 304 to its ETag', async () => {
    expect(await cacheControl(as(coordinator, `/api/plans/${draftPlanId}`))).toBe(PRIVATE);
    const first = await as(coordinator, `/api/plans/${draftPlanId}/snapshot`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe(PRIVATE);
    const etag = first.headers.get('etag')!;
    const again = await as(coordinator, `/api/plans/${draftPlanId}/snapshot`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe(PRIVATE);
  });

  it('the signed-in person (or nobody) is private even without a session: a shared cache must not keep it', async () => {
    expect(await cacheControl(api('/api/auth/me'))).toBe(PRIVATE);
  });

  it('a sign-in answer, which carries the person, is private', async () => {
    const res = await api('/api/auth/login', { method: 'POST', json: { email: 'clen@kpss.example', password: 'demo-heslo-clen' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(PRIVATE);
  });

  it('an error answered to a signed-in person is private too', async () => {
    const res = await as(coordinator, '/api/territories/no-such-territory/members');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers.get('cache-control')).toBe(PRIVATE);
  });
});

describe('public answers', () => {
  it.each(['/api/territories?topLevel=true', `/api/territories/${JH}`, `/api/territories/${JH}/overview`, `/api/territories/${JH}/groups`])(
    '%s is not marked private, with or without a session',
    async (path) => {
      for (const response of [api(path), as(coordinator, path)]) {
        const res = await response;
        expect(res.status).toBe(200);
        expect(res.headers.get('cache-control') ?? '').not.toMatch(/private|no-store/);
      }
    },
  );

  it('the code lists keep their own public policy for a signed-in person', async () => {
    expect(await cacheControl(as(coordinator, '/api/code-lists'))).toBe('public, max-age=3600');
  });

  it('a plan list is public to the public (varying by cookie) and private to a member, who also sees drafts', async () => {
    const anonymous = await api(`/api/territories/${JH}/plans`);
    expect(anonymous.headers.get('cache-control') ?? '').not.toMatch(/private|no-store/);
    expect(anonymous.headers.get('vary')).toMatch(/cookie/i);
    expect(await cacheControl(as(member, `/api/territories/${JH}/plans`))).toBe(PRIVATE);
  });

  it('the catalogue snapshot keeps its ETag revalidation for a signed-in person', async () => {
    const first = await as(coordinator, `/api/territories/${JH}/catalogue`);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await as(coordinator, `/api/territories/${JH}/catalogue`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});

const getRoutes = [...new Set(app.routes.filter((r) => r.method === 'GET' && r.path.startsWith('/api/')).map((r) => r.path))];
const withDummyParams = (route: string) => route.replace(/:[^/]+/g, 'x');

describe('a route nobody listed', () => {
  const unlisted = getRoutes.filter((route) => !publicRoute('GET', withDummyParams(route)));

  it('is found among the app\'s routes (every private resource among them)', () => {
    expect(unlisted).toEqual(expect.arrayContaining(['/api/auth/me', '/api/territories/:territory/members', '/api/sync/pull', '/api/hearings/:id']));
  });

  it.each(unlisted)('%s is private, with a session and without', async (route) => {
    const path = withDummyParams(route);
    expect(await cacheControl(as(coordinator, path))).toBe(PRIVATE);
    expect(await cacheControl(api(path))).toBe(PRIVATE);
  });

  it('every public route listed is a real GET route of the app (a typo would leave the real one private)', () => {
    expect(PUBLIC_ROUTES.map((route) => route.route).filter((route) => !getRoutes.includes(route))).toEqual([]);
  });
});
