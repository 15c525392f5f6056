import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { municipalities, plans, regions, serviceMunicipalities, services, territories, territoryMunicipalities } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import { ApiError, notFound } from '../errors.ts';

export const conflict = (field: string, message: string) => new ApiError(409, 'conflict', message, [{ field, message }]);
export const invalid = (field: string, message: string) => new ApiError(400, 'invalid_input', message, [{ field, message }]);

export async function requireRegion(db: Database, code: string) {
  const [region] = await db.select().from(regions).where(eq(sql`upper(${regions.code})`, code.toUpperCase())).limit(1);
  if (!region) throw notFound('Region');
  return region;
}

export async function regionCodeTaken(db: Database, code: string, exceptId?: string) {
  const [row] = await db
    .select({ id: regions.id })
    .from(regions)
    .where(and(eq(regions.code, code), exceptId ? ne(regions.id, exceptId) : undefined))
    .limit(1);
  return row !== undefined;
}

/** The admin's view of a territory: every column the geography screens edit. */
export async function territoryRow(db: Database, slugOrId: string) {
  const [row] = await db
    .select()
    .from(territories)
    .where(and(isNull(territories.deletedAt), sql`(${territories.slug} = ${slugOrId} or ${territories.id} = ${slugOrId})`))
    .limit(1);
  if (!row) throw notFound('Territory');
  return row;
}

export const territoryView = (t: typeof territories.$inferSelect, regionCode: string) => ({
  id: t.id,
  kind: t.kind,
  name: t.name,
  slug: t.slug,
  regionCode,
  parentId: t.parentId,
  planningSince: t.planningSince,
  orpCode: t.orpCode,
});

export async function slugTaken(db: Database, slug: string, exceptId?: string) {
  // A retired territory keeps its slug: old links must not point at a new territory.
  const [row] = await db
    .select({ id: territories.id })
    .from(territories)
    .where(and(eq(territories.slug, slug), exceptId ? ne(territories.id, exceptId) : undefined))
    .limit(1);
  return row !== undefined;
}

export async function orpCodeTaken(db: Database, orpCode: string, exceptId?: string) {
  const [row] = await db
    .select({ id: territories.id })
    .from(territories)
    .where(and(eq(territories.orpCode, orpCode), exceptId ? ne(territories.id, exceptId) : undefined))
    .limit(1);
  return row !== undefined;
}

/**
 * A sub-area needs a live parent in the same region; an ORP, MAS or town may sit under a parent in the same region
 * (e.g. a town within an ORP) but need not; nothing may be its own ancestor.
 */
export async function checkParent(db: Database, kind: string, regionId: string, parentId: string | null, selfId?: string) {
  if (!parentId) {
    if (kind === 'subarea') throw invalid('json.parentId', 'a sub-area needs a parent territory');
    return;
  }
  let cursor: string | null = parentId;
  for (let depth = 0; cursor && depth < 20; depth++) {
    if (cursor === selfId) throw invalid('json.parentId', 'a territory cannot be its own ancestor');
    const [row]: { regionId: string; parentId: string | null; deletedAt: number | null }[] = await db
      .select({ regionId: territories.regionId, parentId: territories.parentId, deletedAt: territories.deletedAt })
      .from(territories)
      .where(eq(territories.id, cursor))
      .limit(1);
    if (!row || row.deletedAt !== null) throw invalid('json.parentId', 'no such territory');
    if (depth === 0 && row.regionId !== regionId) throw invalid('json.parentId', 'the parent must be in the same region');
    cursor = row.parentId;
  }
}

/** What keeps a territory from retiring: its live services, plans and sub-territories. */
export async function territoryUses(db: Database, territoryId: string) {
  const [[serviceCount], [planCount], [childCount]] = await db.batch([
    db.select({ n: sql<number>`count(*)` }).from(services).where(and(eq(services.territoryId, territoryId), isNull(services.deletedAt))),
    db.select({ n: sql<number>`count(*)` }).from(plans).where(and(eq(plans.territoryId, territoryId), isNull(plans.deletedAt))),
    db.select({ n: sql<number>`count(*)` }).from(territories).where(and(eq(territories.parentId, territoryId), isNull(territories.deletedAt))),
  ]);
  return { services: serviceCount?.n ?? 0, plans: planCount?.n ?? 0, territories: childCount?.n ?? 0 };
}

export const municipalityColumns = {
  id: municipalities.id,
  code: municipalities.code,
  name: municipalities.name,
  lat: municipalities.lat,
  lng: municipalities.lng,
  retired: sql<boolean>`${municipalities.retiredAt} is not null`.mapWith(Boolean),
};

export async function requireMunicipality(db: Database, id: string) {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.id, id)).limit(1);
  if (!row) throw notFound('Municipality');
  return row;
}

export async function municipalityView(db: Database, id: string) {
  const [row] = await db.select({ ...municipalityColumns, regionId: municipalities.regionId }).from(municipalities).where(eq(municipalities.id, id));
  const memberships = await db
    .select({ id: territories.id, slug: territories.slug, name: territories.name, kind: territories.kind })
    .from(territoryMunicipalities)
    .innerJoin(territories, eq(territories.id, territoryMunicipalities.territoryId))
    .where(and(eq(territoryMunicipalities.municipalityId, id), isNull(territories.deletedAt)))
    .orderBy(asc(territories.name));
  const { regionId: _regionId, ...municipality } = row!;
  return { ...municipality, territories: memberships };
}

export async function codeTaken(db: Database, code: string, exceptId?: string) {
  const [row] = await db
    .select({ id: municipalities.id })
    .from(municipalities)
    .where(and(eq(municipalities.code, code), exceptId ? ne(municipalities.id, exceptId) : undefined))
    .limit(1);
  return row !== undefined;
}

/** Live services that serve the municipality: a retired municipality could no longer be shown as served. */
export async function servicesServing(db: Database, municipalityId: string) {
  const rows = await db
    .select({ id: services.id, name: services.name })
    .from(serviceMunicipalities)
    .innerJoin(services, eq(services.id, serviceMunicipalities.serviceId))
    .where(and(eq(serviceMunicipalities.municipalityId, municipalityId), isNull(services.deletedAt)))
    .limit(5);
  return rows;
}

export async function membershipIds(db: Database, territoryIds: string[]) {
  if (territoryIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ territoryId: territoryMunicipalities.territoryId, municipalityId: territoryMunicipalities.municipalityId })
    .from(territoryMunicipalities)
    .where(inArray(territoryMunicipalities.territoryId, territoryIds));
  return new Set(rows.map((r) => `${r.territoryId}:${r.municipalityId}`));
}
