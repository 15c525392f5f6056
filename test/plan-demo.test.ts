import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoSeed } from './helpers.ts';
import { call } from './plan-fixtures.ts';

type PlanListed = { id: string; title: string; status: string; activities: number };

describe('the plans of the demo data', () => {
  beforeAll(loadDemoSeed);

  const plansOf = async (slug: string) => (await call<{ plans: PlanListed[] }>(null, `/api/territories/${slug}/plans`)).body.plans;

  it('has the approved Trhové Sviny 2019–2021 with its evaluation of 2019 (Vyhodnocení KPSS za rok 2019)', async () => {
    const plan = (await plansOf('trhove-sviny')).find((p) => p.title.includes('2019–2021'))!;
    expect(plan).toMatchObject({ status: 'approved', activities: 15 });
    type Report = { totals: { activities: number; evaluated: number; plannedCzk: number; spentCzk: number; byStatus: Record<string, number> } };
    const report = await call<Report>(null, `/api/plans/${plan.id}/evaluation-report/2019`);
    expect(report.body.totals).toMatchObject({ activities: 10, evaluated: 8, plannedCzk: 3_990_000, spentCzk: 3_809_000 });
    expect(report.body.totals.byStatus).toMatchObject({ done: 1, in_progress: 6, postponed: 1, not_evaluated: 2 });
  });

  it('shows Jindřichův Hradec 2020–2022 in consultation to the public, and Tábor’s draft to nobody outside', async () => {
    expect((await plansOf('jindrichuv-hradec')).find((p) => p.title.includes('2020–2022'))?.status).toBe('consultation');
    expect((await plansOf('tabor')).map((p) => p.status)).toEqual(['archived']);
  });

  it('puts the current plans of the South Bohemian districts side by side', async () => {
    type View = { territories: { territory: { slug: string }; plan: { title: string; status: string } | null; evaluation: { year: number | null } | null }[] };
    const res = await call<View>(null, '/api/regions/CZ031/plans');
    expect(res.status).toBe(200);
    const bySlug = Object.fromEntries(res.body.territories.map((t) => [t.territory.slug, t]));
    expect(bySlug['trhove-sviny']).toMatchObject({ plan: { status: 'approved' }, evaluation: { year: 2019 } });
    expect(bySlug['jindrichuv-hradec']?.plan).toMatchObject({ status: 'consultation' });
    expect(bySlug['tabor']?.plan).toBeNull();
  });

  it('finds covered cells and the target group nobody plans for in Trhové Sviny', async () => {
    type Gaps = { summary: Record<string, number>; municipalities: { cells: { targetGroupCode: string; status: string }[] }[] };
    const res = await call<Gaps>(null, '/api/territories/trhove-sviny/gaps');
    expect(res.status).toBe(200);
    expect(res.body.summary.covered).toBeGreaterThan(0);
    // The plan has no chapter for minorities, and the catalogue no service for them there.
    expect(res.body.municipalities.every((m) => m.cells.find((c) => c.targetGroupCode === 'minorities')?.status === 'nothing')).toBe(true);
  });
});
