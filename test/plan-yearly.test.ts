import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { approve, buildPlan, call, fields, newTerritory } from './plan-fixtures.ts';

type ActionPlan = { year: number; approvedOn: string | null; items: { activityId: string; code: string; plannedCostCzk: number }[]; totalCzk: number };

/** The fixture plan with action plans for 2019 and 2020 and evaluations of both years, approved. */
async function evaluatedPlan() {
  const { territory, cookie } = await newTerritory();
  const built = await buildPlan(cookie, territory.slug);
  const { a1, a2, a3 } = built.activities;
  const put = async (path: string, json: unknown) => {
    const res = await call(cookie, path, 'PUT', json);
    if (res.status !== 200) throw new Error(`PUT ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res;
  };
  await put(`/api/plans/${built.plan.id}/action-plans/2019`, { approvedOn: '2018-12-10', items: [{ activityId: a1.id, plannedCostCzk: 400 }, { activityId: a3.id, plannedCostCzk: 300 }] });
  await put(`/api/plans/${built.plan.id}/action-plans/2020`, { items: [{ activityId: a1.id, plannedCostCzk: 300 }, { activityId: a2.id, plannedCostCzk: 250 }] });
  await approve(cookie, built.plan.id);
  await put(`/api/activities/${a1.id}/evaluations/2019`, { status: 'in_progress', progress: 40, spentCzk: 380, indicatorValues: [{ name: 'klienti', value: 90 }], comment: 'Kapacita téměř naplněna.' });
  await put(`/api/activities/${a3.id}/evaluations/2019`, { status: 'done', progress: 100, spentCzk: 320 });
  await put(`/api/activities/${a1.id}/evaluations/2020`, { status: 'in_progress', progress: 70, spentCzk: 290 });
  await put(`/api/activities/${a2.id}/evaluations/2020`, { status: 'cancelled', progress: 0, spentCzk: 0, comment: 'Poskytovatel odstoupil.' });
  return { territory, cookie, ...built };
}

describe('PUT /api/plans/:id/action-plans/:year', { timeout: 30_000 }, () => {
  it('keeps the chosen activities with their planned cost, and replaces the list as a whole', async () => {
    const { territory, cookie } = await newTerritory();
    const { plan, activities } = await buildPlan(cookie, territory.slug);
    const path = `/api/plans/${plan.id}/action-plans/2020`;
    const first = await call<{ actionPlan: ActionPlan }>(cookie, path, 'PUT', {
      approvedOn: '2019-12-09',
      items: [{ activityId: activities.a1.id, plannedCostCzk: 300 }, { activityId: activities.a2.id, plannedCostCzk: 250 }],
    });
    expect(first.status).toBe(200);
    expect(first.body.actionPlan).toMatchObject({ year: 2020, approvedOn: '2019-12-09', totalCzk: 550 });
    await call(cookie, path, 'PUT', { items: [{ activityId: activities.a2.id, plannedCostCzk: 200 }] });
    const read = await call<{ actionPlan: ActionPlan }>(cookie, path);
    expect(read.body.actionPlan.items.map((i) => [i.code, i.plannedCostCzk])).toEqual([['SEN 1.1.2', 200]]);
    expect(read.body.actionPlan.totalCzk).toBe(200);
    const list = await call<{ actionPlans: { year: number; items: number; totalCzk: number }[] }>(cookie, `/api/plans/${plan.id}/action-plans`);
    expect(list.body.actionPlans).toEqual([{ year: 2020, approvedOn: null, items: 1, totalCzk: 200 }]);
    expect((await call(cookie, `/api/plans/${plan.id}/action-plans/2021`)).status).toBe(404);
  });

  it('takes action plans on an approved plan, not on an archived one', async () => {
    const { territory, cookie } = await newTerritory();
    const { plan, activities } = await buildPlan(cookie, territory.slug);
    await approve(cookie, plan.id);
    const items = [{ activityId: activities.a1.id, plannedCostCzk: 1 }];
    expect((await call(cookie, `/api/plans/${plan.id}/action-plans/2021`, 'PUT', { items })).status).toBe(200);
    await call(cookie, `/api/plans/${plan.id}/transition`, 'POST', { to: 'archived' });
    const res = await call(cookie, `/api/plans/${plan.id}/action-plans/2021`, 'PUT', { items });
    expect(res.status).toBe(409);
    expect(res.body.error?.code).toBe('plan_frozen');
  });

  it('names the year outside the period, a foreign or repeated activity, and a negative cost', async () => {
    const { territory, cookie } = await newTerritory();
    const { plan, activities } = await buildPlan(cookie, territory.slug);
    const other = await buildPlan(cookie, territory.slug, { periodFrom: 2022, periodTo: 2024 });
    const outside = await call(cookie, `/api/plans/${plan.id}/action-plans/2023`, 'PUT', { items: [] });
    expect(outside.status).toBe(400);
    expect(fields(outside)).toEqual(['param.year']);
    const foreign = await call(cookie, `/api/plans/${plan.id}/action-plans/2019`, 'PUT', {
      items: [{ activityId: other.activities.a1.id, plannedCostCzk: 1 }, { activityId: activities.a1.id, plannedCostCzk: 1 }, { activityId: activities.a1.id, plannedCostCzk: 2 }],
    });
    expect(fields(foreign)).toEqual(['json.items[0].activityId', 'json.items[2].activityId']);
    const negative = await call(cookie, `/api/plans/${plan.id}/action-plans/2019`, 'PUT', { items: [{ activityId: activities.a1.id, plannedCostCzk: -5 }] });
    expect(fields(negative)).toEqual(['json.items[0].plannedCostCzk']);
  });
});

describe('PUT /api/activities/:id/evaluations/:year', { timeout: 30_000 }, () => {
  it('evaluates only an approved plan', async () => {
    const { territory, cookie } = await newTerritory();
    const { activities } = await buildPlan(cookie, territory.slug);
    const res = await call(cookie, `/api/activities/${activities.a1.id}/evaluations/2019`, 'PUT', { status: 'done', progress: 100 });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'plan_not_approved', message: 'Vyhodnocovat lze jen schválený plán' });
  });

  it('updates the one evaluation of an activity and year when written again', async () => {
    const { territory, cookie } = await newTerritory();
    const { plan, activities } = await buildPlan(cookie, territory.slug);
    await approve(cookie, plan.id);
    const path = `/api/activities/${activities.a1.id}/evaluations/2019`;
    await call(cookie, path, 'PUT', { status: 'in_progress', progress: 20 });
    const second = await call<{ evaluation: { status: string; progress: number } }>(cookie, path, 'PUT', { status: 'done', progress: 100, spentCzk: 990 });
    expect(second.body.evaluation).toMatchObject({ status: 'done', progress: 100 });
    const list = await call<{ evaluations: { year: number; status: string; spentCzk: number }[] }>(null, `/api/activities/${activities.a1.id}/evaluations`);
    expect(list.body.evaluations).toEqual([expect.objectContaining({ year: 2019, status: 'done', spentCzk: 990 })]);
  });

  it('names a bad status, progress, indicator, amount or year', async () => {
    const { territory, cookie } = await newTerritory();
    const { plan, activities } = await buildPlan(cookie, territory.slug);
    await approve(cookie, plan.id);
    const path = `/api/activities/${activities.a1.id}/evaluations`;
    const cases: [string, object, string][] = [
      ['2019', { status: 'finished', progress: 10 }, 'json.status'],
      ['2019', { status: 'done', progress: 101 }, 'json.progress'],
      ['2019', { status: 'done', progress: 50, spentCzk: -1 }, 'json.spentCzk'],
      ['2019', { status: 'done', progress: 50, indicatorValues: [{ name: 'návštěvy', value: 3 }] }, 'json.indicatorValues[0].name'],
      ['2024', { status: 'done', progress: 50 }, 'param.year'],
      ['19', { status: 'done', progress: 50 }, 'param.year'],
    ];
    for (const [year, body, field] of cases) {
      const res = await call(cookie, `${path}/${year}`, 'PUT', body);
      expect(res.status, field).toBe(400);
      expect(fields(res)).toEqual([field]);
    }
    expect((await call(cookie, `/api/activities/${uuidv7()}/evaluations/2019`, 'PUT', { status: 'done', progress: 1 })).status).toBe(404);
  });
});

describe('GET /api/plans/:id/evaluation-report/:year', { timeout: 30_000 }, () => {
  it('reports the year per chapter and activity with planned vs spent money and totals', async () => {
    const { plan, activities } = await evaluatedPlan();
    type Report = {
      year: number;
      sections: { title: string; totals: { activities: number; plannedCzk: number; spentCzk: number }; priorities: { measures: { activities: Record<string, unknown>[] }[] }[] }[];
      totals: { activities: number; evaluated: number; plannedCzk: number; spentCzk: number; averageProgress: number; byStatus: Record<string, number> };
    };
    const res = await call<Report>(null, `/api/plans/${plan.id}/evaluation-report/2019`);
    expect(res.status).toBe(200);
    expect(res.body.totals).toMatchObject({ activities: 2, evaluated: 2, plannedCzk: 700, spentCzk: 700, averageProgress: 70 });
    expect(res.body.totals.byStatus).toMatchObject({ done: 1, in_progress: 1, not_evaluated: 0 });
    expect(res.body.sections.map((s) => [s.title, s.totals.activities, s.totals.plannedCzk, s.totals.spentCzk])).toEqual([
      ['Senioři', 1, 400, 380],
      ['Rodiny', 1, 300, 320],
    ]);
    const a1 = res.body.sections[0]!.priorities[0]!.measures[0]!.activities[0]!;
    expect(a1).toMatchObject({
      id: activities.a1.id,
      status: 'in_progress',
      progress: 40,
      plannedCzk: 400,
      spentCzk: 380,
      comment: 'Kapacita téměř naplněna.',
      indicators: [{ name: 'klienti', unit: 'osoby', target: 100, value: 90 }],
    });

    // 2021 has no action plan and no evaluation yet: the activities running that year are listed as not evaluated.
    const later = await call<Report>(null, `/api/plans/${plan.id}/evaluation-report/2021`);
    expect(later.body.totals).toMatchObject({ activities: 2, evaluated: 0, plannedCzk: 0, spentCzk: 0, averageProgress: null });
    expect((await call(null, `/api/plans/${plan.id}/evaluation-report/2030`)).status).toBe(400);
  });

  it('carries action plans and evaluations over into a new version', async () => {
    const { plan, cookie } = await evaluatedPlan();
    const { body } = await call<{ plan: { id: string } }>(cookie, `/api/plans/${plan.id}/versions`, 'POST');
    type Report = { totals: { plannedCzk: number; spentCzk: number }; sections: { priorities: { measures: { activities: Record<string, unknown>[] }[] }[] }[] };
    const report = await call<Report>(cookie, `/api/plans/${body.plan.id}/evaluation-report/2019`);
    expect(report.body.totals).toMatchObject({ plannedCzk: 700, spentCzk: 700 });
    expect(report.body.sections[0]!.priorities[0]!.measures[0]!.activities[0]).toMatchObject({
      code: 'SEN 1.1.1',
      status: 'in_progress',
      comment: 'Kapacita téměř naplněna.',
      indicators: [{ name: 'klienti', unit: 'osoby', target: 100, value: 90 }],
    });
  });
});

describe('GET /api/plans/:id/monitoring', { timeout: 30_000 }, () => {
  it('sums progress and money by target group, priority and year', async () => {
    const { plan } = await evaluatedPlan();
    type Tally = { activities: number; averageProgress: number | null; plannedCzk: number; spentCzk: number; estimatedCostCzk: number; byStatus: Record<string, number> };
    type Monitoring = {
      years: number[];
      latestEvaluatedYear: number;
      totals: Tally;
      byTargetGroup: (Tally & { targetGroupCode: string })[];
      byPriority: (Tally & { code: string; kind: string })[];
      byPriorityKind: (Tally & { kind: string })[];
      byYear: { year: number; plannedCzk: number; spentCzk: number; activities: number; byStatus: Record<string, number> }[];
    };
    const res = await call<Monitoring>(null, `/api/plans/${plan.id}/monitoring`);
    expect(res.status).toBe(200);
    const m = res.body;
    expect(m.years).toEqual([2019, 2020, 2021]);
    expect(m.latestEvaluatedYear).toBe(2020);
    // Latest evaluations: SEN 1.1.1 70 % (2020), SEN 1.1.2 cancelled (left out of the mean), RD 2.1.1 100 % (2019).
    expect(m.totals).toMatchObject({ activities: 3, averageProgress: 85, plannedCzk: 1250, spentCzk: 990, estimatedCostCzk: 1800 });
    expect(m.byTargetGroup.map((g) => [g.targetGroupCode, g.activities, g.averageProgress, g.plannedCzk, g.spentCzk])).toEqual([
      ['seniors', 2, 70, 950, 670],
      ['families', 1, 100, 300, 320],
    ]);
    expect(m.byPriorityKind.map((k) => [k.kind, k.activities, k.averageProgress])).toEqual([
      ['system', 2, 70],
      ['development', 1, 100],
    ]);
    expect(m.byYear.map((y) => [y.year, y.plannedCzk, y.spentCzk, y.activities])).toEqual([
      [2019, 700, 700, 2],
      [2020, 550, 290, 2],
      [2021, 0, 0, 2],
    ]);
    expect(m.byYear[1]!.byStatus).toMatchObject({ in_progress: 1, cancelled: 1, not_evaluated: 0 });
    expect(m.byYear[2]!.byStatus).toMatchObject({ not_evaluated: 2 });
  });
});
