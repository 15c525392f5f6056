import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { groups } from '../schema/tables.ts';
import { api, db } from './helpers.ts';
import { approve, buildPlan, call, createMunicipalities, createService, fields, newTerritory } from './plan-fixtures.ts';

type Activity = { id: string; code: string; municipalityIds: string[]; services: { serviceId: string; relation: string }[]; funding: unknown[]; indicators: unknown[] };

describe('editing the structure of a draft', { timeout: 30_000 }, () => {
  it('creates sections, priorities, measures and activities with links, then edits and tombstones them', async () => {
    const { regionId, territory, cookie } = await newTerritory();
    const [borovany, ledenice] = await createMunicipalities(regionId, territory.id, ['Borovany', 'Ledenice']);
    const service = await createService(territory.id, ['seniori'], [borovany!.id]);
    const built = await buildPlan(cookie, territory.slug);
    const created = await call<{ activity: Activity }>(cookie, `/api/measures/${built.measures.sen11.id}/activities`, 'POST', {
      code: 'SEN 1.1.3',
      title: 'Senior taxi',
      responsible: 'Město',
      partners: ['Charita'],
      startYear: 2019,
      endYear: 2020,
      estimatedCostCzk: 350_000,
      funding: [{ source: 'municipality', amountCzk: 250_000 }, { source: 'esf_opz', amountCzk: 100_000 }],
      indicators: [{ name: 'jízdy', unit: 'jízdy', target: 1500 }],
      municipalityIds: [borovany!.id, ledenice!.id],
      services: [{ serviceId: service, relation: 'creates' }],
    });
    expect(created.status).toBe(201);
    expect(created.body.activity.municipalityIds.sort()).toEqual([borovany!.id, ledenice!.id].sort());
    expect(created.body.activity.services).toEqual([{ serviceId: service, relation: 'creates' }]);

    const patched = await call<{ activity: Activity }>(cookie, `/api/activities/${created.body.activity.id}`, 'PATCH', { municipalityIds: [ledenice!.id], services: [] });
    expect(patched.status).toBe(200);
    expect(patched.body.activity).toMatchObject({ municipalityIds: [ledenice!.id], services: [], code: 'SEN 1.1.3' });

    expect((await call(cookie, `/api/sections/${built.sections.seniors.id}`, 'DELETE')).status).toBe(200);
    type Snapshot = { sections: { title: string }[]; totals: { activities: number } };
    const snapshot = await call<Snapshot>(cookie, `/api/plans/${built.plan.id}/snapshot`);
    expect(snapshot.body.sections.map((s) => s.title)).toEqual(['Rodiny']);
    expect(snapshot.body.totals.activities).toBe(1);
    expect((await call(cookie, `/api/activities/${created.body.activity.id}`)).status).toBe(404);
  });

  it('links a section to a working group of the territory only', async () => {
    const { territory, cookie } = await newTerritory();
    const other = await newTerritory();
    const [own, foreign, steering] = [uuidv7(), uuidv7(), uuidv7()];
    await db.insert(groups).values([
      { id: own, territoryId: territory.id, kind: 'working_thematic', name: 'Senioři', targetGroupCode: 'seniors' },
      { id: foreign, territoryId: other.territory.id, kind: 'working_thematic', name: 'Senioři' },
      { id: steering, territoryId: territory.id, kind: 'steering', name: 'Řídicí skupina' },
    ]);
    const { plan } = await buildPlan(cookie, territory.slug);
    const ok = await call(cookie, `/api/plans/${plan.id}/sections`, 'POST', { title: 'Menšiny', targetGroupCode: 'minorities', workingGroupId: own });
    expect(ok.status).toBe(201);
    for (const groupId of [foreign, steering]) {
      const res = await call(cookie, `/api/plans/${plan.id}/sections`, 'POST', { title: 'Průřezová', targetGroupCode: null, workingGroupId: groupId });
      expect(res.status).toBe(400);
      expect(fields(res)).toEqual(['json.workingGroupId']);
    }
  });
});

