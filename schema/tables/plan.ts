import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { PLAN_STATUSES, PRIORITY_KINDS, FUNDING_SOURCES, ACTIVITY_SERVICE_RELATIONS, EVALUATION_STATUSES } from '../enums.ts';
import { demoFlag, id, syncColumns } from '../columns.ts';
import { services, targetGroups } from './catalogue.ts';
import { municipalities, territories } from './geography.ts';
import { groups } from './groups.ts';

export { PLAN_STATUSES, PRIORITY_KINDS, FUNDING_SOURCES, ACTIVITY_SERVICE_RELATIONS, EVALUATION_STATUSES } from '../enums.ts';

/**
 * The id of the row this one was first copied from, kept through every version and every copy into a new period
 * (null on the original itself), so that two plans can be compared even after codes were renumbered.
 */
const originId = () => text('origin_id');

/** komunitní / střednědobý plán for a period; an approved plan is frozen and edits make a new version */
export const plans = sqliteTable(
  'plans',
  {
    id: id(),
    territoryId: text('territory_id').notNull().references(() => territories.id),
    title: text('title').notNull(),
    periodFrom: integer('period_from').notNull(),
    periodTo: integer('period_to').notNull(),
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    previousVersionId: text('previous_version_id').references((): AnySQLiteColumn => plans.id),
    approvedOn: text('approved_on'),
    /** the steering group's resolution number */
    approvalResolution: text('approval_resolution'),
    /** a period extended by resolution, e.g. 2015–2017 extended to 2018 */
    extendedTo: integer('extended_to'),
    isDemo: demoFlag(),
    ...syncColumns(),
  },
  (t) => [index('plans_territory_idx').on(t.territoryId, t.periodFrom), index('plans_seq_idx').on(t.seq)],
);

/** A plan's chapter for one target group (tied to its working group), or the cross-cutting chapter when null. */
export const planSections = sqliteTable(
  'plan_sections',
  {
    id: id(),
    planId: text('plan_id').notNull().references(() => plans.id),
    originId: originId(),
    targetGroupCode: text('target_group_code').references(() => targetGroups.code),
    workingGroupId: text('working_group_id').references(() => groups.id),
    title: text('title').notNull(),
    position: integer('position').notNull().default(0),
    ...syncColumns(),
  },
  (t) => [index('plan_sections_plan_idx').on(t.planId)],
);

/** priorita: 1 podpora systému, 2 rozvoj systému, 3 doprovodné služby a aktivity, or cross-cutting */
export const priorities = sqliteTable(
  'priorities',
  {
    id: id(),
    planId: text('plan_id').notNull().references(() => plans.id),
    originId: originId(),
    sectionId: text('section_id').notNull().references(() => planSections.id),
    kind: text('kind', { enum: PRIORITY_KINDS }).notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    position: integer('position').notNull().default(0),
    ...syncColumns(),
  },
  (t) => [index('priorities_section_idx').on(t.sectionId), index('priorities_plan_idx').on(t.planId)],
);

/** opatření */
export const measures = sqliteTable(
  'measures',
  {
    id: id(),
    planId: text('plan_id').notNull().references(() => plans.id),
    originId: originId(),
    priorityId: text('priority_id').notNull().references(() => priorities.id),
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    /** the need this measure answers, as the analyses named it */
    need: text('need'),
    position: integer('position').notNull().default(0),
    ...syncColumns(),
  },
  (t) => [index('measures_priority_idx').on(t.priorityId), index('measures_plan_idx').on(t.planId)],
);

export type Funding = { source: (typeof FUNDING_SOURCES)[number]; amountCzk: number }[];
export type Indicator = { name: string; unit: string; target: number };

/** aktivita */
export const activities = sqliteTable(
  'activities',
  {
    id: id(),
    planId: text('plan_id').notNull().references(() => plans.id),
    originId: originId(),
    measureId: text('measure_id').notNull().references(() => measures.id),
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    responsible: text('responsible'),
    partners: text('partners', { mode: 'json' }).$type<string[]>().notNull().default([]),
    startYear: integer('start_year'),
    endYear: integer('end_year'),
    estimatedCostCzk: integer('estimated_cost_czk'),
    funding: text('funding', { mode: 'json' }).$type<Funding>().notNull().default([]),
    indicators: text('indicators', { mode: 'json' }).$type<Indicator[]>().notNull().default([]),
    position: integer('position').notNull().default(0),
    ...syncColumns(),
  },
  (t) => [
    index('activities_measure_idx').on(t.measureId),
    index('activities_plan_idx').on(t.planId),
    // Covers the region view's sums per measure, so they never read the (long) activity rows.
    index('activities_plan_measure_cost_idx').on(t.planId, t.measureId, t.estimatedCostCzk).where(sql`deleted_at IS NULL`),
  ],
);

export const activityMunicipalities = sqliteTable(
  'activity_municipalities',
  {
    activityId: text('activity_id').notNull().references(() => activities.id),
    municipalityId: text('municipality_id').notNull().references(() => municipalities.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.municipalityId] })],
);

export const activityServices = sqliteTable(
  'activity_services',
  {
    activityId: text('activity_id').notNull().references(() => activities.id),
    serviceId: text('service_id').notNull().references(() => services.id),
    relation: text('relation', { enum: ACTIVITY_SERVICE_RELATIONS }).notNull().default('supports'),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.serviceId] }), index('activity_services_service_idx').on(t.serviceId)],
);

/** akční plán for one year */
export const actionPlans = sqliteTable(
  'action_plans',
  {
    id: id(),
    planId: text('plan_id').notNull().references(() => plans.id),
    year: integer('year').notNull(),
    approvedOn: text('approved_on'),
    ...syncColumns(),
  },
  (t) => [uniqueIndex('action_plans_year_unique').on(t.planId, t.year)],
);

export const actionPlanItems = sqliteTable(
  'action_plan_items',
  {
    id: id(),
    actionPlanId: text('action_plan_id').notNull().references(() => actionPlans.id),
    activityId: text('activity_id').notNull().references(() => activities.id),
    plannedCostCzk: integer('planned_cost_czk'),
    ...syncColumns(),
  },
  (t) => [uniqueIndex('action_plan_items_unique').on(t.actionPlanId, t.activityId)],
);

/** vyhodnocení: one per activity and year */
export const evaluations = sqliteTable(
  'evaluations',
  {
    id: id(),
    activityId: text('activity_id').notNull().references(() => activities.id),
    /**
     * The activity's plan, copied here so the region view counts a plan's evaluations from one index instead of
     * looking each activity up. Always set by the API; nullable only because SQLite cannot add a NOT NULL column.
     */
    planId: text('plan_id').references(() => plans.id),
    year: integer('year').notNull(),
    status: text('status', { enum: EVALUATION_STATUSES }).notNull().default('not_started'),
    /** percent done, 0–100 */
    progress: integer('progress').notNull().default(0),
    indicatorValues: text('indicator_values', { mode: 'json' }).$type<{ name: string; value: number }[]>().notNull().default([]),
    spentCzk: integer('spent_czk'),
    comment: text('comment'),
    ...syncColumns(),
  },
  (t) => [
    uniqueIndex('evaluations_activity_year_unique').on(t.activityId, t.year),
    index('evaluations_plan_year_status_idx').on(t.planId, t.year, t.status, t.spentCzk).where(sql`deleted_at IS NULL`),
  ],
);
