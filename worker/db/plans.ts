import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { actionPlanItems, actionPlans, activities, evaluations, measures, planSections, plans, priorities } from '../../schema/tables.ts';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Database } from '../env.ts';
import type { WriteStatement } from './d1-writes.ts';
import { PUBLIC_STATUSES, type Plan, type PlanStatus } from './plan-access.ts';
import { planSummary } from './plan-snapshot.ts';

/** The life cycle: back from consultation to draft is allowed, an approved plan only ever becomes archived. */
export const TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = {
  draft: ['consultation'],
  consultation: ['draft', 'approved'],
  approved: ['archived'],
  archived: [],
};

const STATUS_CS: Record<PlanStatus, string> = { draft: 'návrh', consultation: 'připomínkování', approved: 'schválený', archived: 'archivovaný' };
export const statusName = (status: PlanStatus) => STATUS_CS[status];

/** The territory's plans, newest period and version first, with the size of each. */
export async function listTerritoryPlans(db: Database, territoryId: string, withDrafts: boolean) {
  const rows = await db
    .select({
      plan: plans,
      // Written out: drizzle leaves column names unqualified in a select list, which would bind them to the subquery.
      measures: sql<number>`(SELECT count(*) FROM measures m WHERE m.plan_id = "plans"."id" AND m.deleted_at IS NULL)`,
      activities: sql<number>`(SELECT count(*) FROM activities a WHERE a.plan_id = "plans"."id" AND a.deleted_at IS NULL)`,
    })
    .from(plans)
    .where(and(eq(plans.territoryId, territoryId), isNull(plans.deletedAt), withDrafts ? undefined : inArray(plans.status, [...PUBLIC_STATUSES])))
    .orderBy(desc(plans.periodFrom), desc(plans.version), desc(plans.createdAt));
  return rows.map((row) => ({ ...planSummary(row.plan), measures: row.measures, activities: row.activities }));
}

/** The newest plan of a territory (by period, then version), the default source of a copy into a new period. */
export async function latestPlan(db: Database, territoryId: string): Promise<Plan | undefined> {
  const [plan] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.territoryId, territoryId), isNull(plans.deletedAt)))
    .orderBy(desc(plans.periodFrom), desc(plans.version), desc(plans.createdAt))
    .limit(1);
  return plan;
}

/** Every version of the plan: the chain of previousVersionId both ways. */
export async function planVersions(db: Database, planId: string) {
  const rows = await db.all<{ id: string; version: number; status: PlanStatus; title: string; approved_on: string | null }>(sql`
    WITH RECURSIVE
      back(id, prev) AS (
        SELECT id, previous_version_id FROM plans WHERE id = ${planId}
        UNION SELECT p.id, p.previous_version_id FROM plans p JOIN back ON p.id = back.prev
      ),
      lineage(id) AS (
        SELECT id FROM back
        UNION SELECT p.id FROM plans p JOIN lineage ON p.previous_version_id = lineage.id
      )
    SELECT p.id, p.version, p.status, p.title, p.approved_on FROM plans p JOIN lineage USING (id)
    WHERE p.deleted_at IS NULL ORDER BY p.version`);
  return rows.map((r) => ({ id: r.id, version: r.version, status: r.status, title: r.title, approvedOn: r.approved_on }));
}

/** A newer version in the works or in force: a second one would fork the plan. */
export async function openNewerVersion(db: Database, planId: string) {
  const [row] = await db
    .select({ id: plans.id, version: plans.version, status: plans.status })
    .from(plans)
    .where(and(eq(plans.previousVersionId, planId), isNull(plans.deletedAt), inArray(plans.status, ['draft', 'consultation', 'approved'])))
    .limit(1);
  return row;
}

/** The years the plan's content already uses, which a new period must still cover. */
export async function usedYears(db: Database, planId: string) {
  const [row] = await db.all<{ first: number | null; last: number | null }>(sql`
    SELECT min(y) AS first, max(y) AS last FROM (
      SELECT start_year AS y FROM activities WHERE plan_id = ${planId} AND deleted_at IS NULL
      UNION ALL SELECT end_year FROM activities WHERE plan_id = ${planId} AND deleted_at IS NULL
      UNION ALL SELECT year FROM action_plans WHERE plan_id = ${planId} AND deleted_at IS NULL
      UNION ALL SELECT e.year FROM evaluations e JOIN activities a ON a.id = e.activity_id
        WHERE a.plan_id = ${planId} AND e.deleted_at IS NULL AND a.deleted_at IS NULL
    )`);
  return { first: row?.first ?? null, last: row?.last ?? null };
}

/** Tombstones for a whole plan or one branch of it (a section, a priority, a measure or an activity). */
export function tombstoneBranch(db: Database, level: 'plan' | 'section' | 'priority' | 'measure' | 'activity', id: string) {
  const now = Date.now();
  const gone = { deletedAt: now, updatedAt: now };
  const alive = (t: { deletedAt: AnySQLiteColumn }) => isNull(t.deletedAt);
  const sectionIds =
    level === 'plan' ? db.select({ id: planSections.id }).from(planSections).where(eq(planSections.planId, id)) : level === 'section' ? [id] : undefined;
  const priorityIds =
    level === 'priority'
      ? [id]
      : sectionIds
        ? db.select({ id: priorities.id }).from(priorities).where(inArray(priorities.sectionId, sectionIds))
        : undefined;
  const measureIds =
    level === 'measure' ? [id] : priorityIds ? db.select({ id: measures.id }).from(measures).where(inArray(measures.priorityId, priorityIds)) : undefined;
  const activityIds =
    level === 'activity' ? [id] : db.select({ id: activities.id }).from(activities).where(inArray(activities.measureId, measureIds!));
  // The subqueries ignore tombstones, so the statements find the same rows in any order. Evaluations go with their
  // activity (only a draft loses activities, e.g. one copied into a new version), so no report counts them.
  const statements: WriteStatement[] = [
    db.update(actionPlanItems).set(gone).where(and(inArray(actionPlanItems.activityId, activityIds), alive(actionPlanItems))),
    db.update(evaluations).set(gone).where(and(inArray(evaluations.activityId, activityIds), alive(evaluations))),
    db.update(activities).set(gone).where(and(inArray(activities.id, activityIds), alive(activities))),
  ];
  if (measureIds) statements.push(db.update(measures).set(gone).where(and(inArray(measures.id, measureIds), alive(measures))));
  if (priorityIds) statements.push(db.update(priorities).set(gone).where(and(inArray(priorities.id, priorityIds), alive(priorities))));
  if (sectionIds) statements.push(db.update(planSections).set(gone).where(and(inArray(planSections.id, sectionIds), alive(planSections))));
  if (level === 'plan') {
    statements.push(db.update(actionPlans).set(gone).where(and(eq(actionPlans.planId, id), alive(actionPlans))));
    statements.push(db.update(plans).set(gone).where(eq(plans.id, id)));
  }
  return statements;
}
