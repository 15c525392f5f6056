import { and, asc, eq, isNull, or } from 'drizzle-orm';
import { regions, territories } from '../../schema/tables.ts';
import type { Database } from '../env.ts';

const publicColumns = {
  id: territories.id,
  slug: territories.slug,
  name: territories.name,
  kind: territories.kind,
  parentId: territories.parentId,
  planningSince: territories.planningSince,
  description: territories.description,
  web: territories.web,
  regionName: regions.name,
};

export type TerritoryFilter = { kind?: (typeof territories.kind.enumValues)[number]; topLevel?: boolean };

export function listTerritories(db: Database, filter: TerritoryFilter = {}) {
  return db
    .select(publicColumns)
    .from(territories)
    .innerJoin(regions, eq(regions.id, territories.regionId))
    .where(
      and(
        isNull(territories.deletedAt),
        filter.kind ? eq(territories.kind, filter.kind) : undefined,
        filter.topLevel ? isNull(territories.parentId) : undefined,
      ),
    )
    .orderBy(asc(territories.name));
}

/** A territory by its slug (as in the PWA's links) or its id. */
export async function findTerritory(db: Database, slugOrId: string) {
  const [row] = await db
    .select(publicColumns)
    .from(territories)
    .innerJoin(regions, eq(regions.id, territories.regionId))
    .where(and(isNull(territories.deletedAt), or(eq(territories.slug, slugOrId), eq(territories.id, slugOrId))))
    .limit(1);
  return row;
}
