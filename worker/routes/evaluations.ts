import { and, asc, eq, isNull } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { EvaluationBody, IdParams, IdYearParams } from '../../schema/api/plans.ts';
import { evaluations } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize } from '../auth/policy.ts';
import { ApiError, type FieldIssue } from '../errors.ts';
import { coversYear, findActivity, periodLabel, requireVisiblePlan } from '../db/plan-access.ts';
import { invalid, throwIfAny } from '../db/plan-rules.ts';
import { evaluationReport } from '../db/plan-reports.ts';
import { validate } from '../validation.ts';

const publicEvaluation = (e: typeof evaluations.$inferSelect) => ({
  id: e.id,
  activityId: e.activityId,
  year: e.year,
  status: e.status,
  progress: e.progress,
  indicatorValues: e.indicatorValues,
  spentCzk: e.spentCzk,
  comment: e.comment,
  updatedAt: e.updatedAt,
});

/**
 * Vyhodnocení: per activity and year a status, progress, indicator values, money spent and a comment. It is
 * monitoring of what the approved plan does, so it is written on the approved plan itself (never on a draft).
 */
export const evaluationRoutes = createRouter()
  .get('/activities/:id/evaluations', validate('param', IdParams), async (c) => {
    const row = await findActivity(c.var.db, c.req.valid('param').id);
    if (!row) throw new ApiError(404, 'not_found', 'Activity not found');
    await requireVisiblePlan(c, row.plan.id);
    const rows = await c.var.db
      .select()
      .from(evaluations)
      .where(and(eq(evaluations.activityId, row.activity.id), isNull(evaluations.deletedAt)))
      .orderBy(asc(evaluations.year));
    return c.json({ evaluations: rows.map(publicEvaluation) }, 200);
  })
  .put('/activities/:id/evaluations/:year', validate('param', IdYearParams), validate('json', EvaluationBody), async (c) => {
    const db = c.var.db;
    const { id, year } = c.req.valid('param');
    const row = await findActivity(db, id);
    if (!row) throw new ApiError(404, 'not_found', 'Activity not found', [{ field: 'param.id', message: 'is not an activity of any plan' }]);
    const { activity, plan } = row;
    await authorize(c, { to: 'manage_territory', territoryId: plan.territoryId });
    if (plan.status !== 'approved') throw new ApiError(409, 'plan_not_approved', 'Vyhodnocovat lze jen schválený plán');
    const body = c.req.valid('json');
    const issues: FieldIssue[] = [];
    if (!coversYear(plan, year)) issues.push({ field: 'param.year', message: `must be within the plan period ${periodLabel(plan)}` });
    const names = new Set(activity.indicators.map((i) => i.name));
    body.indicatorValues?.forEach((value, i) => {
      if (!names.has(value.name)) issues.push({ field: `json.indicatorValues[${i}].name`, message: 'is not an indicator of this activity' });
    });
    throwIfAny(issues);
    const values = {
      status: body.status,
      progress: body.progress,
      indicatorValues: body.indicatorValues ?? [],
      spentCzk: body.spentCzk ?? null,
      comment: body.comment || null,
    };
    // an evaluation is one row per activity and year: saving again updates it and keeps its id
    const [kept] = await db.select({ id: evaluations.id }).from(evaluations).where(and(eq(evaluations.activityId, activity.id), eq(evaluations.year, year)));
    const evaluationId = kept?.id ?? uuidv7();
    c.set('audit', { ...c.var.audit, entity: 'evaluation', entityId: evaluationId, fields: Object.keys(body) });
    const [saved] = await db
      .insert(evaluations)
      .values({ id: evaluationId, activityId: activity.id, planId: plan.id, year, ...values })
      .onConflictDoUpdate({ target: [evaluations.activityId, evaluations.year], set: { ...values, planId: plan.id, deletedAt: null, updatedAt: Date.now() } })
      .returning();
    return c.json({ evaluation: publicEvaluation(saved!) }, 200);
  })
  .get('/plans/:id/evaluation-report/:year', validate('param', IdYearParams), async (c) => {
    const { id, year } = c.req.valid('param');
    const plan = await requireVisiblePlan(c, id);
    if (!coversYear(plan, year)) invalid([{ field: 'param.year', message: `must be within the plan period ${periodLabel(plan)}` }]);
    return c.json(await evaluationReport(c.var.db, plan, year), 200);
  });
