import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { REGISTRY_LISTS, REGISTRY_CODE_SOURCES, REGISTRY_RUN_STATUSES } from '../enums.ts';
import { users } from './accounts.ts';
import { territories } from './geography.ts';

export { REGISTRY_LISTS, REGISTRY_CODE_SOURCES, REGISTRY_RUN_STATUSES } from '../enums.ts';
export type { RegistryList, RegistryCodeSource } from '../enums.ts';

/**
 * What a national-registry code (the `13` of DruhSocialniSluzby/13) means in KPSS. The verified codes come with
 * migration 0012; the rest are mapped by a person or matched by name from the registry's own code list. A row
 * with no kpssCode only knows the registry's name of the code (from an uploaded code list).
 */
export const registryCodes = sqliteTable(
  'registry_codes',
  {
    list: text('list', { enum: REGISTRY_LISTS }).notNull(),
    code: text('code').notNull(),
    /** `nazev.cs` of the registry's code list, once uploaded */
    registryName: text('registry_name'),
    /** a service kind's code (DruhSocialniSluzby) or a client group's code (CilovaSkupinaOsoby) */
    kpssCode: text('kpss_code'),
    source: text('source', { enum: REGISTRY_CODE_SOURCES }),
    assignedBy: text('assigned_by').references(() => users.id),
    assignedAt: integer('assigned_at'),
    updatedAt: integer('updated_at').notNull().$defaultFn(() => Date.now()),
  },
  (t) => [primaryKey({ columns: [t.list, t.code] })],
);

/** Where the daily Cron import downloads rpss.json for a territory, and whether it applies without a person. */
export const registrySources = sqliteTable('registry_sources', {
  territoryId: text('territory_id').primaryKey().references(() => territories.id),
  url: text('url').notNull(),
  autoApply: integer('auto_apply', { mode: 'boolean' }).notNull().default(false),
  updatedBy: text('updated_by').references(() => users.id),
  updatedAt: integer('updated_at').notNull().$defaultFn(() => Date.now()),
});

/**
 * One Cron import of a territory: its dry-run report and, while pending, the territory's filtered items in R2
 * (`itemsKey`), so a coordinator applies exactly what was reported (re-planned against the catalogue of then).
 */
export const registryRuns = sqliteTable(
  'registry_runs',
  {
    id: text('id').primaryKey(),
    territoryId: text('territory_id').notNull().references(() => territories.id),
    url: text('url').notNull(),
    status: text('status', { enum: REGISTRY_RUN_STATUSES }).notNull(),
    /** why a run failed (download, truncated or invalid JSON); no personal data */
    message: text('message'),
    report: text('report', { mode: 'json' }),
    itemsKey: text('items_key'),
    totalItems: integer('total_items'),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at'),
    decidedBy: text('decided_by').references(() => users.id),
    decidedAt: integer('decided_at'),
  },
  (t) => [index('registry_runs_territory_idx').on(t.territoryId, t.startedAt)],
);
