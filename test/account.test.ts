import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { meetings, notes, users } from '../schema/tables.ts';
import { as, createUser, PASSWORD, signIn } from './accounts.ts';
import { api, createRegion, createTerritory, db } from './helpers.ts';

describe('GET /api/account/export', () => {
  it('gives a person their own data as a download, without the password hash', async () => {
    const user = await createUser();
    const res = await as(await signIn(user.email), '/api/account/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    const text = await res.text();
    expect(JSON.parse(text).user.email).toBe(user.email);
    expect(text).not.toContain(user.passwordHash);
    expect(text).not.toContain('pbkdf2');
  });

  it('is for signed-in people only', async () => {
    expect((await api('/api/account/export')).status).toBe(401);
  });
});

describe('DELETE /api/account', () => {
  it('asks for the password again', async () => {
    const user = await createUser();
    const res = await as(await signIn(user.email), '/api/account', { method: 'DELETE', json: { password: 'wrong' } });
    expect(res.status).toBe(400);
    expect(await db.query.users.findFirst({ where: eq(users.id, user.id) })).toBeDefined();
  });

  it('deletes the account and its sessions but keeps the minutes the person wrote', async () => {
    const region = await createRegion();
    const territory = await createTerritory(region.id);
    const user = await createUser({ roles: [[territory.id, 'member']] });
    const meetingId = uuidv7();
    await db.insert(meetings).values({ id: meetingId, territoryId: territory.id, kind: 'working_group', title: 'PS Senioři', startsAt: '2026-11-20T14:00' });
    const noteId = uuidv7();
    await db.insert(notes).values({ id: noteId, meetingId, body: 'Zápis z jednání', authorId: user.id });
    const cookie = await signIn(user.email);

    const res = await as(cookie, '/api/account', { method: 'DELETE', json: { password: PASSWORD } });
    expect(res.status).toBe(200);
    expect(await db.query.users.findFirst({ where: eq(users.id, user.id) })).toBeUndefined();
    expect((await (await as(cookie, '/api/auth/me')).json<{ user: unknown }>()).user).toBeNull();
    const note = await db.query.notes.findFirst({ where: eq(notes.id, noteId) });
    expect(note?.body).toBe('Zápis z jednání');
    expect(note?.authorId).toBeNull();
  });
});
