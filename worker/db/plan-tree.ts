import { and, asc, eq, isNull } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import {
  actionPlanItems,
  actionPlans,
  activities,
  activityMunicipalities,
  activityServices,
  evaluations,
  measures,
  planSections,
  priorities,
} from '../../schema/tables.ts';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Database } from '../env.ts';
import { bulkInsert } from './d1-writes.ts';

export type SectionRow = typeof planSections.$inferSelect;
export type PriorityRow = typeof priorities.$inferSelect;
export type MeasureRow = typeof measures.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;
export type ActivityLinks = { municipalityIds: string[]; services: { serviceId: string; relation: 'supports' | 'creates' }[] };

/** A plan's whole structure (without tombstones) as flat lists in display order; children point at parents by id. */
export type PlanTree = {
  sections: SectionRow[];
  priorities: PriorityRow[];
  measures: MeasureRow[];
  activities: (ActivityRow & ActivityLinks)[];
};

export async function loadPlanTree(db: Database, planId: string): Promise<PlanTree> {
  const live = (t: { planId: AnySQLiteColumn; deletedAt: AnySQLiteColumn }) => and(eq(t.planId, planId), isNull(t.deletedAt));
  const [sectionRows, priorityRows, measureRows, activityRows, municipalityRows, serviceRows] = await db.batch([
    db.select().from(planSections).where(live(planSections)).orderBy(asc(planSections.position), asc(planSections.id)),
    db.select().from(priorities).where(live(priorities)).orderBy(asc(priorities.position), asc(priorities.id)),
    db.select().from(measures).where(live(measures)).orderBy(asc(measures.position), asc(measures.id)),
    db.select().from(activities).where(live(activities)).orderBy(asc(activities.position), asc(activities.id)),
    db
      .select({ activityId: activityMunicipalities.activityId, municipalityId: activityMunicipalities.municipalityId })
      .from(activityMunicipalities)
      .innerJoin(activities, eq(activities.id, activityMunicipalities.activityId))
      .where(live(activities))
      .orderBy(asc(activityMunicipalities.municipalityId)),
    db
      .select({ activityId: activityServices.activityId, serviceId: activityServices.serviceId, relation: activityServices.relation })
      .from(activityServices)
      .innerJoin(activities, eq(activities.id, activityServices.activityId))
      .where(live(activities))
      .orderBy(asc(activityServices.serviceId)),
  ]);
  const links = new Map<string, ActivityLinks>(activityRows.map((a) => [a.id, { municipalityIds: [], services: [] }]));
  for (const row of municipalityRows) links.get(row.activityId)?.municipalityIds.push(row.municipalityId);
  for (const row of serviceRows) links.get(row.activityId)?.services.push({ serviceId: row.serviceId, relation: row.relation });
  return {
    sections: sectionRows,
    priorities: priorityRows,
    measures: measureRows,
    activities: activityRows.map((a) => ({ ...a, ...links.get(a.id)! })),
  };
}

/** Rows ready for insertion, as `copyTree` or the import make them. */
export type NewTree = {
  sections: (typeof planSections.$inferInsert)[];
  priorities: (typeof priorities.$inferInsert)[];
  measures: (typeof measures.$inferInsert)[];
  activities: (typeof activities.$inferInsert)[];
  municipalities: (typeof activityMunicipalities.$inferInsert)[];
  services: (typeof activityServices.$inferInsert)[];
};

export type CopyOptions = {
  /** years added to every activity's timeline (a copy into a new period), clamped into [periodFrom, lastYear] */
  shiftYears?: number;
  periodFrom: number;
  lastYear: number;
};

const clampYear = (year: number | null, options: CopyOptions) => {
  if (year === null) return null;
  return Math.min(Math.max(year + (options.shiftYears ?? 0), options.periodFrom), options.lastYear);
};

/**
 * The same structure under another plan with new ids. Each copy keeps the origin of what it copies (the first
 * ancestor's id), which is how the diff recognises a measure across versions and periods after renumbering.
 */
