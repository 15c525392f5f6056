import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { DiffQuery, IdParams, PlanCreateBody, PlanImportBody, PlanPatchBody, TerritoryPlanParams, TransitionBody } from '../../schema/api/plans.ts';
import { plans } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { servedFromPublicCache } from '../cache/public-cache.ts';
import { authorize } from '../auth/policy.ts';
import { canSeeDrafts, findPlan, lastYear, PUBLIC_STATUSES, requireEditablePlan, requireVisiblePlan } from '../db/plan-access.ts';
import { diffPlans } from '../db/plan-diff.ts';
import { planSnapshot, planSummary, snapshotEtag } from '../db/plan-snapshot.ts';
import { invalid } from '../db/plan-rules.ts';
import { exportPlan, importRows } from '../db/plan-transfer.ts';
import { runWrites, type WriteStatement } from '../db/d1-writes.ts';
import { copyTree, copyYearlyRecords, insertTree, loadPlanTree } from '../db/plan-tree.ts';
import { latestPlan, listTerritoryPlans, openNewerVersion, planVersions, statusName, tombstoneBranch, TRANSITIONS, usedYears } from '../db/plans.ts';
import { requireTerritory } from '../db/territory-lookup.ts';
import { ApiError, notFound } from '../errors.ts';
import { validate } from '../validation.ts';

/**
 * Plans and their life cycle: draft → consultation → approved (date and steering-group resolution) → archived.
 * An approved plan is frozen; amending it means a new version (a copy that keeps the origin of every row, so the
 * diff can tell what changed), and a new period may start as a copy of the last plan.
 */
