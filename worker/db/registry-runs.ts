/**
 * The Cron import's sources and runs. A run's filtered items live in R2 (`registry-runs/<id>.json`) while it is
 * pending, so applying it later needs neither the 98 MB file nor a second download; its report lives in D1.
 */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { RegistryImportReport } from '../../schema/api/registry.ts';
import type { FilteredRegistryFile } from '../../schema/registry/stream-filter.ts';
import { registryRuns, registrySources, territories } from '../../schema/tables.ts';
import type { Database } from '../env.ts';

export const runItemsKey = (runId: string) => `registry-runs/${runId}.json`;

export type RegistryRunRow = typeof registryRuns.$inferSelect;

export async function registrySourcesByUrl(db: Database) {
  const rows = await db
    .select({ url: registrySources.url, autoApply: registrySources.autoApply, territory: { id: territories.id, slug: territories.slug, name: territories.name } })
    .from(registrySources)
    .innerJoin(territories, eq(territories.id, registrySources.territoryId))
    .where(isNull(territories.deletedAt));
  const byUrl = new Map<string, typeof rows>();
  for (const row of rows) byUrl.set(row.url, [...(byUrl.get(row.url) ?? []), row]);
  return byUrl;
}

export function findRegistrySource(db: Database, territoryId: string) {
  return db.query.registrySources.findFirst({ where: eq(registrySources.territoryId, territoryId) });
}

export async function pendingRun(db: Database, territoryId: string) {
  const [row] = await db.select().from(registryRuns).where(and(eq(registryRuns.territoryId, territoryId), eq(registryRuns.status, 'pending'))).orderBy(desc(registryRuns.startedAt)).limit(1);
  return row ?? null;
}

export async function lastRun(db: Database, territoryId: string) {
  const [row] = await db.select().from(registryRuns).where(eq(registryRuns.territoryId, territoryId)).orderBy(desc(registryRuns.startedAt), desc(registryRuns.id)).limit(1);
  return row ?? null;
}

/** What the coordinator sees of a run; the report only when asked (it can run to hundreds of entries). */
export function runSummary(row: RegistryRunRow, withReport = false) {
  const report = row.report as RegistryImportReport | null;
  return {
    id: row.id,
    url: row.url,
    status: row.status,
    message: row.message,
    totalItems: row.totalItems,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    decidedAt: row.decidedAt,
    counts: report?.counts ?? null,
    ...(withReport ? { report } : {}),
  };
}

export async function readRunItems(bucket: R2Bucket, row: RegistryRunRow): Promise<FilteredRegistryFile | null> {
  if (!row.itemsKey) return null;
  const object = await bucket.get(row.itemsKey);
  return object ? ((await object.json()) as FilteredRegistryFile) : null;
}

/** Older pending runs of the territory, which a newer run (or a decision) replaces. */
export function supersedeStatement(db: Database, territoryId: string, exceptId: string) {
  return db
    .update(registryRuns)
    .set({ status: 'superseded' })
    .where(and(eq(registryRuns.territoryId, territoryId), eq(registryRuns.status, 'pending'), sql`${registryRuns.id} <> ${exceptId}`));
}
