import { describe, expect, it } from 'vitest';
import { createRegion } from './helpers.ts';
import { api } from './helpers.ts';
import { approve, buildPlan, call, createMunicipalities, createService, fields, newTerritory } from './plan-fixtures.ts';

type Cell = { targetGroupCode: string; status: string; services: number; measures: number; activities: number };
type Gaps = { plan: { id: string } | null; municipalities: { name: string; cells: Cell[] }[]; summary: Record<string, number> };

describe('GET /api/territories/:territory/gaps', { timeout: 30_000 }, () => {
  it('marks each municipality × target group as covered, need without service, service without measure or nothing', async () => {
    const { regionId, territory, cookie } = await newTerritory();
    const [a, b, c] = await createMunicipalities(regionId, territory.id, ['Adamov', 'Borovany', 'Čížkrajice']);
    await createService(territory.id, ['seniori'], [a!.id]);
    await createService(territory.id, ['rodiny-s-detmi'], [a!.id, b!.id]);
    await createService(territory.id, ['osoby-se-zdravotnim-postizenim'], [c!.id]);
    // SEN 1.1.1 serves Adamov, SEN 1.1.2 (no municipality) the whole territory, RD 2.1.1 Čížkrajice only.
    const built = await buildPlan(cookie, territory.slug, undefined, { municipalityIds: [a!.id] });
    await call(cookie, `/api/activities/${built.activities.a3.id}`, 'PATCH', { municipalityIds: [c!.id] });
    await approve(cookie, built.plan.id);

    const res = await call<Gaps>(null, `/api/territories/${territory.slug}/gaps`);
    expect(res.status).toBe(200);
    expect(res.body.plan?.id).toBe(built.plan.id);
    const grid = Object.fromEntries(
      res.body.municipalities.map((m) => [m.name, Object.fromEntries(m.cells.map((cell) => [cell.targetGroupCode, cell.status]))]),
    );
    expect(grid).toEqual({
      Adamov: { seniors: 'covered', disabled: 'nothing', families: 'service_without_measure', adverse_situation: 'nothing', minorities: 'nothing' },
      Borovany: { seniors: 'need_without_service', disabled: 'nothing', families: 'service_without_measure', adverse_situation: 'nothing', minorities: 'nothing' },
      Čížkrajice: { seniors: 'need_without_service', disabled: 'service_without_measure', families: 'need_without_service', adverse_situation: 'nothing', minorities: 'nothing' },
    });
    const adamovSeniors = res.body.municipalities[0]!.cells[0]!;
    expect(adamovSeniors).toMatchObject({ services: 1, measures: 1, activities: 2 });
    expect(res.body.summary).toEqual({ covered: 1, need_without_service: 3, service_without_measure: 3, nothing: 8 });
  });

  it('hides a draft from the public and refuses a plan of another territory', async () => {
    const { territory, cookie } = await newTerritory();
    const draft = await buildPlan(cookie, territory.slug);
    expect((await call<Gaps>(null, `/api/territories/${territory.slug}/gaps`)).body.plan).toBeNull();
    expect((await call(null, `/api/territories/${territory.slug}/gaps?plan=${draft.plan.id}`)).status).toBe(404);
    expect((await call<Gaps>(cookie, `/api/territories/${territory.slug}/gaps`)).body.plan?.id).toBe(draft.plan.id);
    const other = await newTerritory();
    const foreign = await buildPlan(other.cookie, other.territory.slug);
    const res = await call(cookie, `/api/territories/${territory.slug}/gaps?plan=${foreign.plan.id}`);
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual(['query.plan']);
  });
});

type RegionView = {
  region: { code: string };
  territories: {
    territory: { slug: string; name: string };
    plan: { id: string; status: string } | null;
    totals: { measures: number; activities: number; estimatedCostCzk: number };
    evaluation: { year: number | null; byStatus: Record<string, number> } | null;
    cells: { targetGroupCode: string; priorityKind: string; measures: number; activities: number; estimatedCostCzk: number }[];
  }[];
};

