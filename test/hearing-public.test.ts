import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { HearingSignin } from '../schema/api/hearings.ts';
import { meetings } from '../schema/tables.ts';
import { createUser, signIn } from './accounts.ts';
import { db } from './helpers.ts';
import { change as syncChange, push } from './meeting-fixtures.ts';
import { call } from './plan-fixtures.ts';
import { comment, coordinator, hearingScene, publicPage, publicPush, pushed, signin, vote } from './hearing-fixtures.ts';
import { PUBLIC_PUSH_LIMIT } from '../worker/routes/public-hearings.ts';

describe('GET /api/public-hearings/:code', () => {
  it('shows the hearing, its agenda and current item, the plan to comment on and the voting options', async () => {
    const scene = await hearingScene();
    await coordinator(scene, '/advance', 'POST');
    await coordinator(scene, '/advance', 'POST');
    const { status, body } = await publicPage(scene.code.toLowerCase());
    expect(status).toBe(200);
    expect(body.hearing).toMatchObject({ code: scene.code, title: 'Veřejné projednání KPSS', phase: 'open', kind: 'public_hearing' });
    expect(body.agenda.map((a) => a.title)).toEqual(['Bod 1', 'Bod 2']);
    expect(body.currentAgendaItemId).toBe(scene.agenda[1]!.id);
    expect(body.plan!.measures[0]).toMatchObject({ code: 'SEN 1.1', activities: [expect.objectContaining({ code: 'SEN 1.1.1' })] });
    expect(body.voting).toMatchObject({ open: true, points: 10 });
    expect(body.voting.options.map((o) => o.label)).toEqual(['Zimní noclehárna', 'Odlehčovací služba', 'Dluhové poradenství']);
    expect(body.municipalities.map((m) => m.name)).toEqual(['Kardašova Řečice']);
    expect(body.consent.cs).toContain('Souhlasím');
    // the last item stays; there is no next one
    expect((await coordinator(scene, '/advance', 'POST')).status).toBe(409);
  });

  it('never shows the sign-in sheet: only how many signed in', async () => {
    const scene = await hearingScene();
    const person = signin({ name: 'Tajmír Jménový', affiliation: 'organization', organization: 'Spolek Soukromý', municipalityId: scene.town.id });
    await pushed(scene.code, [person.change, signin().change, comment(person, { anonymous: true, body: 'Anonymní připomínka' }), vote(person, { [scene.optionIds[0]!]: 10 })]);
    await coordinator(scene, '', 'PATCH', { resultsVisible: true });
    const page = await publicPage(scene.code);
    expect(page.body.signedInCount).toBe(2);
    const text = JSON.stringify(page.body);
    for (const secret of ['Tajmír', 'Spolek Soukromý', person.participantToken, person.attendanceId]) expect(text).not.toContain(secret);
    expect(page.body.comments[0]!.authorName).toBeNull();
    const sheet = await coordinator<{ signins: HearingSignin[] }>(scene, '/signins');
    expect(sheet.body.signins.map((s) => [s.name, s.affiliation, s.organization, s.municipality])).toEqual([
      ['Tajmír Jménový', 'organization', 'Spolek Soukromý', 'Kardašova Řečice'],
      ['Marie Zkušební', 'public', null, null],
    ]);
    expect(sheet.body.signins[0]!.consentVersion).toBe('2026-12');
  });

  it('keeps the sign-in sheet from the public and from members', async () => {
    const scene = await hearingScene();
    expect((await call(null, `/api/hearings/${scene.meeting.id}/signins`)).status).toBe(401);
    const member = await createUser({ roles: [[scene.territory.id, 'member']] });
    expect((await call(await signIn(member.email), `/api/hearings/${scene.meeting.id}/signins`)).status).toBe(403);
  });

  it('answers 404 for an unknown code and 400 naming the parameter for a malformed one', async () => {
    expect((await publicPage('NOSUCH1')).status).toBe(404);
    const bad = await publicPage('a-b');
    expect(bad.status).toBe(400);
    expect((bad.body as unknown as { error: { issues: { field: string }[] } }).error.issues[0]!.field).toBe('param.code');
  });
});

describe('POST /api/public-hearings/:code/sync/push', () => {
  it('checks every field of a sign-in and names it', async () => {
    const scene = await hearingScene();
    const results = await pushed(scene.code, [
      signin({ consent: false }).change,
      signin({ affiliation: 'organization' }).change,
      signin({ name: 'x'.repeat(201) }).change,
      signin({ consentVersion: '1999-01' }).change,
      signin({ municipalityId: crypto.randomUUID() }).change,
      signin({ meetingId: crypto.randomUUID() }).change,
    ]);
    expect(results.map((r) => r.issues?.[0]?.field)).toEqual([
      'data.consent',
      'data.organization',
      'data.name',
      'data.consentVersion',
      'data.municipalityId',
      'data.meetingId',
    ]);
    expect(results.every((r) => r.status === 'rejected' && r.retryable === false)).toBe(true);
  });

  it('takes only the hearing’s own entities, and no deletions', async () => {
    const scene = await hearingScene();
    const person = signin();
    await pushed(scene.code, [person.change]);
    const [note, deletion] = await pushed(scene.code, [
      syncChange('note', crypto.randomUUID(), { meetingId: scene.meeting.id, body: 'x' }),
      { ...person.change, id: crypto.randomUUID(), op: 'delete' },
    ]);
    expect(note).toMatchObject({ status: 'rejected', reason: 'unknown_entity' });
    expect(deletion).toMatchObject({ status: 'rejected', reason: 'forbidden' });
  });

  it('is not how a signed-in person pushes hearing rows through /api/sync/push', async () => {
    const scene = await hearingScene();
    const [result] = await push(scene.cookie, [signin().change]);
    expect(result).toMatchObject({ status: 'rejected', reason: 'unknown_entity' });
  });

  it('refuses sign-ins before the hearing opens', async () => {
    const scene = await hearingScene({ open: false });
    await db.update(meetings).set({ publicCode: 'EARLY' + Math.floor(Math.random() * 1e6) }).where(eq(meetings.id, scene.meeting.id));
    const code = (await db.query.meetings.findFirst({ where: eq(meetings.id, scene.meeting.id) }))!.publicCode!;
    expect((await publicPage(code)).body.hearing.phase).toBe('scheduled');
    const [early] = await pushed(code, [signin().change]);
    expect(early).toMatchObject({ status: 'rejected', reason: 'closed', retryable: false, message: 'The hearing has not opened yet; it takes no sign-ins' });
  });

  it('answers 429 with Retry-After past the limit per address, leaving other addresses alone', { timeout: 60_000 }, async () => {
    const scene = await hearingScene();
    for (let i = 0; i < PUBLIC_PUSH_LIMIT.limit; i++) expect((await publicPush(scene.code, [], '198.51.100.7')).status).toBe(200);
    const limited = await publicPush(scene.code, [signin().change], '198.51.100.7');
    expect(limited.status).toBe(429);
    expect(limited.body.error!.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await publicPush(scene.code, [], '198.51.100.8')).status).toBe(200);
    expect((await coordinator<{ signins: unknown[] }>(scene, '/signins')).body.signins).toHaveLength(0);
  });
});
