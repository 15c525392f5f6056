import { and, eq, isNull } from 'drizzle-orm';
import type { Context } from 'hono';
import { activities, measures, planSections, plans, priorities } from '../../schema/tables.ts';
import { authorize, can } from '../auth/policy.ts';
import type { AppEnv, Database } from '../env.ts';
import { ApiError, notFound } from '../errors.ts';

export type Plan = typeof plans.$inferSelect;
export type PlanStatus = Plan['status'];

/** The last year of the plan, counting a prolongation by resolution. */
export const lastYear = (plan: Pick<Plan, 'periodTo' | 'extendedTo'>) => plan.extendedTo ?? plan.periodTo;
export const coversYear = (plan: Pick<Plan, 'periodFrom' | 'periodTo' | 'extendedTo'>, year: number) => year >= plan.periodFrom && year <= lastYear(plan);
export const periodLabel = (plan: Pick<Plan, 'periodFrom' | 'periodTo' | 'extendedTo'>) => `${plan.periodFrom}–${lastYear(plan)}`;

/** A public hearing is held over the draft in consultation, so that status is as public as an approved plan. */
export const PUBLIC_STATUSES: readonly PlanStatus[] = ['consultation', 'approved', 'archived'];

/** Members and coordinators of the territory (and admins) see its drafts; everybody else only public plans. */
export const canSeeDrafts = (c: Context<AppEnv>, territoryId: string) => can(c.var.db, c.var.actor, { to: 'read_territory', territoryId });

export async function findPlan(db: Database, id: string): Promise<Plan | undefined> {
  const [plan] = await db.select().from(plans).where(and(eq(plans.id, id), isNull(plans.deletedAt))).limit(1);
  return plan;
}

/** The plan, or 404 for a missing plan and for a draft the caller may not see (its existence is not public either). */
export async function requireVisiblePlan(c: Context<AppEnv>, id: string): Promise<Plan> {
  const plan = await findPlan(c.var.db, id);
  if (!plan) throw notFound('Plan');
  if (!PUBLIC_STATUSES.includes(plan.status) && !(await canSeeDrafts(c, plan.territoryId))) throw notFound('Plan');
  return plan;
}

export function assertStructureEditable(plan: Plan) {
  if (plan.status === 'approved') throw new ApiError(409, 'plan_frozen', 'Schválený plán nelze měnit; vytvořte novou verzi');
  if (plan.status === 'archived') throw new ApiError(409, 'plan_frozen', 'Archivovaný plán nelze měnit; založte nový plán jako jeho kopii');
}

/** For writes to a plan's structure: the territory's coordinators only, and never on an approved or archived plan. */
export async function requireEditablePlan(c: Context<AppEnv>, plan: Plan | undefined): Promise<Plan> {
  if (!plan) throw notFound('Plan');
  await authorize(c, { to: 'manage_territory', territoryId: plan.territoryId });
  assertStructureEditable(plan);
  return plan;
}

// Each structure row comes with its plan, so a handler authorizes against the plan's territory and checks its status.
export async function findSection(db: Database, id: string) {
  const [row] = await db
    .select({ section: planSections, plan: plans })
    .from(planSections)
    .innerJoin(plans, eq(plans.id, planSections.planId))
    .where(and(eq(planSections.id, id), isNull(planSections.deletedAt), isNull(plans.deletedAt)))
    .limit(1);
  return row;
}

export async function findPriority(db: Database, id: string) {
  const [row] = await db
    .select({ priority: priorities, plan: plans })
    .from(priorities)
    .innerJoin(plans, eq(plans.id, priorities.planId))
    .where(and(eq(priorities.id, id), isNull(priorities.deletedAt), isNull(plans.deletedAt)))
    .limit(1);
  return row;
}

export async function findMeasure(db: Database, id: string) {
  const [row] = await db
    .select({ measure: measures, sectionId: priorities.sectionId, plan: plans })
    .from(measures)
    .innerJoin(priorities, eq(priorities.id, measures.priorityId))
    .innerJoin(plans, eq(plans.id, measures.planId))
    .where(and(eq(measures.id, id), isNull(measures.deletedAt), isNull(plans.deletedAt)))
    .limit(1);
  return row;
}

export async function findActivity(db: Database, id: string) {
  const [row] = await db
    .select({ activity: activities, sectionId: priorities.sectionId, plan: plans })
    .from(activities)
    .innerJoin(measures, eq(measures.id, activities.measureId))
    .innerJoin(priorities, eq(priorities.id, measures.priorityId))
    .innerJoin(plans, eq(plans.id, activities.planId))
    .where(and(eq(activities.id, id), isNull(activities.deletedAt), isNull(plans.deletedAt)))
    .limit(1);
  return row;
}
