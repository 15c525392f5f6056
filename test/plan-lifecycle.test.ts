import { describe, expect, it } from 'vitest';
import { createUser, signIn } from './accounts.ts';
import { approve, buildPlan, call, coordinatorCookie, fields, newTerritory } from './plan-fixtures.ts';

type PlanJson = { id: string; status: string; version: number; previousVersionId: string | null; approvedOn: string | null; approvalResolution: string | null };

describe('POST /api/plans/:id/transition', { timeout: 30_000 }, () => {
  it('takes a plan from draft through consultation to approved and archived', async () => {
    const { territory, cookie } = await newTerritory();
    const { plan } = await buildPlan(cookie, territory.slug);
    expect(plan.status).toBe('draft');
    const toConsultation = await call<{ plan: PlanJson }>(cookie, `/api/plans/${plan.id}/transition`, 'POST', { to: 'consultation' });
    expect(toConsultation.body.plan.status).toBe('consultation');
    const approved = await call<{ plan: PlanJson }>(cookie, `/api/plans/${plan.id}/transition`, 'POST', {
      to: 'approved',
      approvedOn: '2018-12-10',
      resolution: 'usnesení ZM č. 198/2018',
    });
    expect(approved.status).toBe(200);
    expect(approved.body.plan).toMatchObject({ status: 'approved', approvedOn: '2018-12-10', approvalResolution: 'usnesení ZM č. 198/2018' });
    const archived = await call<{ plan: PlanJson }>(cookie, `/api/plans/${plan.id}/transition`, 'POST', { to: 'archived' });
    expect(archived.body.plan.status).toBe('archived');
  });

  it('lets a plan in consultation go back to draft', async () => {
    const { territory, cookie } = await newTerritory();
    const { plan } = await buildPlan(cookie, territory.slug);
    await call(cookie, `/api/plans/${plan.id}/transition`, 'POST', { to: 'consultation' });
    const back = await call<{ plan: PlanJson }>(cookie, `/api/plans/${plan.id}/transition`, 'POST', { to: 'draft' });
    expect(back.body.plan.status).toBe('draft');
  });

  it.each([
    ['draft', 'approved'],
    ['draft', 'archived'],
    ['approved', 'draft'],
    ['approved', 'consultation'],
    ['archived', 'approved'],
    ['archived', 'draft'],
  ])('refuses %s → %s with 409', async (from, to) => {
    const { territory, cookie } = await newTerritory();
    const { plan } = await buildPlan(cookie, territory.slug);
    if (from !== 'draft') await approve(cookie, plan.id);
    if (from === 'archived') await call(cookie, `/api/plans/${plan.id}/transition`, 'POST', { to: 'archived' });
    const res = await call(cookie, `/api/plans/${plan.id}/transition`, 'POST', { to, approvedOn: '2019-01-01', resolution: 'x' });
    expect(res.status).toBe(409);
    expect(res.body.error?.code).toBe('transition_not_allowed');
  });

  it('needs the approval date and the steering group’s resolution to approve', async () => {
    const { territory, cookie } = await newTerritory();
    const { plan } = await buildPlan(cookie, territory.slug);
    await call(cookie, `/api/plans/${plan.id}/transition`, 'POST', { to: 'consultation' });
    const res = await call(cookie, `/api/plans/${plan.id}/transition`, 'POST', { to: 'approved' });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual(['json.approvedOn', 'json.resolution']);
    const badDate = await call(cookie, `/api/plans/${plan.id}/transition`, 'POST', { to: 'approved', approvedOn: '10. 12. 2018', resolution: 'č. 1' });
    expect(fields(badDate)).toEqual(['json.approvedOn']);
  });
});

