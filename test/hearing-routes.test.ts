import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import type { HearingReport, HearingState } from '../schema/api/hearings.ts';
import { meetings } from '../schema/tables.ts';
import { api, db } from './helpers.ts';
import { call, fields } from './plan-fixtures.ts';
import { comment, coordinator, hearingScene, pushed, signin, vote } from './hearing-fixtures.ts';

describe('hearing mode for the coordinator', () => {
  it('opens a hearing with a short public code, once', async () => {
    const scene = await hearingScene({ open: false });
    const opened = await coordinator<HearingState>(scene, '/open', 'POST');
    expect(opened.status).toBe(200);
    expect(opened.body.phase).toBe('open');
    expect(opened.body.code).toMatch(/^[A-HJ-KMNP-Z2-9]{6}$/);
    const again = await coordinator<HearingState>(scene, '/open', 'POST');
    expect(again.body).toMatchObject({ code: opened.body.code, openedAt: opened.body.openedAt });
  });

  it('is only for meetings of a hearing kind', async () => {
    const scene = await hearingScene({ open: false });
    await db.update(meetings).set({ kind: 'steering_group' }).where(eq(meetings.id, scene.meeting.id));
    expect((await coordinator(scene, '/open', 'POST')).status).toBe(404);
  });

  it('keeps the options in the order given, edits kept ones and removes the rest', async () => {
    const scene = await hearingScene({ votingOpen: false });
    const [first, , third] = scene.optionIds;
    const res = await coordinator<HearingState>(scene, '', 'PATCH', { options: [{ id: third, label: 'Dluhy (upraveno)' }, { label: 'Nová možnost' }, { id: first, label: 'Zimní noclehárna' }] });
    expect(res.status).toBe(200);
    expect(res.body.options.map((o) => o.label)).toEqual(['Dluhy (upraveno)', 'Nová možnost', 'Zimní noclehárna']);
    expect(res.body.options[0]!.id).toBe(third);
  });

  it('names the wrong field of the settings', async () => {
    const scene = await hearingScene({ votingOpen: false });
    const other = await hearingScene({ votingOpen: false });
    const cases: [unknown, string][] = [
      [{ votePoints: 0 }, 'json.votePoints'],
      [{ options: [{ label: '' }] }, 'json.options[0].label'],
      [{ options: [{ label: 'x', measureId: other.measure.id }] }, 'json.options[0].measureId'],
      [{ options: [{ id: other.optionIds[0], label: 'x' }] }, 'json.options[0].id'],
      [{ currentAgendaItemId: other.agenda[0]!.id }, 'json.currentAgendaItemId'],
      [{ resultsVisible: 'yes' }, 'json.resultsVisible'],
    ];
    for (const [body, field] of cases) {
      const res = await coordinator(scene, '', 'PATCH', body);
      expect(res.status, field).toBe(400);
      expect(fields(res), field).toContain(field);
    }
  });

  it('opens voting only with points and options, and closing the hearing closes voting', async () => {
    const scene = await hearingScene({ open: false });
    await coordinator(scene, '/open', 'POST');
    const notReady = await coordinator(scene, '/voting', 'POST', { open: true });
    expect(notReady.status).toBe(409);
    expect(notReady.body.error!.code).toBe('voting_not_ready');
    await coordinator(scene, '', 'PATCH', { votePoints: 3, options: [{ label: 'A' }] });
    expect((await coordinator<HearingState>(scene, '/voting', 'POST', { open: true })).body.votingOpen).toBe(true);
    const closed = await coordinator<HearingState>(scene, '/close', 'POST');
    expect(closed.body).toMatchObject({ phase: 'closed', votingOpen: false });
    expect(closed.body.votingClosedAt).toBeTypeOf('number');
    expect((await coordinator(scene, '/voting', 'POST', { open: true })).status).toBe(409);
    expect((await coordinator(scene, '', 'PATCH', { resultsVisible: true })).status).toBe(409);
  });
});

describe('GET /api/hearings/:id/report', () => {
  it('counts attendance by organization and public, comments by settlement and the votes', async () => {
    const scene = await hearingScene();
    const [a, b] = scene.optionIds;
    const org = signin({ affiliation: 'organization', organization: 'Charita' });
    const citizens = [signin(), signin()];
    const hidden = comment(org, { body: 'Nevhodné' });
    const answered = comment(org, { target: 'measure', targetId: scene.measure.id, body: 'Víc služeb; "v obcích"' });
    await pushed(scene.code, [org.change, ...citizens.map((c) => c.change), hidden, answered, comment(citizens[0]!), vote(org, { [a!]: 10 }), vote(citizens[1]!, { [a!]: 4, [b!]: 6 })]);
    await coordinator(scene, `/comments/${hidden.entityId}/moderation`, 'POST', { hidden: true, reason: 'Urážka' });
    await coordinator(scene, `/comments/${answered.entityId}/settlement`, 'POST', { settlement: 'accepted', reason: 'Ano' });
    const { status, body } = await coordinator<HearingReport>(scene, '/report');
    expect(status).toBe(200);
    expect(body.attendance).toEqual({ total: 3, organization: 1, public: 2 });
    expect(body.comments).toMatchObject({ total: 3, hidden: 1, bySettlement: { pending: 1, accepted: 1, partly_accepted: 0, rejected: 0 } });
    expect(body.votes.participants).toBe(2);
    expect(body.votes.options.map((o) => o.points)).toEqual([14, 6, 0]);
    expect(body.hearing.planTitle).toBe('Komunitní plán 2027–2029');
  });

  it('is the coordinators’ only', async () => {
    const scene = await hearingScene();
    const other = await hearingScene();
    expect((await call(other.cookie, `/api/hearings/${scene.meeting.id}/report`)).status).toBe(403);
    expect((await call(null, `/api/hearings/${scene.meeting.id}/report`)).status).toBe(401);
    expect((await call(scene.cookie, `/api/hearings/${uuidv7()}/report`)).status).toBe(404);
  });
});