describe('bad input names the field', { timeout: 30_000 }, () => {
  it('an activity with a year outside the period, a negative cost, or years in the wrong order', async () => {
    const { territory, cookie } = await newTerritory();
    const { measures, activities } = await buildPlan(cookie, territory.slug);
    const path = `/api/measures/${measures.sen11.id}/activities`;
    const cases: [object, string][] = [
      [{ startYear: 2018 }, 'json.startYear'],
      [{ endYear: 2022 }, 'json.endYear'],
      [{ estimatedCostCzk: -1 }, 'json.estimatedCostCzk'],
      [{ startYear: 2021, endYear: 2019 }, 'json.endYear'],
      [{ funding: [{ source: 'lottery', amountCzk: 5 }] }, 'json.funding[0].source'],
      [{ funding: [{ source: 'region', amountCzk: -5 }] }, 'json.funding[0].amountCzk'],
      [{ indicators: [{ name: 'klienti', unit: 'osoby' }] }, 'json.indicators[0].target'],
      [{ municipalityIds: [uuidv7()] }, 'json.municipalityIds[0]'],
      [{ services: [{ serviceId: uuidv7() }] }, 'json.services[0].serviceId'],
      [{ services: [{ serviceId: uuidv7(), relation: 'owns' }] }, 'json.services[0].relation'],
    ];
    for (const [extra, field] of cases) {
      const res = await call(cookie, path, 'POST', { code: 'SEN 1.1.7', title: 'Aktivita', ...extra });
      expect(res.status, field).toBe(400);
      expect(fields(res), JSON.stringify(extra)).toContain(field);
    }
    const patch = await call(cookie, `/api/activities/${activities.a2.id}`, 'PATCH', { startYear: 2021, endYear: 2024 });
    expect(fields(patch)).toEqual(['json.endYear']);
    // SEN 1.1.2 runs 2020–2021: moving only its end before its start is named too.
    const order = await call(cookie, `/api/activities/${activities.a2.id}`, 'PATCH', { endYear: 2019 });
    expect(order.status).toBe(400);
    expect(fields(order)).toEqual(['json.endYear']);
  });

  it('an activity without a measure, or under a measure of another plan', async () => {
    const { territory, cookie } = await newTerritory();
    const mine = await buildPlan(cookie, territory.slug);
    const other = await buildPlan(cookie, territory.slug, { periodFrom: 2022, periodTo: 2024 });
    const missing = await call(cookie, `/api/measures/${uuidv7()}/activities`, 'POST', { code: 'X 1', title: 'x' });
    expect(missing.status).toBe(404);
    expect(fields(missing)).toEqual(['param.id']);
    const noMeasure = await call(cookie, `/api/activities/${mine.activities.a1.id}`, 'PATCH', { measureId: null });
    expect(noMeasure.status).toBe(400);
    expect(fields(noMeasure)).toEqual(['json.measureId']);
    const foreign = await call(cookie, `/api/activities/${mine.activities.a1.id}`, 'PATCH', { measureId: other.measures.sen11.id });
    expect(foreign.status).toBe(400);
    expect(fields(foreign)).toEqual(['json.measureId']);
    expect(foreign.body.error?.issues?.[0]?.message).toMatch(/another plan/);
  });

  it('a measure or priority moved under another plan (a cycle between trees)', async () => {
    const { territory, cookie } = await newTerritory();
    const mine = await buildPlan(cookie, territory.slug);
    const other = await buildPlan(cookie, territory.slug, { periodFrom: 2022, periodTo: 2024 });
    const measure = await call(cookie, `/api/measures/${mine.measures.sen11.id}`, 'PATCH', { priorityId: other.priorities.sen1.id });
    expect(measure.status).toBe(400);
    expect(fields(measure)).toEqual(['json.priorityId']);
    const priority = await call(cookie, `/api/priorities/${mine.priorities.sen1.id}`, 'PATCH', { sectionId: other.sections.seniors.id });
    expect(priority.status).toBe(400);
    expect(fields(priority)).toEqual(['json.sectionId']);
    // Within the plan the move is fine.
    const within = await call<{ measure: { priorityId: string } }>(cookie, `/api/measures/${mine.measures.sen11.id}`, 'PATCH', { priorityId: mine.priorities.rd2.id });
    expect(within.status).toBe(200);
    expect(within.body.measure.priorityId).toBe(mine.priorities.rd2.id);
  });

  it('an unknown target group, a second chapter for one, a duplicate code, and an empty patch', async () => {
    const { territory, cookie } = await newTerritory();
    const { plan, priorities, measures } = await buildPlan(cookie, territory.slug);
    const unknown = await call(cookie, `/api/plans/${plan.id}/sections`, 'POST', { title: 'Kočky', targetGroupCode: 'cats' });
    expect(fields(unknown)).toEqual(['json.targetGroupCode']);
    const twice = await call(cookie, `/api/plans/${plan.id}/sections`, 'POST', { title: 'Senioři znovu', targetGroupCode: 'seniors' });
    expect(fields(twice)).toEqual(['json.targetGroupCode']);
    const code = await call(cookie, `/api/priorities/${priorities.sen1.id}/measures`, 'POST', { code: 'SEN 1.1', title: 'Znovu' });
    expect(code.status).toBe(409);
    expect(fields(code)).toEqual(['json.code']);
    const activityCode = await call(cookie, `/api/measures/${measures.sen11.id}/activities`, 'POST', { code: 'SEN 1.1.1', title: 'Znovu' });
    expect(fields(activityCode)).toEqual(['json.code']);
    const empty = await call(cookie, `/api/measures/${measures.sen11.id}`, 'PATCH', {});
    expect(empty.status).toBe(400);
    const kind = await call(cookie, `/api/sections/${(await buildPlan(cookie, territory.slug)).sections.seniors.id}/priorities`, 'POST', { kind: 'urgent', code: '9', title: 'x' });
    expect(fields(kind)).toEqual(['json.kind']);
  });

  it('a plan period cut short under existing activities', async () => {
    const { territory, cookie } = await newTerritory();
    const { plan } = await buildPlan(cookie, territory.slug);
    const res = await call(cookie, `/api/plans/${plan.id}`, 'PATCH', { periodTo: 2020 });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual(['json.periodTo']);
    const extended = await call<{ plan: { extendedTo: number } }>(cookie, `/api/plans/${plan.id}`, 'PATCH', { extendedTo: 2022 });
    expect(extended.body.plan.extendedTo).toBe(2022);
  });
});