describe('an approved plan', { timeout: 30_000 }, () => {
  it('refuses every structure edit with 409 plan_frozen and a clear message', async () => {
    const { territory, cookie } = await newTerritory();
    const built = await buildPlan(cookie, territory.slug);
    await approve(cookie, built.plan.id);
    const attempts = [
      call(cookie, `/api/plans/${built.plan.id}`, 'PATCH', { title: 'Nový název' }),
      call(cookie, `/api/plans/${built.plan.id}/sections`, 'POST', { title: 'Menšiny', targetGroupCode: 'minorities' }),
      call(cookie, `/api/sections/${built.sections.seniors.id}`, 'PATCH', { title: 'Senioři a pečující' }),
      call(cookie, `/api/sections/${built.sections.seniors.id}/priorities`, 'POST', { kind: 'development', code: '2', title: 'Priorita 2' }),
      call(cookie, `/api/priorities/${built.priorities.sen1.id}`, 'DELETE'),
      call(cookie, `/api/priorities/${built.priorities.sen1.id}/measures`, 'POST', { code: 'SEN 1.2', title: 'Nové' }),
      call(cookie, `/api/measures/${built.measures.sen11.id}`, 'PATCH', { title: 'Jinak' }),
      call(cookie, `/api/measures/${built.measures.sen11.id}/activities`, 'POST', { code: 'SEN 1.1.9', title: 'Nová' }),
      call(cookie, `/api/activities/${built.activities.a1.id}`, 'PATCH', { estimatedCostCzk: 5 }),
      call(cookie, `/api/activities/${built.activities.a1.id}`, 'DELETE'),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'plan_frozen', message: 'Schválený plán nelze měnit; vytvořte novou verzi' });
    }
    const snapshot = await call<{ totals: { activities: number } }>(null, `/api/plans/${built.plan.id}/snapshot`);
    expect(snapshot.body.totals.activities).toBe(3);
  });
});

describe('POST /api/plans/:id/versions and GET /api/plans/:id/diff', { timeout: 30_000 }, () => {
  it('makes a draft copy with new ids that can be changed, approved, and compared with the old version', async () => {
    const { territory, cookie } = await newTerritory();
    const built = await buildPlan(cookie, territory.slug);
    await approve(cookie, built.plan.id);
    const created = await call<{ plan: PlanJson }>(cookie, `/api/plans/${built.plan.id}/versions`, 'POST');
    expect(created.status).toBe(201);
    const v2 = created.body.plan;
    expect(v2).toMatchObject({ status: 'draft', version: 2, previousVersionId: built.plan.id, approvedOn: null });

    type Snapshot = { sections: { id: string; priorities: { measures: { id: string; code: string; activities: { id: string; code: string }[] }[] }[] }[] };
    const tree = (await call<Snapshot>(cookie, `/api/plans/${v2.id}/snapshot`)).body;
    const measures = tree.sections.flatMap((s) => s.priorities.flatMap((p) => p.measures));
    const activity = (code: string) => measures.flatMap((m) => m.activities).find((a) => a.code === code)!;
    expect(measures.map((m) => m.code).sort()).toEqual(['RD 2.1', 'SEN 1.1']);
    expect(activity('SEN 1.1.1').id).not.toBe(built.activities.a1.id);

    // Renumber one activity, change the cost of another, move the third, remove nothing, add one.
    expect((await call(cookie, `/api/activities/${activity('SEN 1.1.2').id}`, 'PATCH', { code: 'SEN 1.1.5', estimatedCostCzk: 800 })).status).toBe(200);
    const sen11 = measures.find((m) => m.code === 'SEN 1.1')!;
    expect((await call(cookie, `/api/activities/${activity('RD 2.1.1').id}`, 'PATCH', { measureId: sen11.id, code: 'SEN 1.1.3' })).status).toBe(200);
    expect((await call(cookie, `/api/measures/${sen11.id}/activities`, 'POST', { code: 'SEN 1.1.4', title: 'Senior taxi', estimatedCostCzk: 350 })).status).toBe(201);
    expect((await call(cookie, `/api/activities/${activity('SEN 1.1.1').id}`, 'DELETE')).status).toBe(200);

    type Diff = {
      activities: { added: { code: string }[]; removed: { code: string }[]; changed: { code: string; changes: { field: string; before: unknown; after: unknown }[] }[] };
      measures: { added: unknown[]; removed: unknown[]; changed: unknown[] };
      summary: { added: number; removed: number; changed: number };
    };
    const diff = await call<Diff>(cookie, `/api/plans/${v2.id}/diff?against=${built.plan.id}`);
    expect(diff.status).toBe(200);
    expect(diff.body.activities.added.map((a) => a.code)).toEqual(['SEN 1.1.4']);
    expect(diff.body.activities.removed.map((a) => a.code)).toEqual(['SEN 1.1.1']);
    const changed = Object.fromEntries(diff.body.activities.changed.map((a) => [a.code, a.changes]));
    expect(changed['SEN 1.1.5']).toEqual([
      { field: 'code', before: 'SEN 1.1.2', after: 'SEN 1.1.5' },
      { field: 'estimatedCostCzk', before: 500, after: 800 },
    ]);
    expect(changed['SEN 1.1.3']).toContainEqual({ field: 'measure', before: 'RD 2.1', after: 'SEN 1.1' });
    expect(diff.body.measures).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.body.summary).toEqual({ added: 1, removed: 1, changed: 2 });

    // Approving the new version archives the one it amends.
    await approve(cookie, v2.id);
    const old = await call<{ plan: PlanJson; territory: { slug: string }; versions: { version: number; status: string }[] }>(null, `/api/plans/${built.plan.id}`);
    expect(old.body.plan.status).toBe('archived');
    expect(old.body.territory.slug).toBe(territory.slug);
    expect(old.body.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'archived'],
      [2, 'approved'],
    ]);
  });

  it('refuses a second open version and a version of a draft', async () => {
    const { territory, cookie } = await newTerritory();
    const built = await buildPlan(cookie, territory.slug);
    const ofDraft = await call(cookie, `/api/plans/${built.plan.id}/versions`, 'POST');
    expect(ofDraft.status).toBe(409);
    await approve(cookie, built.plan.id);
    expect((await call(cookie, `/api/plans/${built.plan.id}/versions`, 'POST')).status).toBe(201);
    const second = await call(cookie, `/api/plans/${built.plan.id}/versions`, 'POST');
    expect(second.status).toBe(409);
    expect(second.body.error?.code).toBe('version_exists');
  });

  it('answers 404 naming query.against for a plan the caller cannot see', async () => {
    const { territory, cookie } = await newTerritory();
    const built = await buildPlan(cookie, territory.slug);
    await approve(cookie, built.plan.id);
    const other = await newTerritory();
    const draft = await buildPlan(other.cookie, other.territory.slug);
    const res = await call(null, `/api/plans/${built.plan.id}/diff?against=${draft.plan.id}`);
    expect(res.status).toBe(404);
    expect(fields(res)).toEqual(['query.against']);
  });
});