/** A region of three territories: an approved and evaluated plan, a plan in consultation, and only a draft. */
async function regionFixture() {
  const region = await createRegion('Jihočeský kraj');
  const approved = await newTerritory(region.id);
  const consulted = await newTerritory(region.id);
  const drafting = await newTerritory(region.id);
  const first = await buildPlan(approved.cookie, approved.territory.slug);
  await approve(approved.cookie, first.plan.id);
  await call(approved.cookie, `/api/activities/${first.activities.a1.id}/evaluations/2019`, 'PUT', { status: 'done', progress: 100 });
  await call(approved.cookie, `/api/activities/${first.activities.a3.id}/evaluations/2019`, 'PUT', { status: 'in_progress', progress: 50 });
  // The region sees each plan's latest evaluated year only.
  await call(approved.cookie, `/api/activities/${first.activities.a2.id}/evaluations/2020`, 'PUT', { status: 'postponed', progress: 0 });
  // A newer plan in consultation does not replace the approved one as the territory's current plan.
  const newer = await buildPlan(approved.cookie, approved.territory.slug, { periodFrom: 2022, periodTo: 2024 });
  await call(approved.cookie, `/api/plans/${newer.plan.id}/transition`, 'POST', { to: 'consultation' });
  const second = await buildPlan(consulted.cookie, consulted.territory.slug);
  await call(consulted.cookie, `/api/plans/${second.plan.id}`, 'PATCH', { title: '=Plán "Jih"; 2019–2021' });
  await call(consulted.cookie, `/api/plans/${second.plan.id}/transition`, 'POST', { to: 'consultation' });
  await buildPlan(drafting.cookie, drafting.territory.slug);
  return { region, approved, consulted, drafting, first, second };
}

describe('GET /api/regions/:code/plans', { timeout: 30_000 }, () => {
  it('shows every territory’s current plan side by side, by target group and priority, with the latest evaluations', async () => {
    const { region, approved, consulted, drafting, first, second } = await regionFixture();
    const res = await call<RegionView>(null, `/api/regions/${region.code.toLowerCase()}/plans`);
    expect(res.status).toBe(200);
    const bySlug = Object.fromEntries(res.body.territories.map((t) => [t.territory.slug, t]));
    expect(Object.keys(bySlug).sort()).toEqual([approved.territory.slug, consulted.territory.slug, drafting.territory.slug].sort());

    const a = bySlug[approved.territory.slug]!;
    expect(a.plan).toMatchObject({ id: first.plan.id, status: 'approved' });
    expect(a.totals).toEqual({ measures: 2, activities: 3, estimatedCostCzk: 1800 });
    expect(a.evaluation).toMatchObject({ year: 2020, byStatus: { done: 0, in_progress: 0, not_started: 0, postponed: 1, cancelled: 0 } });
    expect(a.cells.map((c) => [c.targetGroupCode, c.priorityKind, c.measures, c.activities, c.estimatedCostCzk])).toEqual([
      ['seniors', 'system', 1, 2, 1500],
      ['families', 'development', 1, 1, 300],
    ]);

    expect(bySlug[consulted.territory.slug]!.plan).toMatchObject({ id: second.plan.id, status: 'consultation' });
    expect(bySlug[consulted.territory.slug]!.evaluation).toMatchObject({ year: null });
    // Drafts never leave their territory.
    expect(bySlug[drafting.territory.slug]!.plan).toBeNull();
    expect((await call(null, '/api/regions/CZ000000000/plans')).status).toBe(404);
  });

  it('exports the same as CSV: UTF-8 with BOM, quoted where needed, as an attachment', async () => {
    const { region, approved, consulted } = await regionFixture();
    const res = await api(`/api/regions/${region.code}/plans.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="kpss-plany-${region.code}.csv"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'Kraj;Území;Plán;Období;Stav plánu;Verze;Cílová skupina;Priorita;Opatření;Aktivity;Odhad nákladů (Kč);Rok vyhodnocení;' +
        'Splněno (celý plán);Probíhá (celý plán);Nezahájeno (celý plán);Odloženo (celý plán);Zrušeno (celý plán)',
    );
    // 2 cells for each plan and one row for the territory without a public plan.
    expect(lines.length - 2).toBe(5);
    const consultedRow = lines.find((l) => l.includes(consulted.territory.name) && l.includes('Senioři'))!;
    expect(consultedRow).toBe(
      `Jihočeský kraj;${consulted.territory.name};"'=Plán ""Jih""; 2019–2021";2019–2021;připomínkování;1;Senioři;Priorita 1 – Podpora systému sociálních služeb;1;2;1500;;;;;;`,
    );
    // The approved plan's evaluations of its latest year (2020) repeat on each of its rows.
    const approvedRow = lines.find((l) => l.includes(approved.territory.name) && l.includes('Děti, mládež a rodiny'))!;
    expect(approvedRow.endsWith(';Děti, mládež a rodiny;Priorita 2 – Rozvoj systému služeb;1;1;300;2020;0;0;0;1;0')).toBe(true);
    expect(lines.some((l) => l.includes('bez plánu'))).toBe(true);
    // text() drops the BOM; with commas the target group "Děti, mládež a rodiny" must be quoted.
    const comma = await (await api(`/api/regions/${region.code}/plans.csv?delimiter=comma`)).text();
    expect(comma.split('\r\n')[0]).toMatch(/^Kraj,Území,Plán,/);
    expect(comma).toContain(',"Děti, mládež a rodiny",');
  });
});