export const planRoutes = createRouter()
  .get('/territories/:territory/plans', validate('param', TerritoryPlanParams), async (c) => {
    const territory = await requireTerritory(c.var.db, c.req.valid('param').territory);
    const plansOfTerritory = await listTerritoryPlans(c.var.db, territory.id, await canSeeDrafts(c, territory.id));
    return c.json({ territory: { id: territory.id, slug: territory.slug, name: territory.name }, plans: plansOfTerritory }, 200);
  })
  .post('/territories/:territory/plans', validate('param', TerritoryPlanParams), validate('json', PlanCreateBody), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    const body = c.req.valid('json');
    const source = body.copyFrom === 'latest' ? await latestPlan(db, territory.id) : body.copyFrom ? await findPlan(db, body.copyFrom) : undefined;
    if (body.copyFrom && (!source || source.territoryId !== territory.id)) {
      invalid([{ field: 'json.copyFrom', message: body.copyFrom === 'latest' ? 'the territory has no plan to copy' : 'is not a plan of this territory' }]);
    }
    const plan = { id: uuidv7(), territoryId: territory.id, title: body.title, periodFrom: body.periodFrom, periodTo: body.periodTo };
    const statements: WriteStatement[] = [];
    if (source) {
      const { rows } = copyTree(await loadPlanTree(db, source.id), plan.id, {
        shiftYears: body.periodFrom - source.periodFrom,
        periodFrom: body.periodFrom,
        lastYear: body.periodTo,
      });
      statements.push(...insertTree(db, rows));
    }
    c.set('audit', { ...c.var.audit, entity: 'plan', entityId: plan.id, fields: Object.keys(body) });
    await runWrites(db, [db.insert(plans).values(plan), ...statements]);
    return c.json({ plan: planSummary((await findPlan(db, plan.id))!), copiedFrom: source?.id ?? null }, 201);
  })
  .post('/territories/:territory/plans/import', validate('param', TerritoryPlanParams), validate('json', PlanImportBody), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    const body = c.req.valid('json');
    const planId = uuidv7();
    const rows = await importRows(db, territory.id, planId, body);
    const plan = { id: planId, territoryId: territory.id, title: body.title ?? body.plan.title, periodFrom: body.periodFrom, periodTo: body.periodTo };
    c.set('audit', { ...c.var.audit, entity: 'plan', entityId: planId, fields: ['plan', 'periodFrom', 'periodTo'] });
    await runWrites(db, [db.insert(plans).values(plan), ...insertTree(db, rows)]);
    return c.json({ plan: planSummary((await findPlan(db, planId))!), counts: { sections: rows.sections.length, measures: rows.measures.length, activities: rows.activities.length } }, 201);
  })
  .get('/plans/:id', validate('param', IdParams), async (c) => {
    const plan = await requireVisiblePlan(c, c.req.valid('param').id);
    const showDrafts = await canSeeDrafts(c, plan.territoryId);
    const versions = (await planVersions(c.var.db, plan.id)).filter((v) => showDrafts || v.status !== 'draft');
    const territory = await requireTerritory(c.var.db, plan.territoryId);
    return c.json(
      { plan: planSummary(plan), territory: { id: territory.id, slug: territory.slug, name: territory.name }, versions, allowedTransitions: TRANSITIONS[plan.status] },
      200,
    );
  })
  .patch('/plans/:id', validate('param', IdParams), validate('json', PlanPatchBody), async (c) => {
    const db = c.var.db;
    const plan = await requireEditablePlan(c, await findPlan(db, c.req.valid('param').id));
    const body = c.req.valid('json');
    const next = { ...plan, ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) };
    if (next.periodFrom > next.periodTo) {
      invalid([body.periodTo !== undefined ? { field: 'json.periodTo', message: 'must not be before periodFrom' } : { field: 'json.periodFrom', message: 'must not be after periodTo' }]);
    }
    if (next.extendedTo != null && next.extendedTo <= next.periodTo) invalid([{ field: 'json.extendedTo', message: 'must be after periodTo' }]);
    const used = await usedYears(db, plan.id);
    if (used.first !== null && used.first < next.periodFrom) invalid([{ field: 'json.periodFrom', message: `the plan already has content in ${used.first}` }]);
    if (used.last !== null && used.last > lastYear(next)) {
      invalid([{ field: body.extendedTo !== undefined ? 'json.extendedTo' : 'json.periodTo', message: `the plan already has content in ${used.last}` }]);
    }
    c.set('audit', { ...c.var.audit, entity: 'plan', entityId: plan.id, fields: Object.keys(body) });
    const [updated] = await db.update(plans).set(body).where(eq(plans.id, plan.id)).returning();
    return c.json({ plan: planSummary(updated!) }, 200);
  })
  .delete('/plans/:id', validate('param', IdParams), async (c) => {
    const db = c.var.db;
    const plan = await findPlan(db, c.req.valid('param').id);
    if (!plan) throw notFound('Plan');
    await authorize(c, { to: 'manage_territory', territoryId: plan.territoryId });
    if (plan.status !== 'draft') throw new ApiError(409, 'plan_not_draft', `Smazat lze jen návrh plánu; tento plán je ${statusName(plan.status)}`);
    c.set('audit', { ...c.var.audit, entity: 'plan', entityId: plan.id });
    await runWrites(db, tombstoneBranch(db, 'plan', plan.id));
    return c.json({ id: plan.id, deleted: true }, 200);
  })
  .post('/plans/:id/transition', validate('param', IdParams), validate('json', TransitionBody), async (c) => {
    const db = c.var.db;
    const plan = await findPlan(db, c.req.valid('param').id);
    if (!plan) throw notFound('Plan');
    await authorize(c, { to: 'manage_territory', territoryId: plan.territoryId });
    const { to, approvedOn, resolution } = c.req.valid('json');
    if (!TRANSITIONS[plan.status].includes(to)) {
      const allowed = TRANSITIONS[plan.status].map(statusName).join(', ') || 'žádný';
      throw new ApiError(409, 'transition_not_allowed', `Plán ve stavu „${statusName(plan.status)}“ nelze převést do stavu „${statusName(to)}“ (možné: ${allowed})`);
    }
    if (to === 'approved' && (!approvedOn || !resolution)) {
      invalid([
        ...(approvedOn ? [] : [{ field: 'json.approvedOn', message: 'is required to approve a plan' }]),
        ...(resolution ? [] : [{ field: 'json.resolution', message: 'is required to approve a plan: the steering group’s resolution' }]),
      ]);
    }
    const changes = to === 'approved' ? { status: to, approvedOn, approvalResolution: resolution } : { status: to };
    c.set('audit', { ...c.var.audit, entity: 'plan', entityId: plan.id, fields: Object.keys(changes) });
    const statements = [db.update(plans).set(changes).where(and(eq(plans.id, plan.id), eq(plans.status, plan.status))).returning()];
    // The version this one amends stops being in force the moment this one is approved.
    if (to === 'approved' && plan.previousVersionId) {
      statements.push(db.update(plans).set({ status: 'archived' }).where(and(eq(plans.id, plan.previousVersionId), eq(plans.status, 'approved'))).returning());
    }
    const [[updated], archived] = await db.batch(statements as [(typeof statements)[number], ...typeof statements]);
    if (!updated) throw new ApiError(409, 'conflict', 'The plan changed its status meanwhile; reload it');
    return c.json({ plan: planSummary(updated), archivedPreviousVersion: archived?.[0]?.id ?? null }, 200);
  })
  .post('/plans/:id/versions', validate('param', IdParams), async (c) => {
    const db = c.var.db;
    const plan = await findPlan(db, c.req.valid('param').id);
    if (!plan) throw notFound('Plan');
    await authorize(c, { to: 'manage_territory', territoryId: plan.territoryId });
    if (plan.status !== 'approved') {
      throw new ApiError(409, 'plan_not_approved', 'Novou verzi lze vytvořit jen ze schváleného plánu; návrh nebo plán v připomínkování upravte přímo');
    }
    const newer = await openNewerVersion(db, plan.id);
    if (newer) throw new ApiError(409, 'version_exists', `Verze ${newer.version} tohoto plánu už existuje (${statusName(newer.status)}); pokračujte v ní`);
    const id = uuidv7();
    const { rows, ids } = copyTree(await loadPlanTree(db, plan.id), id, { periodFrom: plan.periodFrom, lastYear: lastYear(plan) });
    const version = {
      id,
      territoryId: plan.territoryId,
      title: plan.title,
      periodFrom: plan.periodFrom,
      periodTo: plan.periodTo,
      extendedTo: plan.extendedTo,
      version: plan.version + 1,
      previousVersionId: plan.id,
      isDemo: plan.isDemo,
    };
    const yearly = await copyYearlyRecords(db, plan.id, id, ids);
    c.set('audit', { ...c.var.audit, entity: 'plan', entityId: id, fields: ['previousVersionId'] });
    await runWrites(db, [db.insert(plans).values(version), ...insertTree(db, rows), ...yearly]);
    return c.json({ plan: planSummary((await findPlan(db, id))!) }, 201);
  })
  .get('/plans/:id/diff', validate('param', IdParams), validate('query', DiffQuery), async (c) => {
    const db = c.var.db;
    const plan = await requireVisiblePlan(c, c.req.valid('param').id);
    const againstId = c.req.valid('query').against;
    const against = await findPlan(db, againstId);
    if (!against || !(PUBLIC_STATUSES.includes(against.status) || (await canSeeDrafts(c, against.territoryId)))) {
      throw new ApiError(404, 'not_found', 'The plan to compare against was not found', [{ field: 'query.against', message: 'is not a plan you can see' }]);
    }
    const [before, after] = await Promise.all([loadPlanTree(db, against.id), loadPlanTree(db, plan.id)]);
    return c.json(diffPlans(against, before, plan, after), 200);
  })
  .get('/plans/:id/snapshot', validate('param', IdParams), (c) =>
    servedFromPublicCache(c, async () => {
      const plan = await requireVisiblePlan(c, c.req.valid('param').id);
      return {
        etag: await snapshotEtag(c.var.db, plan),
        // Drafts are for the territory's people only: no shared cache may keep them (and the public never gets one).
        cacheControl: plan.status === 'draft' ? 'private, no-cache' : 'public, no-cache',
        headers: { Vary: 'Cookie' },
        body: () => planSnapshot(c.var.db, plan),
      };
    }),
  )
  .get('/plans/:id/export', validate('param', IdParams), async (c) => {
    const plan = await requireVisiblePlan(c, c.req.valid('param').id);
    const body = await exportPlan(c.var.db, plan);
    const name = `plan-${plan.periodFrom}-${plan.periodTo}-v${plan.version}.json`;
    return c.json(body, 200, { 'Content-Disposition': `attachment; filename="${name}"` });
  });
