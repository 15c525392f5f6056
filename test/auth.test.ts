import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions } from '../schema/tables.ts';
import { as, cookieFrom, createUser, PASSWORD, signIn } from './accounts.ts';
import { api, db, type ErrorJson } from './helpers.ts';

type Me = { user: { email: string; roles: unknown[] } | null };

describe('POST /api/auth/login', () => {
  it('signs in with a __Host- cookie that is HttpOnly, Secure and SameSite=Lax', async () => {
    const user = await createUser();
    const res = await api('/api/auth/login', { method: 'POST', json: { email: user.email.toUpperCase(), password: PASSWORD } });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-kpss_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    const me = await (await as(cookieFrom(res), '/api/auth/me')).json<Me>();
    expect(me.user?.email).toBe(user.email);
  });

  it('stores the session token only as a hash', async () => {
    const user = await createUser();
    const cookie = await signIn(user.email);
    const token = cookie.split('=')[1]!;
    const stored = await db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token);
    expect(stored[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives a new session at every sign-in', async () => {
    const user = await createUser();
    const first = await signIn(user.email);
    const second = await signIn(user.email);
    expect(first).not.toBe(second);
    expect((await (await as(first, '/api/auth/me')).json<Me>()).user).not.toBeNull();
    expect((await (await as(second, '/api/auth/me')).json<Me>()).user).not.toBeNull();
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const user = await createUser();
    const wrongPassword = await api('/api/auth/login', { method: 'POST', json: { email: user.email, password: 'nope nope nope' } });
    const unknownEmail = await api('/api/auth/login', { method: 'POST', json: { email: 'nobody@example.org', password: 'nope nope nope' } });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(await wrongPassword.json()).toEqual(await unknownEmail.json());
  });

  it('names the invalid fields of a malformed body', async () => {
    const res = await api('/api/auth/login', { method: 'POST', json: { email: 'not-an-email' } });
    expect(res.status).toBe(400);
    const fields = (await res.json<ErrorJson>()).error.issues?.map((i) => i.field).sort();
    expect(fields).toEqual(['json.email', 'json.password']);
  });

  it('answers 400 naming the body when it is not JSON at all', async () => {
    const res = await api('/api/auth/login', { method: 'POST', body: '{"email": ', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('body');
  });

  it('blocks an account after five failures with 429 and Retry-After, even for the right password', async () => {
    const user = await createUser();
    for (let i = 0; i < 5; i++) {
      const res = await api('/api/auth/login', { method: 'POST', json: { email: user.email, password: `wrong ${i}` } });
      expect(res.status).toBe(401);
    }
    const blocked = await api('/api/auth/login', { method: 'POST', json: { email: user.email, password: PASSWORD } });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(60);
  });

  it('blocks an address that tries many accounts', async () => {
    const headers = { 'cf-connecting-ip': '203.0.113.7' };
    for (let i = 0; i < 20; i++) {
      await api('/api/auth/login', { method: 'POST', headers, json: { email: `guess${i}@example.org`, password: 'guess guess' } });
    }
    const user = await createUser();
    const res = await api('/api/auth/login', { method: 'POST', headers, json: { email: user.email, password: PASSWORD } });
    expect(res.status).toBe(429);
  });
});

describe('sessions', () => {
  it('end at logout', async () => {
    const user = await createUser();
    const cookie = await signIn(user.email);
    expect((await as(cookie, '/api/auth/logout', { method: 'POST' })).status).toBe(200);
    expect((await (await as(cookie, '/api/auth/me')).json<Me>()).user).toBeNull();
  });

  it('expire, after which the person is public again', async () => {
    const user = await createUser();
    const cookie = await signIn(user.email);
    await db.update(sessions).set({ expiresAt: Date.now() - 1 }).where(eq(sessions.userId, user.id));
    expect((await (await as(cookie, '/api/auth/me')).json<Me>()).user).toBeNull();
    expect((await as(cookie, '/api/auth/logout', { method: 'POST' })).status).toBe(401);
  });

  it('are renewed when used', async () => {
    const user = await createUser();
    const cookie = await signIn(user.email);
    const twoHoursAgo = Date.now() - 2 * 60 * 60 * 1000;
    await db.update(sessions).set({ lastUsedAt: twoHoursAgo, expiresAt: twoHoursAgo + 1000 * 60 * 60 * 3 }).where(eq(sessions.userId, user.id));
    const res = await as(cookie, '/api/auth/me');
    expect(res.headers.get('set-cookie')).toMatch(/__Host-kpss_session=/);
    const [row] = await db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(row!.expiresAt).toBeGreaterThan(Date.now() + 29 * 24 * 60 * 60 * 1000);
  });

  it('are listed to their owner, who can revoke one', async () => {
    const user = await createUser();
    const phone = await signIn(user.email);
    const laptop = await signIn(user.email);
    const { sessions: list } = await (await as(laptop, '/api/auth/sessions')).json<{ sessions: { id: string; current: boolean }[] }>();
    expect(list).toHaveLength(2);
    const other = list.find((s) => !s.current)!;
    expect((await as(laptop, `/api/auth/sessions/${other.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await (await as(phone, '/api/auth/me')).json<Me>()).user).toBeNull();
    expect((await (await as(laptop, '/api/auth/me')).json<Me>()).user).not.toBeNull();
  });

  it('of someone else cannot be revoked', async () => {
    const owner = await createUser();
    await signIn(owner.email);
    const [ownerSession] = await db.select().from(sessions).where(eq(sessions.userId, owner.id));
    const intruder = await signIn((await createUser()).email);
    expect((await as(intruder, `/api/auth/sessions/${ownerSession!.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('other than the current one end when the password changes', async () => {
    const user = await createUser();
    const phone = await signIn(user.email);
    const laptop = await signIn(user.email);
    const res = await as(laptop, '/api/auth/password', { method: 'POST', json: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' } });
    expect(res.status).toBe(200);
    expect((await (await as(phone, '/api/auth/me')).json<Me>()).user).toBeNull();
    expect((await (await as(laptop, '/api/auth/me')).json<Me>()).user).not.toBeNull();
    expect((await api('/api/auth/login', { method: 'POST', json: { email: user.email, password: 'a brand new passphrase' } })).status).toBe(200);
  });

  it('keep the password when the current one given is wrong', async () => {
    const user = await createUser();
    const cookie = await signIn(user.email);
    const res = await as(cookie, '/api/auth/password', { method: 'POST', json: { currentPassword: 'wrong one', newPassword: 'a brand new passphrase' } });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('json.currentPassword');
    expect(await signIn(user.email)).toBeTruthy();
  });
});
