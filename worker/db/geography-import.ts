import { and, eq, inArray, isNull } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { municipalities, territories, territoryMunicipalities } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import type { FieldIssue } from '../errors.ts';
import type { MunicipalityRow } from './geography-csv.ts';
import { membershipIds } from './geography.ts';

type Region = { id: string; code: string };
type Entry = { line: number; code: string; name: string };

/** What applying the file would change; computed the same for the dry run and the apply. */
export async function planMunicipalityImport(db: Database, region: Region, rows: MunicipalityRow[]) {
  const codes = rows.map((row) => row.code);
  const existing = new Map<string, typeof municipalities.$inferSelect>();
  for (let i = 0; i < codes.length; i += 90) {
    const chunk = await db.select().from(municipalities).where(inArray(municipalities.code, codes.slice(i, i + 90)));
    for (const m of chunk) existing.set(m.code, m);
  }
  const orpTerritories = await db
    .select({ id: territories.id, slug: territories.slug, name: territories.name, orpCode: territories.orpCode })
    .from(territories)
    .where(and(eq(territories.regionId, region.id), isNull(territories.deletedAt)));
  const byOrp = new Map(orpTerritories.filter((t) => t.orpCode).map((t) => [t.orpCode!, t]));
  const members = await membershipIds(db, [...byOrp.values()].map((t) => t.id));

  const created: (Entry & { id: string })[] = [];
  const renamed: (Entry & { id: string; previousName: string })[] = [];
  const unchanged: Entry[] = [];
  const memberships: { line: number; code: string; territoryId: string; territory: string; municipalityId: string }[] = [];
  const unknownOrp: { line: number; code: string; orpCode: string; orpName: string | null }[] = [];
  const problems: FieldIssue[] = [];

  for (const row of rows) {
    const found = existing.get(row.code);
    if (found && found.regionId !== region.id) {
      problems.push({ field: `body.line.${row.line}`, message: `line ${row.line}: municipality ${row.code} belongs to another region` });
      continue;
    }
    const id = found?.id ?? uuidv7();
    if (!found) created.push({ line: row.line, code: row.code, name: row.name, id });
    else if (found.name !== row.name) renamed.push({ line: row.line, code: row.code, name: row.name, id, previousName: found.name });
    else unchanged.push({ line: row.line, code: row.code, name: row.name });
    if (row.orpCode) {
      const territory = byOrp.get(row.orpCode);
      if (!territory) unknownOrp.push({ line: row.line, code: row.code, orpCode: row.orpCode, orpName: row.orpName });
      else if (!members.has(`${territory.id}:${id}`)) {
        memberships.push({ line: row.line, code: row.code, territoryId: territory.id, territory: territory.slug, municipalityId: id });
      }
    }
  }
  return { created, renamed, unchanged, memberships, unknownOrp, problems };
}

export type MunicipalityImportPlan = Awaited<ReturnType<typeof planMunicipalityImport>>;

export function municipalityImportStatements(db: Database, region: Region, plan: MunicipalityImportPlan, now: number) {
  return [
    ...plan.created.map((m) => db.insert(municipalities).values({ id: m.id, code: m.code, name: m.name, regionId: region.id })),
    ...plan.renamed.map((m) => db.update(municipalities).set({ name: m.name, updatedAt: now }).where(eq(municipalities.id, m.id))),
    ...plan.memberships.map((m) =>
      db.insert(territoryMunicipalities).values({ territoryId: m.territoryId, municipalityId: m.municipalityId }).onConflictDoNothing(),
    ),
  ];
}

/** The report the dry run shows: lists without internal ids. */
export const importReport = (plan: MunicipalityImportPlan) => ({
  created: plan.created.map(({ line, code, name }) => ({ line, code, name })),
  renamed: plan.renamed.map(({ line, code, name, previousName }) => ({ line, code, name, previousName })),
  unchanged: plan.unchanged,
  memberships: plan.memberships.map(({ line, code, territory }) => ({ line, code, territory })),
  unknownOrp: plan.unknownOrp,
});
