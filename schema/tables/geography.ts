import { type AnySQLiteColumn, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { TERRITORY_KINDS, PROJECT_ACTIVITY_KINDS, CHECKLIST_STATUSES } from '../enums.ts';
import { demoFlag, id, syncColumns, timestamps } from '../columns.ts';

export { TERRITORY_KINDS, PROJECT_ACTIVITY_KINDS, CHECKLIST_STATUSES } from '../enums.ts';

/** kraj */
export const regions = sqliteTable('regions', {
  id: id(),
  /** NUTS 3 / RÚIAN code of the region, e.g. CZ031 for Jihočeský kraj */
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  ...timestamps(),
});

/** ORP / MAS / mikroregion: a planning area; sub-areas point at their parent. */
export const territories = sqliteTable(
  'territories',
  {
    id: id(),
    regionId: text('region_id').notNull().references(() => regions.id),
    parentId: text('parent_id').references((): AnySQLiteColumn => territories.id),
    kind: text('kind', { enum: TERRITORY_KINDS }).notNull(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** year community planning started there */
    planningSince: integer('planning_since'),
    /** ČSÚ code of the ORP (číselník 65), e.g. 3101; municipality imports assign membership by it */
    orpCode: text('orp_code'),
    description: text('description'),
    web: text('web'),
    /** the planning office's contact meant for publication (an office mailbox, not a person's private address) */
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    isDemo: demoFlag(),
    ...syncColumns(),
  },
  (t) => [
    uniqueIndex('territories_slug_unique').on(t.slug),
    uniqueIndex('territories_orp_code_unique').on(t.orpCode),
    index('territories_region_idx').on(t.regionId),
    index('territories_parent_idx').on(t.parentId),
    index('territories_seq_idx').on(t.seq),
  ],
);

/** obec, keyed by its ČSÚ/RÚIAN code (the registry's `Obec/554499`) */
export const municipalities = sqliteTable(
  'municipalities',
  {
    id: id(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    regionId: text('region_id').notNull().references(() => regions.id),
    lat: real('lat'),
    lng: real('lng'),
    /** a retired municipality (merged, renamed away) stays for history but is offered nowhere */
    retiredAt: integer('retired_at'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('municipalities_code_unique').on(t.code), index('municipalities_name_idx').on(t.name)],
);

/** Which municipalities a territory plans for; a municipality sits in its ORP and may also be in a MAS or sub-area. */
export const territoryMunicipalities = sqliteTable(
  'territory_municipalities',
  {
    territoryId: text('territory_id').notNull().references(() => territories.id),
    municipalityId: text('municipality_id').notNull().references(() => municipalities.id),
  },
  (t) => [
    primaryKey({ columns: [t.territoryId, t.municipalityId] }),
    index('territory_municipalities_municipality_idx').on(t.municipalityId),
  ],
);

/** projekt KPSS: a funded phase of planning */
export const planningProjects = sqliteTable(
  'planning_projects',
  {
    id: id(),
    territoryId: text('territory_id').notNull().references(() => territories.id),
    /** e.g. CZ.03.2.63/0.0/0.0/16_063/0006569 */
    registrationNumber: text('registration_number'),
    name: text('name').notNull(),
    implementer: text('implementer').notNull(),
    /** partner organizations, JSON array of names */
    partners: text('partners', { mode: 'json' }).$type<string[]>().notNull().default([]),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    /** OPZ/ESF, SROP, … */
    programme: text('programme'),
    budgetCzk: integer('budget_czk'),
    isDemo: demoFlag(),
    ...syncColumns(),
  },
  (t) => [index('planning_projects_territory_idx').on(t.territoryId), index('planning_projects_seq_idx').on(t.seq)],
);

/** the project's key activities as a checklist */
export const projectActivities = sqliteTable(
  'project_activities',
  {
    id: id(),
    projectId: text('project_id').notNull().references(() => planningProjects.id),
    kind: text('kind', { enum: PROJECT_ACTIVITY_KINDS }).notNull(),
    status: text('status', { enum: CHECKLIST_STATUSES }).notNull().default('planned'),
    /** when a done activity was completed; within the project's period */
    doneOn: text('done_on'),
    note: text('note'),
    ...syncColumns(),
  },
  (t) => [uniqueIndex('project_activities_kind_unique').on(t.projectId, t.kind)],
);
