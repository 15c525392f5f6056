import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { meetings } from '../schema/tables.ts';
import { as } from './accounts.ts';
import { db, type ErrorJson } from './helpers.ts';
import { groupScene, newMeeting, push, type Scene } from './meeting-fixtures.ts';

type Created = { meeting: { id: string; startsAt: string; startsAtOffset: string | null; endsAt: string | null; endsAtOffset: string | null }; warnings: { field: string; message: string }[] };

const plan = (scene: Scene, times: { startsAt: string; endsAt?: string }) =>
  as(scene.member.cookie, `/api/territories/${scene.territory.slug}/meetings`, {
    method: 'POST',
    json: { groupId: scene.group.id, kind: 'working_group', title: 'Noční jednání', ...times },
  });
const stored = async (id: string) => (await db.select().from(meetings).where(eq(meetings.id, id)))[0];
const meetingCount = async () => (await db.select({ id: meetings.id }).from(meetings)).length;

describe('meeting times at the daylight-saving changes (Europe/Prague)', () => {
  it('an ordinary time is stored with its offset and no warning, in winter and in summer', async () => {
    const scene = await groupScene();
    const winter = await plan(scene, { startsAt: '2027-01-14T16:00', endsAt: '2027-01-14T18:00' });
    expect(winter.status).toBe(201);
    const body = await winter.json<Created>();
    expect(body.warnings).toEqual([]);
    expect(body.meeting).toMatchObject({ startsAt: '2027-01-14T16:00', startsAtOffset: '+01:00', endsAtOffset: '+01:00' });
    const summer = await (await plan(scene, { startsAt: '2027-05-12T16:00' })).json<Created>();
    expect(summer.warnings).toEqual([]);
    expect((await stored(summer.meeting.id))).toMatchObject({ startsAtOffset: '+02:00', endsAtOffset: null });
  });

  it('a time the clocks skip in March is refused, naming the field, and nothing is written', async () => {
    const scene = await groupScene();
    const before = await meetingCount();
    const res = await plan(scene, { startsAt: '2027-03-28T02:30' });
    expect(res.status).toBe(400);
    const issue = (await res.json<ErrorJson>()).error.issues?.[0];
    expect(issue?.field).toBe('json.startsAt');
    expect(issue?.message).toContain('does not exist');
    const end = await plan(scene, { startsAt: '2027-03-28T01:00', endsAt: '2027-03-28T02:15' });
    expect(end.status).toBe(400);
    expect((await end.json<ErrorJson>()).error.issues?.[0]?.field).toBe('json.endsAt');
    // the minute before and the hour after exist
    expect((await plan(scene, { startsAt: '2027-03-28T01:59' })).status).toBe(201);
    expect((await plan(scene, { startsAt: '2027-03-28T03:00' })).status).toBe(201);
    expect(await meetingCount()).toBe(before + 2);
  });

  it('a time the clocks repeat in October is accepted at summer time +02:00, with a warning naming the field', async () => {
    const scene = await groupScene();
    const res = await plan(scene, { startsAt: '2027-10-31T02:30', endsAt: '2027-10-31T03:30' });
    expect(res.status).toBe(201);
    const body = await res.json<Created>();
    expect(body.warnings).toHaveLength(1);
    expect(body.warnings[0]!.field).toBe('json.startsAt');
    expect(body.warnings[0]!.message).toContain('+02:00');
    expect(body.warnings[0]!.message).toContain('+01:00');
    expect(await stored(body.meeting.id)).toMatchObject({ startsAt: '2027-10-31T02:30', startsAtOffset: '+02:00', endsAt: '2027-10-31T03:30', endsAtOffset: '+01:00' });
  });

  it('the offline push does the same: refuses the skipped time, warns of the repeated one and stores its offset', async () => {
    const scene = await groupScene();
    const skipped = newMeeting(scene, { startsAt: '2027-03-28T02:30' });
    const repeated = newMeeting(scene, { startsAt: '2027-10-31T02:00' });
    const [refused, accepted] = await push(scene.member.cookie, [skipped, repeated]);
    expect(refused).toMatchObject({ status: 'rejected', reason: 'invalid', issues: [expect.objectContaining({ field: 'data.startsAt' })] });
    expect(await stored(skipped.entityId)).toBeUndefined();
    expect(accepted).toMatchObject({ status: 'applied', warnings: [expect.objectContaining({ field: 'data.startsAt' })] });
    expect(await stored(repeated.entityId)).toMatchObject({ startsAtOffset: '+02:00' });
    // moving it to an ordinary hour takes that hour's offset, without a warning
    const [moved] = await push(scene.member.cookie, [{ ...newMeeting(scene, { startsAt: '2027-11-02T17:00' }), entityId: repeated.entityId, data: { startsAt: '2027-11-02T17:00' } }]);
    expect(moved).toMatchObject({ status: 'applied' });
    expect(moved!.warnings).toBeUndefined();
    expect(await stored(repeated.entityId)).toMatchObject({ startsAt: '2027-11-02T17:00', startsAtOffset: '+01:00' });
  });
});
