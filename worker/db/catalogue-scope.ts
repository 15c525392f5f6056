import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { municipalities, territories, territoryMunicipalities } from '../../schema/tables.ts';
import type { Database } from '../env.ts';

/** A list of ids as ONE bound value read back with json_each: D1 allows only 100 bound parameters per statement. */
export const idList = (ids: readonly string[]): SQL => sql`(SELECT value FROM json_each(${JSON.stringify(ids)}))`;

/**
 * The territories whose services make up a territory's catalogue: the territory itself and its sub-areas
 * (Tábor's catalogue includes what Bechyňsko's working group manages).
 */
export async function catalogueTerritoryIds(db: Database, territoryId: string): Promise<string[]> {
  const rows = await db
    .select({ id: territories.id })
    .from(territories)
    .where(and(isNull(territories.deletedAt), or(eq(territories.id, territoryId), eq(territories.parentId, territoryId))));
  return rows.map((r) => r.id);
}

/** The municipalities a territory and its sub-areas plan for. */
export function territoryMunicipalityRows(db: Database, territoryIds: readonly string[]) {
  return db
    .selectDistinct({ id: municipalities.id, code: municipalities.code, name: municipalities.name, lat: municipalities.lat, lng: municipalities.lng })
    .from(municipalities)
    .innerJoin(territoryMunicipalities, eq(territoryMunicipalities.municipalityId, municipalities.id))
    .where(sql`${territoryMunicipalities.territoryId} IN ${idList(territoryIds)}`);
}

/** Which of these municipality ids do not exist; the answer keeps the input order. */
export async function unknownMunicipalityIds(db: Database, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db.select({ id: municipalities.id }).from(municipalities).where(sql`${municipalities.id} IN ${idList(ids)}`);
  const known = new Set(found.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}
