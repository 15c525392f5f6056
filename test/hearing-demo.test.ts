import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanSettlement } from '../schema/api/hearings.ts';
import { DEMO_HEARING_CODE } from '../seeds/demo/meetings.ts';
import { planId } from '../seeds/demo/keys.ts';
import { JH_PLAN } from '../seeds/demo/plans/jindrichuv-hradec.ts';
import { loadDemoSeed } from './helpers.ts';
import { call } from './plan-fixtures.ts';
import { comment, publicPage, pushed, signin, vote } from './hearing-fixtures.ts';

beforeAll(loadDemoSeed);

describe('the demo hearings', () => {
  it('has an open hearing in Jindřichův Hradec over the plan in consultation, with a known code', async () => {
    const { status, body } = await publicPage(DEMO_HEARING_CODE);
    expect(status).toBe(200);
    expect(body.hearing).toMatchObject({ phase: 'open', territory: { slug: 'jindrichuv-hradec' } });
    expect(body.plan!.status).toBe('consultation');
    expect(body.plan!.measures.length).toBeGreaterThan(3);
    expect(body.voting).toMatchObject({ open: true, points: 10 });
    expect(body.voting.options).toHaveLength(4);
    expect(body.agenda.find((a) => a.id === body.currentAgendaItemId)!.position).toBe(2);
    expect(body.municipalities.map((m) => m.name)).toContain('Kardašova Řečice');
  });

  it('takes a sign-in, a comment and a vote from the room', async () => {
    const page = (await publicPage(DEMO_HEARING_CODE)).body;
    const person = signin({ municipalityId: page.municipalities[0]!.id });
    const [optionA, optionB] = page.voting.options;
    const results = await pushed(DEMO_HEARING_CODE, [
      person.change,
      comment(person, { target: 'measure', targetId: page.plan!.measures[0]!.id }),
      vote(person, { [optionA!.id]: 6, [optionB!.id]: 4 }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const after = (await publicPage(DEMO_HEARING_CODE)).body;
    expect(after.results!.options.slice(0, 2).map((o) => o.points)).toEqual([6, 4]);
  });

  it('publishes the settlement of the 2018 hearing with the plan', async () => {
    const { status, body } = await call<PlanSettlement>(null, `/api/plans/${planId(JH_PLAN)}/settlement`);
    expect(status).toBe(200);
    expect(body.hearings).toHaveLength(1);
    expect(body.hearings[0]!.comments.map((c) => c.settlement)).toEqual(['accepted', 'partly_accepted']);
    expect((await publicPage('JH2018')).body.hearing.phase).toBe('closed');
  });

  it('prints the settlement and the votes in the 2018 hearing’s published minutes', async () => {
    const page = (await publicPage('JH2018')).body;
    const { status, body } = await call<{ minutes: { hearing: { settlement: { comments: unknown[] }; votes: { options: unknown[] } } } }>(null, `/api/meetings/${page.hearing.meetingId}/minutes`);
    expect(status).toBe(200);
    expect(body.minutes.hearing.settlement.comments).toHaveLength(2);
    expect(body.minutes.hearing.votes.options).toHaveLength(4);
  });
});