describe('POST /api/territories/:territory/plans', { timeout: 30_000 }, () => {
  it('starts a new period as a copy of the latest plan, with the timeline moved into the new period', async () => {
    const { territory, cookie } = await newTerritory();
    const built = await buildPlan(cookie, territory.slug);
    await approve(cookie, built.plan.id);
    const res = await call<{ plan: PlanJson & { periodFrom: number; periodTo: number }; copiedFrom: string }>(cookie, `/api/territories/${territory.slug}/plans`, 'POST', {
      title: 'Komunitní plán 2022–2024',
      periodFrom: 2022,
      periodTo: 2024,
      copyFrom: 'latest',
    });
    expect(res.status).toBe(201);
    expect(res.body.copiedFrom).toBe(built.plan.id);
    expect(res.body.plan).toMatchObject({ status: 'draft', version: 1, previousVersionId: null, periodFrom: 2022 });
    type Snapshot = { sections: { priorities: { measures: { activities: { code: string; startYear: number; endYear: number }[] }[] }[] }[] };
    const snapshot = await call<Snapshot>(cookie, `/api/plans/${res.body.plan.id}/snapshot`);
    const activities = snapshot.body.sections.flatMap((s) => s.priorities.flatMap((p) => p.measures.flatMap((m) => m.activities)));
    expect(activities.map((a) => [a.code, a.startYear, a.endYear])).toEqual([
      ['SEN 1.1.1', 2022, 2024],
      ['SEN 1.1.2', 2023, 2024],
      ['RD 2.1.1', 2022, 2022],
    ]);
    // The copy remembers where its rows came from, so the diff matches them across the periods.
    const diff = await call<{ summary: { added: number; removed: number } }>(cookie, `/api/plans/${res.body.plan.id}/diff?against=${built.plan.id}`);
    expect(diff.body.summary).toMatchObject({ added: 0, removed: 0 });
  });

  it('names json.periodTo for a period that ends before it starts and json.copyFrom for a plan of another territory', async () => {
    const { territory, cookie } = await newTerritory();
    const backwards = await call(cookie, `/api/territories/${territory.slug}/plans`, 'POST', { title: 'Plán', periodFrom: 2022, periodTo: 2020 });
    expect(backwards.status).toBe(400);
    expect(fields(backwards)).toEqual(['json.periodTo']);
    const other = await newTerritory();
    const foreign = await buildPlan(other.cookie, other.territory.slug);
    const res = await call(cookie, `/api/territories/${territory.slug}/plans`, 'POST', { title: 'Plán', periodFrom: 2022, periodTo: 2024, copyFrom: foreign.plan.id });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual(['json.copyFrom']);
  });
});

