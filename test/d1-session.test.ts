/**
 * D1 read replication (worker/db/d1-session.ts) against a read replica that lags (test/lagging-replica.ts): a device
 * that sends back its bookmark never reads older data than its own last write, a public read without one may be
 * answered by the replica, and writes, the sync protocol and private reads stay on the primary.
 */
import { applyD1Migrations, createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { uuidv7 } from 'uuidv7';
import { beforeAll, describe, expect, it } from 'vitest';
import { rememberBookmark, withBookmark } from '../pwa/lib/d1-bookmark.ts';
import { D1_BOOKMARK_HEADER } from '../schema/d1-bookmark.ts';
import type { PullResponse } from '../schema/api/sync.ts';
import * as t from '../schema/tables.ts';
import worker from '../worker/index.ts';
import { hashPassword } from '../worker/auth/password.ts';
import { SEQUENCE_REUSE_MS } from '../worker/cache/public-cache.ts';
import { PASSWORD, cookieFrom } from './accounts.ts';
import { type ErrorJson, api } from './helpers.ts';
import { LaggingReplicaDatabase } from './lagging-replica.ts';
import { change } from './meeting-fixtures.ts';

const database = new LaggingReplicaDatabase(env.DB, env.TEST_REPLICA_DB);
const db = drizzle(database.binding(), { schema: t });

/** A request from a browser on the app's origin to the Worker whose `env.DB` is the lagging stand-in. */
function request(path: string, init: { method?: string; json?: unknown; cookie?: string; bookmark?: string | null } = {}) {
  const headers = new Headers({ origin: 'https://kpss.test' });
  if (init.json !== undefined) headers.set('content-type', 'application/json');
  if (init.cookie) headers.set('cookie', init.cookie);
  if (init.bookmark) headers.set(D1_BOOKMARK_HEADER, init.bookmark);
  const body = init.json === undefined ? undefined : JSON.stringify(init.json);
  return worker.fetch(new Request(`https://kpss.test${path}`, { method: init.method ?? 'GET', headers, body }), { ...env, DB: database.binding() }, createExecutionContext());
}

const bookmarkOf = (res: Response) => {
  const bookmark = res.headers.get(D1_BOOKMARK_HEADER);
  if (!bookmark) throw new Error(`no ${D1_BOOKMARK_HEADER} on the answer to ${res.url}`);
  return bookmark;
};

type Catalogue = { services: { id: string; name: string }[] };
const serviceNames = async (res: Response) => ((await res.json()) as Catalogue).services.map((s) => s.name);

let territoryId = '';
let groupId = '';
let serviceId = '';
let coordinatorEmail = '';

beforeAll(async () => {
  await applyD1Migrations(env.TEST_REPLICA_DB, env.TEST_MIGRATIONS);
  const region = { id: uuidv7(), code: 'CZ031', name: 'Jihočeský kraj' };
  await db.insert(t.regions).values(region);
  territoryId = uuidv7();
  await db.insert(t.territories).values({ id: territoryId, regionId: region.id, kind: 'orp', slug: 'trebon', name: 'Třeboň' });
  const providerId = uuidv7();
  await db.insert(t.providers).values({ id: providerId, name: 'Centrum pro zdravotně postižené' });
  serviceId = uuidv7();
  await db.insert(t.services).values({ id: serviceId, providerId, territoryId, kindCode: 'odborne-socialni-poradenstvi', name: 'Poradna Třeboň' });
  groupId = uuidv7();
  await db.insert(t.groups).values({ id: groupId, territoryId, kind: 'working_thematic', name: 'Senioři' });
  coordinatorEmail = `koordinator-${uuidv7()}@example.org`;
  const userId = uuidv7();
  await db.insert(t.users).values({ id: userId, email: coordinatorEmail, name: 'Koordinátorka', passwordHash: await hashPassword(PASSWORD) });
  await db.insert(t.userRoles).values({ id: uuidv7(), userId, territoryId, role: 'coordinator' });
  await database.catchUp();
});

async function signIn() {
  const res = await request('/api/auth/login', { method: 'POST', json: { email: coordinatorEmail, password: PASSWORD } });
  expect(res.status).toBe(200);
  await database.catchUp();
  return { cookie: cookieFrom(res), bookmark: bookmarkOf(res) };
}

async function rename(cookie: string, name: string) {
  const res = await request(`/api/services/${serviceId}`, { method: 'PATCH', cookie, json: { name } });
  expect(res.status).toBe(200);
  return bookmarkOf(res);
}

describe('reads with a lagging read replica', () => {
  it("shows a device its own edit at once when it sends the edit's bookmark, while other devices may still read the older copy", async () => {
    const { cookie } = await signIn();
    const edited = await rename(cookie, 'Poradna pro seniory Třeboň');
    // a neighbour's phone without a bookmark: the replica has not caught up yet
    const neighbour = await request('/api/territories/trebon/catalogue');
    expect(neighbour.status).toBe(200);
    expect(await serviceNames(neighbour)).toEqual(['Poradna Třeboň']);
    // the coordinator's own device, signed in and (the same device) signed out: both with the edit's bookmark
    const signedIn = await request('/api/territories/trebon/catalogue', { cookie, bookmark: edited });
    expect(await serviceNames(signedIn)).toEqual(['Poradna pro seniory Třeboň']);
    const signedOut = await request('/api/territories/trebon/catalogue', { bookmark: edited });
    expect(await serviceNames(signedOut)).toEqual(['Poradna pro seniory Třeboň']);
    expect((await (await request(`/api/services/${serviceId}`, { bookmark: edited })).json<{ service: { name: string } }>()).service.name).toBe(
      'Poradna pro seniory Třeboň',
    );
    await database.catchUp();
  });

  it('answers a public read without a bookmark from the replica, and with the edit once the replica has caught up', async () => {
    // (and once this isolate has stopped reusing the change sequence it read from the replica before)
    const { cookie } = await signIn();
    await rename(cookie, 'Poradna Třeboň a okolí');
    const before = database.replicaReads;
    expect(await serviceNames(await request('/api/territories/trebon/catalogue'))).not.toContain('Poradna Třeboň a okolí');
    expect(database.replicaReads).toBeGreaterThan(before);
    await database.catchUp();
    await new Promise((resolve) => setTimeout(resolve, SEQUENCE_REUSE_MS + 50));
    const caughtUp = database.replicaReads;
    expect(await serviceNames(await request('/api/territories/trebon/catalogue'))).toEqual(['Poradna Třeboň a okolí']);
    expect(database.replicaReads).toBeGreaterThan(caughtUp);
  });

  it('never serves from a replica older than the bookmark the device sent, even a bookmark from another read', async () => {
    const { cookie } = await signIn();
    const edited = await rename(cookie, 'Poradna Třeboň, pobočka Lomnice');
    // a read at the primary's position hands its bookmark on; reading with that one must see the edit as well
    const seen = await request('/api/territories/trebon/catalogue', { bookmark: edited });
    const next = await request('/api/territories/trebon/catalogue', { bookmark: bookmarkOf(seen) });
    expect(await serviceNames(next)).toEqual(['Poradna Třeboň, pobočka Lomnice']);
    expect(bookmarkOf(next) >= edited).toBe(true);
    await database.catchUp();
  });
});

describe('writes, sync and private reads stay on the primary', () => {
  it('pulls back a pushed meeting at once, although the replica lags and no bookmark is sent', async () => {
    const { cookie } = await signIn();
    const meeting = change('meeting', uuidv7(), { territoryId, groupId, kind: 'working_group', title: 'PS Senioři, březen', startsAt: '2027-03-01T13:00', place: 'Radnice' });
    const pushed = await request('/api/sync/push', { method: 'POST', cookie, json: { clientId: 'tablet', appVersion: '1.0.0', changes: [meeting] } });
    expect(pushed.status).toBe(200);
    expect((await pushed.json<{ results: { status: string }[] }>()).results.map((r) => r.status)).toEqual(['applied']);
    const afterPush = bookmarkOf(pushed);
    const pulled = await request('/api/sync/pull?since=0', { cookie });
    expect(pulled.status).toBe(200);
    const changes = (await pulled.json<PullResponse>()).changes;
    expect(changes.some((c) => c.entity === 'meeting' && c.id === meeting.entityId)).toBe(true);
    expect(bookmarkOf(pulled) >= afterPush).toBe(true);
    await database.catchUp();
  });

  it('ends a revoked session at once on the other device, although the replica still has the session', async () => {
    const phone = await signIn();
    const tablet = await signIn();
    const listed = await request('/api/auth/sessions', { cookie: phone.cookie });
    const { sessions } = await listed.json<{ sessions: { id: string; current: boolean }[] }>();
    // session ids are UUIDv7: the newest one that is not the phone's is the tablet's
    const other = sessions.filter((s) => !s.current).sort((a, b) => b.id.localeCompare(a.id))[0]!;
    const revoked = await request(`/api/auth/sessions/${other.id}`, { method: 'DELETE', cookie: phone.cookie });
    expect(revoked.status).toBe(200);
    // the tablet still holds its own older bookmark; the replica (not caught up) still has its session row
    const me = await request('/api/auth/me', { cookie: tablet.cookie, bookmark: tablet.bookmark });
    expect((await me.json<{ user: unknown }>()).user).toBeNull();
    await database.catchUp();
  });

  it('refuses a malformed bookmark with 400 naming the header, and changes nothing', async () => {
    const { cookie } = await signIn();
    const res = await request(`/api/services/${serviceId}`, { method: 'PATCH', cookie, bookmark: "'; DROP TABLE services; --", json: { name: 'Nikdy' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorJson).error.issues?.map((i) => i.field)).toEqual([`header.${D1_BOOKMARK_HEADER}`]);
    const [stored] = await drizzle(env.DB, { schema: t }).select({ name: t.services.name }).from(t.services).where(eq(t.services.id, serviceId));
    expect(stored?.name).not.toBe('Nikdy');
  });
});

// Last in the file: it writes past the stand-in, so its primary and replica differ afterwards.
describe('the bookmark on answers of the real local D1', () => {
  it('comes back on a read and on a write, and the write moves it forward', async () => {
    const read = await api('/api/territories');
    expect(read.status).toBe(200);
    const readBookmark = bookmarkOf(read);
    const login = await api('/api/auth/login', { method: 'POST', json: { email: coordinatorEmail, password: PASSWORD }, headers: { [D1_BOOKMARK_HEADER]: readBookmark } });
    expect(login.status).toBe(200);
    expect(bookmarkOf(login) > readBookmark).toBe(true);
  });
});

describe("the PWA's bookmark (pwa/lib/d1-bookmark.ts)", () => {
  const answer = (bookmark: string | null) => new Response('{}', { headers: bookmark === null ? {} : { [D1_BOOKMARK_HEADER]: bookmark } });

  it('sends the newest bookmark it has received, never an older one that arrives later, nor a value that is not a bookmark', () => {
    const newer = '00000000-00000020-00000000-00000000000000000000000000000000';
    const older = '00000000-0000000f-00000000-00000000000000000000000000000000';
    rememberBookmark(answer(newer));
    rememberBookmark(answer(older)); // a saved copy or a slow answer
    rememberBookmark(answer('not a bookmark'));
    rememberBookmark(answer(null));
    const init = withBookmark('/api/territories', { headers: { accept: 'application/json' } });
    const headers = new Headers(init?.headers);
    expect(headers.get(D1_BOOKMARK_HEADER)).toBe(newer);
    expect(headers.get('accept')).toBe('application/json');
  });
});