export function copyTree(tree: PlanTree, planId: string, options: CopyOptions) {
  const ids = new Map<string, string>();
  const newId = (old: string) => {
    const id = uuidv7();
    ids.set(old, id);
    return id;
  };
  const now = Date.now();
  const common = { planId, createdAt: now, updatedAt: now, seq: 0, deletedAt: null };
  const rows: NewTree = {
    sections: tree.sections.map(({ id, originId, ...row }) => ({ ...row, ...common, id: newId(id), originId: originId ?? id })),
    priorities: [],
    measures: [],
    activities: [],
    municipalities: [],
    services: [],
  };
  rows.priorities = tree.priorities.map(({ id, originId, ...row }) => ({ ...row, ...common, id: newId(id), originId: originId ?? id, sectionId: ids.get(row.sectionId)! }));
  rows.measures = tree.measures.map(({ id, originId, ...row }) => ({ ...row, ...common, id: newId(id), originId: originId ?? id, priorityId: ids.get(row.priorityId)! }));
  for (const { id, originId, municipalityIds, services, ...row } of tree.activities) {
    const activityId = newId(id);
    rows.activities.push({
      ...row,
      ...common,
      id: activityId,
      originId: originId ?? id,
      measureId: ids.get(row.measureId)!,
      startYear: clampYear(row.startYear, options),
      endYear: clampYear(row.endYear, options),
    });
    rows.municipalities.push(...municipalityIds.map((municipalityId) => ({ activityId, municipalityId })));
    rows.services.push(...services.map((s) => ({ activityId, ...s })));
  }
  return { rows, ids };
}

/** The statements that write a new tree, parents before children (D1 enforces foreign keys). */
export const insertTree = (db: Database, rows: NewTree) => [
  ...bulkInsert(db, planSections, rows.sections),
  ...bulkInsert(db, priorities, rows.priorities),
  ...bulkInsert(db, measures, rows.measures),
  ...bulkInsert(db, activities, rows.activities),
  ...bulkInsert(db, activityMunicipalities, rows.municipalities),
  ...bulkInsert(db, activityServices, rows.services),
];

/**
 * A new version runs in the same period as the one it amends, so it takes over the yearly action plans and the
 * evaluations made so far, pointed at the copied activities: monitoring continues in the new version.
 */
export async function copyYearlyRecords(db: Database, fromPlanId: string, toPlanId: string, activityIds: Map<string, string>) {
  // Explicit columns: a joined `select()` would bring two `id`s and two `plan_id`s into one result row.
  const [plansOfYears, items, evaluationRows] = await db.batch([
    db.select().from(actionPlans).where(and(eq(actionPlans.planId, fromPlanId), isNull(actionPlans.deletedAt))),
    db
      .select({ actionPlanId: actionPlanItems.actionPlanId, activityId: actionPlanItems.activityId, plannedCostCzk: actionPlanItems.plannedCostCzk })
      .from(actionPlanItems)
      .innerJoin(actionPlans, eq(actionPlans.id, actionPlanItems.actionPlanId))
      .where(and(eq(actionPlans.planId, fromPlanId), isNull(actionPlans.deletedAt), isNull(actionPlanItems.deletedAt))),
    db.select().from(evaluations).where(and(eq(evaluations.planId, fromPlanId), isNull(evaluations.deletedAt))),
  ]);
  const now = Date.now();
  const common = { createdAt: now, updatedAt: now, seq: 0, deletedAt: null };
  const actionPlanIds = new Map(plansOfYears.map((p) => [p.id, uuidv7()]));
  return [
    ...bulkInsert(db, actionPlans, plansOfYears.map((p) => ({ ...p, ...common, id: actionPlanIds.get(p.id)!, planId: toPlanId }))),
    ...bulkInsert(
      db,
      actionPlanItems,
      items
        .filter((item) => activityIds.has(item.activityId))
        .map((item) => ({ ...item, ...common, id: uuidv7(), actionPlanId: actionPlanIds.get(item.actionPlanId)!, activityId: activityIds.get(item.activityId)! })),
    ),
    ...bulkInsert(
      db,
      evaluations,
      evaluationRows
        .filter((e) => activityIds.has(e.activityId))
        .map((e) => ({ ...e, ...common, id: uuidv7(), planId: toPlanId, activityId: activityIds.get(e.activityId)! })),
    ),
  ];
}

/** The ids of the plan's live activities: one query, however many ids a request names. */
export async function planActivityIds(db: Database, planId: string): Promise<Set<string>> {
  const rows = await db.select({ id: activities.id }).from(activities).where(and(eq(activities.planId, planId), isNull(activities.deletedAt)));
  return new Set(rows.map((row) => row.id));
}
