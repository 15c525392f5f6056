import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { invitations } from '../schema/tables.ts';
import { as, cookieFrom, createUser, signIn } from './accounts.ts';
import { api, createRegion, createTerritory, db, type ErrorJson } from './helpers.ts';

type Profile = { user: { email: string; roles: { territorySlug: string; role: string }[] } };

let coordinatorCookie = '';
beforeAll(async () => {
  const region = await createRegion();
  const tabor = await createTerritory(region.id, { slug: 'tabor', name: 'Tábor' });
  coordinatorCookie = await signIn((await createUser({ roles: [[tabor.id, 'coordinator']] })).email);
});

async function invite(email: string, role = 'member') {
  const res = await as(coordinatorCookie, '/api/territories/tabor/invitations', { method: 'POST', json: { email, role } });
  expect(res.status).toBe(201);
  const { link } = await res.json<{ link: string }>();
  return link.split('/pozvanka/')[1]!;
}

describe('invitations', () => {
  it('let a new member see the invitation, create an account and be signed in with the role', async () => {
    const token = await invite('nova.clenka@example.org');
    const view = await api(`/api/invitations/${token}`);
    expect(view.status).toBe(200);
    expect(await view.json()).toMatchObject({ invitation: { territoryName: 'Tábor', role: 'member', hasAccount: false } });

    const res = await api(`/api/invitations/${token}/accept`, { method: 'POST', json: { name: 'Nová Členka', password: 'dlouhé heslo 123' } });
    expect(res.status).toBe(200);
    const me = await (await as(cookieFrom(res), '/api/auth/me')).json<Profile>();
    expect(me.user.email).toBe('nova.clenka@example.org');
    expect(me.user.roles).toEqual([expect.objectContaining({ territorySlug: 'tabor', role: 'member' })]);
  });

  it('are single-use: the second acceptance gets 410', async () => {
    const token = await invite('jednou@example.org');
    await api(`/api/invitations/${token}/accept`, { method: 'POST', json: { name: 'Jednou', password: 'dlouhé heslo 123' } });
    const again = await api(`/api/invitations/${token}/accept`, { method: 'POST', json: { name: 'Podruhé', password: 'dlouhé heslo 123' } });
    expect(again.status).toBe(410);
    expect((await api(`/api/invitations/${token}`)).status).toBe(410);
  });

  it('expire', async () => {
    const token = await invite('pozde@example.org');
    await db.update(invitations).set({ expiresAt: Date.now() - 1000 }).where(eq(invitations.email, 'pozde@example.org'));
    const res = await api(`/api/invitations/${token}/accept`, { method: 'POST', json: { name: 'Pozdě', password: 'dlouhé heslo 123' } });
    expect(res.status).toBe(410);
    expect((await res.json<ErrorJson>()).error.code).toBe('invitation_gone');
  });

  it('answer 404 for a token that was never issued', async () => {
    expect((await api(`/api/invitations/${'x'.repeat(43)}`)).status).toBe(404);
  });

  it('ask a person who already has an account to sign in first, then add the role to that account', async () => {
    const existing = await createUser({ email: 'uz.mam.ucet@example.org' });
    const token = await invite(existing.email);
    const anonymous = await api(`/api/invitations/${token}/accept`, { method: 'POST', json: { name: 'X', password: 'dlouhé heslo 123' } });
    expect(anonymous.status).toBe(409);
    const res = await as(await signIn(existing.email), `/api/invitations/${token}/accept`, { method: 'POST', json: {} });
    expect(res.status).toBe(200);
    expect((await res.json<Profile>()).user.roles[0]?.territorySlug).toBe('tabor');
  });

  it('refuse a signed-in person with another e-mail', async () => {
    const token = await invite('urceno.jinemu@example.org');
    const someoneElse = await signIn((await createUser()).email);
    expect((await as(someoneElse, `/api/invitations/${token}/accept`, { method: 'POST', json: {} })).status).toBe(403);
  });

  it('name the missing fields when a new account lacks them', async () => {
    const token = await invite('bez.hesla@example.org');
    const res = await api(`/api/invitations/${token}/accept`, { method: 'POST', json: { name: 'Bez Hesla' } });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.map((i) => i.field)).toEqual(['json.password']);
    // The failed attempt did not use the invitation up.
    expect((await api(`/api/invitations/${token}`)).status).toBe(200);
  });

  it('for a coordinator can only come from an admin', async () => {
    const res = await as(coordinatorCookie, '/api/territories/tabor/invitations', { method: 'POST', json: { email: 'k@example.org', role: 'coordinator' } });
    expect(res.status).toBe(403);
  });
});
