import { describe, expect, it } from 'vitest';
import { api } from './helpers.ts';
import { approve, buildPlan, call, createMunicipalities, createService, fields, newTerritory } from './plan-fixtures.ts';

type Export = {
  format: string;
  title: string;
  periodFrom: number;
  periodTo: number;
  sections: {
    targetGroupCode: string | null;
    priorities: { measures: { code: string; activities: { code: string; startYear: number | null; endYear: number | null; estimatedCostCzk: number | null; municipalityCodes: string[]; services: { registrationId: string }[] }[] }[] }[];
  }[];
};

const eachActivity = (plan: Export, f: (a: Export['sections'][number]['priorities'][number]['measures'][number]['activities'][number]) => void) =>
  plan.sections.forEach((s) => s.priorities.forEach((p) => p.measures.forEach((m) => m.activities.forEach(f))));

/** An approved plan whose SEN 1.1.1 serves one municipality and supports one registered service. */
async function exportablePlan() {
  const { regionId, territory, cookie } = await newTerritory();
  const [borovany] = await createMunicipalities(regionId, territory.id, ['Borovany']);
  const registrationId = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
  const service = await createService(territory.id, ['seniori'], [borovany!.id], registrationId);
  const built = await buildPlan(cookie, territory.slug, undefined, { municipalityIds: [borovany!.id] });
  await call(cookie, `/api/activities/${built.activities.a1.id}`, 'PATCH', { services: [{ serviceId: service, relation: 'supports' }] });
  await approve(cookie, built.plan.id);
  const res = await api(`/api/plans/${built.plan.id}/export`);
  return { res, exported: (await res.json()) as Export, borovany: borovany!, registrationId, regionId };
}

describe('GET /api/plans/:id/export', { timeout: 30_000 }, () => {
  it('writes the structure without ids: codes, texts, costs, ČSÚ codes and registry ids', async () => {
    const { res, exported, borovany, registrationId } = await exportablePlan();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="plan-2019-2021-v1\.json"$/);
    expect(exported).toMatchObject({ format: 'kpss-plan/1', periodFrom: 2019, periodTo: 2021 });
    expect(exported.sections.map((s) => s.targetGroupCode)).toEqual(['seniors', 'families']);
    const a1 = exported.sections[0]!.priorities[0]!.measures[0]!.activities[0]!;
    expect(a1).toMatchObject({ code: 'SEN 1.1.1', estimatedCostCzk: 1000, municipalityCodes: [borovany.code], services: [{ registrationId, relation: 'supports' }] });
    expect(JSON.stringify(exported)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});

describe('POST /api/territories/:territory/plans/import', { timeout: 30_000 }, () => {
  it('imports an export into another territory and period as a draft, with the timeline moved', async () => {
    const { exported, regionId } = await exportablePlan();
    const target = await newTerritory(regionId);
    const res = await call<{ plan: { id: string; status: string; periodFrom: number; title: string }; counts: Record<string, number> }>(
      target.cookie,
      `/api/territories/${target.territory.slug}/plans/import`,
      'POST',
      { plan: exported, periodFrom: 2022, periodTo: 2024, title: 'Převzatý plán 2022–2024' },
    );
    expect(res.status).toBe(201);
    expect(res.body.plan).toMatchObject({ status: 'draft', periodFrom: 2022, title: 'Převzatý plán 2022–2024' });
    expect(res.body.counts).toEqual({ sections: 2, measures: 2, activities: 3 });

    const again = (await (await call(target.cookie, `/api/plans/${res.body.plan.id}/export`)).body) as unknown as Export;
    const expected = structuredClone(exported);
    eachActivity(expected, (a) => {
      if (a.startYear !== null) a.startYear += 3;
      if (a.endYear !== null) a.endYear += 3;
    });
    expect(again).toEqual({ ...expected, title: 'Převzatý plán 2022–2024', periodFrom: 2022, periodTo: 2024 });
  });

  it.each([
    ['an unknown target group', (p: Export) => void (p.sections[0]!.targetGroupCode = 'cats'), 'json.plan.sections[0].targetGroupCode'],
    ['a negative cost', (p: Export) => eachActivity(p, (a) => void (a.estimatedCostCzk = -1)), 'json.plan.sections[0].priorities[0].measures[0].activities[0].estimatedCostCzk'],
    ['a priority without its measures', (p: Export) => void delete (p.sections[1]!.priorities[0] as Partial<Export['sections'][0]['priorities'][0]>).measures, 'json.plan.sections[1].priorities[0].measures'],
    ['an unknown municipality', (p: Export) => void (p.sections[0]!.priorities[0]!.measures[0]!.activities[0]!.municipalityCodes = ['999999']), 'json.plan.sections[0].priorities[0].measures[0].activities[0].municipalityCodes[0]'],
    ['an unknown service', (p: Export) => void (p.sections[0]!.priorities[0]!.measures[0]!.activities[0]!.services = [{ registrationId: '9999999' }]), 'json.plan.sections[0].priorities[0].measures[0].activities[0].services[0].registrationId'],
    ['a measure code used twice in a chapter', (p: Export) => void (p.sections[1]!.priorities[0]!.measures.push(structuredClone(p.sections[1]!.priorities[0]!.measures[0]!))), 'json.plan.sections[1].priorities[0].measures[1].code'],
    ['another format', (p: Export) => void (p.format = 'word'), 'json.plan.format'],
  ])('answers 400 naming the path for %s', async (_what, spoil, field) => {
    const { exported, regionId } = await exportablePlan();
    const target = await newTerritory(regionId);
    spoil(exported);
    const res = await call(target.cookie, `/api/territories/${target.territory.slug}/plans/import`, 'POST', { plan: exported, periodFrom: 2022, periodTo: 2024 });
    expect(res.status).toBe(400);
    expect(fields(res)).toContain(field);
    const listed = await call<{ plans: unknown[] }>(target.cookie, `/api/territories/${target.territory.slug}/plans`);
    expect(listed.body.plans).toEqual([]);
  });
});
