import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { HearingComment, PlanSettlement, PublicSettlement } from '../schema/api/hearings.ts';
import { activities, measures, plans } from '../schema/tables.ts';
import { call, fields } from './plan-fixtures.ts';
import { db } from './helpers.ts';
import { comment, coordinator, hearingScene, publicPage, pushed, signin } from './hearing-fixtures.ts';

const comments = async (scene: Awaited<ReturnType<typeof hearingScene>>) => (await coordinator<{ comments: HearingComment[] }>(scene, '/comments')).body.comments;

describe('comments from the room', () => {
  it('attach to a measure, an activity or the hearing, named or anonymous, with HTML kept as text', async () => {
    const scene = await hearingScene();
    const person = signin({ name: 'Jana Veřejná' });
    const results = await pushed(scene.code, [
      person.change,
      comment(person, { target: 'measure', targetId: scene.measure.id, body: 'Víc terénní služby.' }),
      comment(person, { target: 'activity', targetId: scene.activity.id, anonymous: true, body: '<script>alert(1)</script> i o víkendu' }),
      comment({ participantToken: crypto.randomUUID() }, { authorName: 'Host bez zápisu' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    const list = await comments(scene);
    expect(list.map((c) => [c.target, c.targetItem?.code ?? null, c.authorName])).toEqual([
      ['measure', 'SEN 1.1', 'Jana Veřejná'],
      ['activity', 'SEN 1.1.1', null],
      ['general', null, 'Host bez zápisu'],
    ]);
    expect(list[1]!.body).toBe('<script>alert(1)</script> i o víkendu');
  });

  it('refuses a target outside the plan in consultation, a missing target and an overlong text, by field', async () => {
    const scene = await hearingScene();
    const other = await hearingScene();
    const who = { participantToken: crypto.randomUUID() };
    const [foreign, absent, long, empty] = await pushed(scene.code, [
      comment(who, { target: 'measure', targetId: other.measure.id }),
      comment(who, { target: 'activity' }),
      comment(who, { body: 'x'.repeat(2001) }),
      comment(who, { body: '   ' }),
    ]);
    expect(foreign!.issues![0]).toEqual({ field: 'data.targetId', message: 'is not a measure of the plan in consultation' });
    expect(absent!.issues![0]!.field).toBe('data.targetId');
    expect(long!.issues![0]).toEqual({ field: 'data.body', message: 'is too long (at most 2000 characters)' });
    expect(empty!.issues![0]).toEqual({ field: 'data.body', message: 'is required' });
    expect(await comments(scene)).toHaveLength(0);
  });

  it('are not taken once the hearing is closed, with a reason that is not retried', async () => {
    const scene = await hearingScene();
    const who = signin();
    await pushed(scene.code, [who.change, comment(who)]);
    await coordinator(scene, '/close', 'POST');
    const [late, lateSignin] = await pushed(scene.code, [comment(who), signin().change]);
    expect(late).toMatchObject({ status: 'rejected', reason: 'closed', retryable: false, message: 'The hearing is closed; it takes no more comments' });
    expect(lateSignin).toMatchObject({ status: 'rejected', reason: 'closed' });
    expect(await comments(scene)).toHaveLength(1);
    // a closed hearing stays closed
    expect((await coordinator(scene, '/open', 'POST')).status).toBe(409);
  });

  it('may be edited by their own device only, until hidden or answered', async () => {
    const scene = await hearingScene();
    const who = { participantToken: crypto.randomUUID() };
    const first = comment(who, { body: 'Prvni verze' });
    await pushed(scene.code, [first]);
    const [edited] = await pushed(scene.code, [comment(who, { body: 'Opravená verze' }, first.entityId)]);
    expect(edited!.status).toBe('applied');
    const [hijack] = await pushed(scene.code, [comment({ participantToken: crypto.randomUUID() }, { body: 'Cizí' }, first.entityId)]);
    expect(hijack).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    await coordinator(scene, `/comments/${first.entityId}/settlement`, 'POST', { settlement: 'rejected', reason: 'Mimo rozsah plánu.' });
    const [afterAnswer] = await pushed(scene.code, [comment(who, { body: 'Ještě jednou' }, first.entityId)]);
    expect(afterAnswer).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    expect((await comments(scene))[0]!.body).toBe('Opravená verze');
  });
});

describe('moderation', () => {
  it('hides an abusive comment with its reason kept, and the public page loses its text', async () => {
    const scene = await hearingScene();
    const who = { participantToken: crypto.randomUUID() };
    const abusive = comment(who, { body: 'Urážlivý text o sousedovi' });
    await pushed(scene.code, [abusive, comment(who, { body: 'Věcná připomínka' })]);
    const res = await coordinator<HearingComment>(scene, `/comments/${abusive.entityId}/moderation`, 'POST', { hidden: true, reason: 'Urážka osoby' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ hiddenReason: 'Urážka osoby', body: 'Urážlivý text o sousedovi' });
    expect(res.body.hiddenAt).toBeTypeOf('number');
    const page = await publicPage(scene.code);
    expect(page.body.comments.map((c) => c.body)).toEqual(['Věcná připomínka']);
    expect(JSON.stringify(page.body)).not.toContain('sousedovi');
    const shown = await coordinator<HearingComment>(scene, `/comments/${abusive.entityId}/moderation`, 'POST', { hidden: false });
    expect(shown.body.hiddenAt).toBeNull();
    expect((await publicPage(scene.code)).body.comments).toHaveLength(2);
  });

  it('needs a reason to hide, and is for the coordinators of the territory only', async () => {
    const scene = await hearingScene();
    const other = await hearingScene();
    const c = comment({ participantToken: crypto.randomUUID() });
    await pushed(scene.code, [c]);
    const noReason = await coordinator(scene, `/comments/${c.entityId}/moderation`, 'POST', { hidden: true });
    expect(noReason.status).toBe(400);
    expect(fields(noReason)).toContain('json.reason');
    const foreign = await call(other.cookie, `/api/hearings/${scene.meeting.id}/comments/${c.entityId}/moderation`, 'POST', { hidden: true, reason: 'x' });
    expect(foreign.status).toBe(403);
    expect((await call(null, `/api/hearings/${scene.meeting.id}/comments`)).status).toBe(401);
  });
});

describe('settlement of comments', () => {
  it('answers each comment and applies an accepted one to its measure once', async () => {
    const scene = await hearingScene();
    const who = { participantToken: crypto.randomUUID() };
    const onMeasure = comment(who, { target: 'measure', targetId: scene.measure.id, body: 'Doplnit dopravu k lékaři.' });
    const onActivity = comment(who, { target: 'activity', targetId: scene.activity.id, body: 'I v neděli.' });
    await pushed(scene.code, [onMeasure, onActivity]);
    const settle = (id: string, body: unknown) => coordinator<HearingComment>(scene, `/comments/${id}/settlement`, 'POST', body);
    const accepted = await settle(onMeasure.entityId, { settlement: 'accepted', reason: 'Doplněno.', applyToPlan: true });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ settlement: 'accepted', settlementReason: 'Doplněno.' });
    expect(accepted.body.appliedToPlanAt).toBeTypeOf('number');
    await settle(onMeasure.entityId, { settlement: 'accepted', reason: 'Doplněno.', applyToPlan: true });
    const [measure] = await db.select().from(measures).where(eq(measures.id, scene.measure.id));
    expect(measure!.description).toContain('Rozšířit pečovatelskou službu.');
    expect(measure!.description!.match(/Doplnit dopravu k lékaři\./g)).toHaveLength(1);
    expect(measure!.description).toContain('Vypořádání: Doplněno.');
    await settle(onActivity.entityId, { settlement: 'partly_accepted', reason: 'Jen v sobotu.', applyToPlan: true });
    const [activity] = await db.select().from(activities).where(eq(activities.id, scene.activity.id));
    expect(activity!.description).toContain('I v neděli.');
  });

  it('refuses to apply a rejected or general comment, or to a plan already approved, naming the field', async () => {
    const scene = await hearingScene();
    const who = { participantToken: crypto.randomUUID() };
    const general = comment(who);
    const onMeasure = comment(who, { target: 'measure', targetId: scene.measure.id });
    await pushed(scene.code, [general, onMeasure]);
    const settle = (id: string, body: unknown) => coordinator(scene, `/comments/${id}/settlement`, 'POST', body);
    const g = await settle(general.entityId, { settlement: 'accepted', reason: 'Ano.', applyToPlan: true });
    expect(g.status).toBe(400);
    expect(g.body.error!.issues![0]).toEqual({ field: 'json.applyToPlan', message: 'a general comment has no measure or activity to apply to' });
    const r = await settle(onMeasure.entityId, { settlement: 'rejected', reason: 'Ne.', applyToPlan: true });
    expect(fields(r)).toEqual(['json.applyToPlan']);
    const bad = await settle(onMeasure.entityId, { settlement: 'maybe', reason: '' });
    expect(fields(bad)).toEqual(expect.arrayContaining(['json.settlement', 'json.reason']));
    await db.update(plans).set({ status: 'approved' }).where(eq(plans.id, scene.plan.id));
    const frozen = await settle(onMeasure.entityId, { settlement: 'accepted', reason: 'Ano.', applyToPlan: true });
    expect(frozen.status).toBe(409);
    expect((await comments(scene))[1]!.settlement).toBe('pending');
  });

  it('is published with the plan once every shown comment is answered, without hidden ones', async () => {
    const scene = await hearingScene();
    const who = { participantToken: crypto.randomUUID() };
    const kept = comment(who, { target: 'measure', targetId: scene.measure.id, body: 'Věcná' });
    const hidden = comment(who, { body: 'Sprosté slovo' });
    await pushed(scene.code, [kept, hidden]);
    await coordinator(scene, `/comments/${hidden.entityId}/moderation`, 'POST', { hidden: true, reason: 'Vulgarita' });
    expect((await call<PlanSettlement>(null, `/api/plans/${scene.plan.id}/settlement`)).body.hearings).toEqual([]);
    const early = await coordinator(scene, '/settlement/publish', 'POST');
    expect(early.status).toBe(409);
    expect(early.body.error!.code).toBe('comments_pending');
    await coordinator(scene, `/comments/${kept.entityId}/settlement`, 'POST', { settlement: 'accepted', reason: 'Zapracováno.' });
    const published = await coordinator<PublicSettlement>(scene, '/settlement/publish', 'POST');
    expect(published.status).toBe(200);
    const plan = await call<PlanSettlement>(null, `/api/plans/${scene.plan.id}/settlement`);
    expect(plan.status).toBe(200);
    expect(plan.body.hearings).toHaveLength(1);
    expect(plan.body.hearings[0]!.comments).toEqual([
      expect.objectContaining({ body: 'Věcná', settlement: 'accepted', settlementReason: 'Zapracováno.', targetItem: expect.objectContaining({ code: 'SEN 1.1' }) }),
    ]);
    expect(JSON.stringify(plan.body)).not.toContain('Sprosté');
    expect((await publicPage(scene.code)).body.settlement!.comments).toHaveLength(1);
  });
});