describe('who sees and edits plans', { timeout: 30_000 }, () => {
  it('shows the public approved, archived and in-consultation plans, but never a draft', async () => {
    const { territory, cookie } = await newTerritory();
    const draft = await buildPlan(cookie, territory.slug, { periodFrom: 2022, periodTo: 2024 });
    const inConsultation = await buildPlan(cookie, territory.slug, { periodFrom: 2019, periodTo: 2021 });
    await call(cookie, `/api/plans/${inConsultation.plan.id}/transition`, 'POST', { to: 'consultation' });
    const listed = await call<{ plans: { id: string; measures: number; activities: number }[] }>(null, `/api/territories/${territory.slug}/plans`);
    expect(listed.body.plans.map((p) => [p.id, p.measures, p.activities])).toEqual([[inConsultation.plan.id, 2, 3]]);
    for (const path of ['', '/snapshot', '/monitoring', '/export', '/action-plans']) {
      expect((await call(null, `/api/plans/${draft.plan.id}${path}`)).status).toBe(404);
    }
    expect((await call(null, `/api/activities/${draft.activities.a1.id}`)).status).toBe(404);
    expect((await call(null, `/api/plans/${inConsultation.plan.id}/snapshot`)).status).toBe(200);
  });

  it('shows drafts to members of the territory but lets only its coordinators edit them', async () => {
    const { territory, cookie } = await newTerritory();
    const draft = await buildPlan(cookie, territory.slug);
    const member = await signIn((await createUser({ roles: [[territory.id, 'member']] })).email);
    const listed = await call<{ plans: { id: string }[] }>(member, `/api/territories/${territory.slug}/plans`);
    expect(listed.body.plans.map((p) => p.id)).toEqual([draft.plan.id]);
    expect((await call(member, `/api/plans/${draft.plan.id}/snapshot`)).status).toBe(200);
    expect((await call(member, `/api/activities/${draft.activities.a1.id}`, 'PATCH', { title: 'x' })).status).toBe(403);
  });

  it('refuses a coordinator of another territory with 403 and the public with 401', async () => {
    const { territory, cookie } = await newTerritory();
    const draft = await buildPlan(cookie, territory.slug);
    const stranger = await coordinatorCookie((await newTerritory()).territory.id);
    const writes: [string, string, unknown][] = [
      [`/api/territories/${territory.slug}/plans`, 'POST', { title: 'Plán', periodFrom: 2022, periodTo: 2024 }],
      [`/api/plans/${draft.plan.id}/transition`, 'POST', { to: 'consultation' }],
      [`/api/plans/${draft.plan.id}/sections`, 'POST', { title: 'Menšiny', targetGroupCode: 'minorities' }],
      [`/api/measures/${draft.measures.sen11.id}/activities`, 'POST', { code: 'X 1', title: 'x' }],
      [`/api/activities/${draft.activities.a1.id}`, 'PATCH', { title: 'x' }],
      [`/api/activities/${draft.activities.a1.id}`, 'DELETE', undefined],
      [`/api/plans/${draft.plan.id}/action-plans/2019`, 'PUT', { items: [] }],
    ];
    for (const [path, method, json] of writes) {
      expect((await call(stranger, path, method, json)).status, `${method} ${path}`).toBe(403);
      expect((await call(null, path, method, json)).status, `${method} ${path}`).toBe(401);
    }
  });

  it('deletes a draft as tombstones, and refuses to delete an approved plan', async () => {
    const { territory, cookie } = await newTerritory();
    const draft = await buildPlan(cookie, territory.slug);
    expect((await call(cookie, `/api/plans/${draft.plan.id}`, 'DELETE')).status).toBe(200);
    expect((await call(cookie, `/api/plans/${draft.plan.id}`)).status).toBe(404);
    const approved = await buildPlan(cookie, territory.slug);
    await approve(cookie, approved.plan.id);
    const res = await call(cookie, `/api/plans/${approved.plan.id}`, 'DELETE');
    expect(res.status).toBe(409);
    expect(res.body.error?.code).toBe('plan_not_draft');
  });
});