describe('GET /api/plans/:id/snapshot', { timeout: 30_000 }, () => {
  it('returns the whole tree with the names it points at, and 304 for the same ETag until something changes', async () => {
    const { regionId, territory, cookie } = await newTerritory();
    const [borovany] = await createMunicipalities(regionId, territory.id, ['Borovany']);
    const built = await buildPlan(cookie, territory.slug, undefined, { municipalityIds: [borovany!.id] });
    await approve(cookie, built.plan.id);
    const first = await api(`/api/plans/${built.plan.id}/snapshot`);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    type Snapshot = {
      plan: { status: string; territory: { slug: string } };
      sections: { targetGroupCode: string; priorities: { measures: { activities: Record<string, unknown>[] }[] }[] }[];
      names: { municipalities: Record<string, string>; targetGroups: Record<string, { name: string }> };
    };
    const snapshot = await first.json<Snapshot>();
    expect(snapshot.plan).toMatchObject({ status: 'approved', territory: { slug: territory.slug } });
    expect(snapshot.names.municipalities).toEqual({ [borovany!.id]: 'Borovany' });
    expect(snapshot.names.targetGroups.seniors?.name).toBe('Senioři');
    const rd = snapshot.sections[1]!.priorities[0]!.measures[0]!.activities[0]!;
    // Compact: empty lists and nulls are left out.
    expect(Object.keys(rd).sort()).toEqual(['code', 'endYear', 'estimatedCostCzk', 'id', 'startYear', 'title']);

    const again = await api(`/api/plans/${built.plan.id}/snapshot`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    await call(cookie, `/api/plans/${built.plan.id}/action-plans/2019`, 'PUT', { items: [] });
    expect((await api(`/api/plans/${built.plan.id}/snapshot`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    await call(cookie, `/api/plans/${built.plan.id}/transition`, 'POST', { to: 'archived' });
    expect((await api(`/api/plans/${built.plan.id}/snapshot`, { headers: { 'If-None-Match': etag } })).status).toBe(200);
  });

  it('gives a new ETag when only the links of an activity change', async () => {
    const { regionId, territory, cookie } = await newTerritory();
    const [borovany] = await createMunicipalities(regionId, territory.id, ['Borovany']);
    const built = await buildPlan(cookie, territory.slug);
    const before = (await call(cookie, `/api/plans/${built.plan.id}/snapshot`)).headers.get('etag')!;
    await call(cookie, `/api/activities/${built.activities.a3.id}`, 'PATCH', { municipalityIds: [borovany!.id] });
    const after = await call<{ names: { municipalities: Record<string, string> } }>(cookie, `/api/plans/${built.plan.id}/snapshot`);
    expect(after.headers.get('etag')).not.toBe(before);
    expect(after.body.names.municipalities).toEqual({ [borovany!.id]: 'Borovany' });
  });
});
