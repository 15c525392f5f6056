/**
 * The stored registry code mappings (table registry_codes): loaded into the pure map the reader uses, listed for
 * the people who map them, and matched against the registry's own code lists by name.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { RegistryList } from '../../schema/api/registry.ts';
import { kpssEntriesOf, kpssEntryNamed, suggestMapping, type CodeSuggestion, type RegistryCodeMap } from '../../schema/registry/codes.ts';
import { registryCodes, users } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import type { FieldIssue } from '../errors.ts';

export async function loadRegistryCodeMap(db: Database): Promise<RegistryCodeMap> {
  const rows = await db.select().from(registryCodes);
  const kinds = new Map<string, string>();
  const clientGroups = new Map<string, string>();
  const names = new Map<string, string>();
  for (const row of rows) {
    if (row.kpssCode) (row.list === 'DruhSocialniSluzby' ? kinds : clientGroups).set(row.code, row.kpssCode);
    if (row.registryName) names.set(`${row.list}/${row.code}`, row.registryName);
  }
  return { kinds, clientGroups, names };
}

export async function listRegistryCodes(db: Database) {
  const rows = await db
    .select({ row: registryCodes, assignedByName: users.name })
    .from(registryCodes)
    .leftJoin(users, eq(users.id, registryCodes.assignedBy))
    .orderBy(registryCodes.list, sql`CAST(${registryCodes.code} AS INTEGER)`, registryCodes.code);
  return rows.map(({ row, assignedByName }) => {
    const entry = row.kpssCode ? kpssEntriesOf(row.list).find((e) => e.code === row.kpssCode) : undefined;
    return {
      list: row.list,
      code: row.code,
      registryName: row.registryName,
      kpssCode: row.kpssCode,
      kpssName: entry?.name ?? null,
      source: row.source,
      assignedBy: row.assignedBy ? { id: row.assignedBy, name: assignedByName } : null,
      assignedAt: row.assignedAt,
      suggestion: row.kpssCode ? null : suggestMapping(row.list, row.code, row.registryName),
    };
  });
}

export function findRegistryCode(db: Database, list: RegistryList, code: string) {
  return db.query.registryCodes.findFirst({ where: and(eq(registryCodes.list, list), eq(registryCodes.code, code)) });
}

export type CodeListWrite = { list: RegistryList; code: string; registryName: string; kpssCode?: string };
type CodeListEntry = { list: RegistryList; code: string; registryName: string; kpssCode: string | null };

/**
 * The registry's code list against the stored mappings. An item whose name is a KPSS entry's (folded, exact) maps
 * its code, unless the code is already mapped to another entry, or the entry to another code: then the file
 * contradicts what is stored and the issues name it (`json.polozky[i]`), so nothing is written.
 */
export async function planCodeListUpload(db: Database, items: readonly { id: string; nazev: { cs: string } }[]) {
  const stored = await db.select().from(registryCodes);
  const byKey = new Map(stored.map((r) => [`${r.list}/${r.code}`, r]));
  const codeOfEntry = new Map(stored.flatMap((r) => (r.kpssCode ? [[`${r.list}:${r.kpssCode}`, r.code]] : [])));
  const issues: FieldIssue[] = [];
  const seen = new Map<string, number>();
  const result = { mapped: [] as CodeListEntry[], new: [] as CodeListEntry[], unknown: [] as (CodeListEntry & { suggestion: CodeSuggestion | null })[] };
  const writes: CodeListWrite[] = [];
  items.forEach((item, i) => {
    const [list, code] = item.id.split('/') as [RegistryList, string];
    const registryName = item.nazev.cs;
    const field = `json.polozky[${i}]`;
    const key = `${list}/${code}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({ field: `${field}.id`, message: `is listed again (first at polozky[${first}])` });
      return;
    }
    seen.set(key, i);
    const row = byKey.get(key);
    const named = kpssEntryNamed(list, registryName);
    const nameChanged = row?.registryName !== registryName;
    if (named) {
      const elsewhere = codeOfEntry.get(`${list}:${named.code}`);
      if (row?.kpssCode && row.kpssCode !== named.code) {
        issues.push({ field: `${field}.nazev.cs`, message: `names "${named.name}" (${named.code}) but ${key} is mapped to ${row.kpssCode}` });
        return;
      }
      if (!row?.kpssCode && elsewhere !== undefined && elsewhere !== code) {
        issues.push({ field: `${field}.id`, message: `"${named.name}" is already ${list}/${elsewhere}` });
        return;
      }
      const entry = { list, code, registryName, kpssCode: named.code };
      if (row?.kpssCode) {
        result.mapped.push(entry);
        if (nameChanged) writes.push({ list, code, registryName });
      } else {
        result.new.push(entry);
        writes.push({ list, code, registryName, kpssCode: named.code });
      }
      return;
    }
    result.unknown.push({ list, code, registryName, kpssCode: row?.kpssCode ?? null, suggestion: row?.kpssCode ? null : suggestMapping(list, code, registryName) });
    if (nameChanged) writes.push({ list, code, registryName });
  });
  return { issues, result, writes };
}

export function codeListStatements(db: Database, writes: readonly CodeListWrite[], userId: string, now: number) {
  return writes.map((w) =>
    db
      .insert(registryCodes)
      .values({ list: w.list, code: w.code, registryName: w.registryName, updatedAt: now, ...(w.kpssCode ? { kpssCode: w.kpssCode, source: 'code_list' as const, assignedBy: userId, assignedAt: now } : {}) })
      .onConflictDoUpdate({
        target: [registryCodes.list, registryCodes.code],
        set: { registryName: w.registryName, updatedAt: now, ...(w.kpssCode ? { kpssCode: w.kpssCode, source: 'code_list' as const, assignedBy: userId, assignedAt: now } : {}) },
      }),
  );
}
