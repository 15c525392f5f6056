import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { ActionPlanBody, IdParams, IdYearParams } from '../../schema/api/plans.ts';
import { actionPlanItems, actionPlans, activities } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize } from '../auth/policy.ts';
import type { Database } from '../env.ts';
import { ApiError, type FieldIssue } from '../errors.ts';
import { coversYear, findPlan, periodLabel, requireVisiblePlan } from '../db/plan-access.ts';
import { invalid, throwIfAny } from '../db/plan-rules.ts';
import { rawStatement, runWrites } from '../db/d1-writes.ts';
import { planActivityIds } from '../db/plan-tree.ts';
import { validate } from '../validation.ts';

async function actionPlanOf(db: Database, planId: string, year: number) {
  const [actionPlan] = await db
    .select()
    .from(actionPlans)
    .where(and(eq(actionPlans.planId, planId), eq(actionPlans.year, year), isNull(actionPlans.deletedAt)));
  if (!actionPlan) return undefined;
  const items = await db
    .select({ activityId: actionPlanItems.activityId, code: activities.code, title: activities.title, plannedCostCzk: actionPlanItems.plannedCostCzk })
    .from(actionPlanItems)
    .innerJoin(activities, eq(activities.id, actionPlanItems.activityId))
    .where(and(eq(actionPlanItems.actionPlanId, actionPlan.id), isNull(actionPlanItems.deletedAt), isNull(activities.deletedAt)))
    .orderBy(asc(activities.code));
  return {
    id: actionPlan.id,
    planId,
    year,
    approvedOn: actionPlan.approvedOn,
    items,
    totalCzk: items.reduce((sum, item) => sum + (item.plannedCostCzk ?? 0), 0),
  };
}

/**
 * Akční plán: the activities chosen for one year with their planned cost. It is yearly work, not the plan's
 * structure, so an approved plan takes its action plans; only an archived one is closed.
 */
export const actionPlanRoutes = createRouter()
  .get('/plans/:id/action-plans', validate('param', IdParams), async (c) => {
    const plan = await requireVisiblePlan(c, c.req.valid('param').id);
    const rows = await c.var.db
      .select({
        year: actionPlans.year,
        approvedOn: actionPlans.approvedOn,
        items: sql<number>`count(${activities.id})`,
        totalCzk: sql<number>`coalesce(sum(${actionPlanItems.plannedCostCzk}), 0)`,
      })
      .from(actionPlans)
      .leftJoin(actionPlanItems, and(eq(actionPlanItems.actionPlanId, actionPlans.id), isNull(actionPlanItems.deletedAt)))
      .leftJoin(activities, and(eq(activities.id, actionPlanItems.activityId), isNull(activities.deletedAt)))
      .where(and(eq(actionPlans.planId, plan.id), isNull(actionPlans.deletedAt)))
      .groupBy(actionPlans.id)
      .orderBy(asc(actionPlans.year));
    return c.json({ actionPlans: rows }, 200);
  })
  .get('/plans/:id/action-plans/:year', validate('param', IdYearParams), async (c) => {
    const { id, year } = c.req.valid('param');
    const plan = await requireVisiblePlan(c, id);
    const actionPlan = await actionPlanOf(c.var.db, plan.id, year);
    if (!actionPlan) throw new ApiError(404, 'not_found', `The plan has no action plan for ${year}`);
    return c.json({ actionPlan }, 200);
  })
  .put('/plans/:id/action-plans/:year', validate('param', IdYearParams), validate('json', ActionPlanBody), async (c) => {
    const db = c.var.db;
    const { id, year } = c.req.valid('param');
    const plan = await findPlan(db, id);
    if (!plan) throw new ApiError(404, 'not_found', 'Plan not found');
    await authorize(c, { to: 'manage_territory', territoryId: plan.territoryId });
    if (plan.status === 'archived') throw new ApiError(409, 'plan_frozen', 'Archivovaný plán nelze měnit');
    if (!coversYear(plan, year)) invalid([{ field: 'param.year', message: `must be within the plan period ${periodLabel(plan)}` }]);
    const body = c.req.valid('json');
    const known = await planActivityIds(db, plan.id);
    const seen = new Set<string>();
    const issues: FieldIssue[] = [];
    body.items.forEach((item, i) => {
      if (!known.has(item.activityId)) issues.push({ field: `json.items[${i}].activityId`, message: 'is not an activity of this plan' });
      else if (seen.has(item.activityId)) issues.push({ field: `json.items[${i}].activityId`, message: 'is listed twice' });
      seen.add(item.activityId);
    });
    throwIfAny(issues.slice(0, 50));

    const now = Date.now();
    const [existing] = await db.select({ id: actionPlans.id }).from(actionPlans).where(and(eq(actionPlans.planId, plan.id), eq(actionPlans.year, year)));
    const actionPlanId = existing?.id ?? uuidv7();
    const items = JSON.stringify(body.items.map((item) => [uuidv7(), item.activityId, item.plannedCostCzk ?? null]));
    const listed = JSON.stringify(body.items.map((item) => item.activityId));
    c.set('audit', { ...c.var.audit, entity: 'action_plan', entityId: actionPlanId, fields: Object.keys(body) });
    // One batch, so the year's list is replaced as a whole or not at all; dropped items become tombstones for sync.
    await runWrites(db, [
      db
        .insert(actionPlans)
        .values({ id: actionPlanId, planId: plan.id, year, approvedOn: body.approvedOn ?? null })
        .onConflictDoUpdate({ target: [actionPlans.planId, actionPlans.year], set: { approvedOn: body.approvedOn ?? null, deletedAt: null, updatedAt: now } }),
      rawStatement(
        db,
        `UPDATE action_plan_items SET deleted_at = ?1, updated_at = ?1
         WHERE action_plan_id = ?2 AND deleted_at IS NULL AND activity_id NOT IN (SELECT value FROM json_each(?3))`,
        now,
        actionPlanId,
        listed,
      ),
      rawStatement(
        db,
        `INSERT INTO action_plan_items (id, action_plan_id, activity_id, planned_cost_czk, created_at, updated_at)
         SELECT json_extract(value, '$[0]'), ?1, json_extract(value, '$[1]'), json_extract(value, '$[2]'), ?2, ?2
         FROM json_each(?3) WHERE true
         ON CONFLICT (action_plan_id, activity_id) DO UPDATE SET
           planned_cost_czk = excluded.planned_cost_czk, deleted_at = NULL, updated_at = excluded.updated_at
         WHERE planned_cost_czk IS NOT excluded.planned_cost_czk OR deleted_at IS NOT NULL`,
        actionPlanId,
        now,
        items,
      ),
    ]);
    return c.json({ actionPlan: (await actionPlanOf(db, plan.id, year))! }, 200);
  });
