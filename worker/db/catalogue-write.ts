/**
 * Statements that write the catalogue, for callers to run in ONE batch with `runWrites` (D1 has no transactions): a service and
 * its links, a service's links replaced, many services' links at once for the registry import. Lists travel as one
 * bound JSON value read back with json_each, because D1 allows 100 bound parameters per statement.
 * The FTS triggers of migration 0006 refresh services_fts from these same statements.
 */
import { sql, type SQL } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import { serviceClientGroups, serviceFormLinks, serviceMunicipalities } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import { idList } from './catalogue-scope.ts';
import { rawStatement } from './d1-writes.ts';

const dialect = new SQLiteAsyncDialect();

/** drizzle cannot batch `db.run(sql…)` with parameters on D1; this makes it a D1 statement that `runWrites` takes. */
export function statementOf(db: Database, query: SQL): D1PreparedStatement {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return rawStatement(db, text, ...params);
}

type LinkTable = typeof serviceFormLinks | typeof serviceClientGroups | typeof serviceMunicipalities;

const LINKS = {
  forms: { table: serviceFormLinks, column: serviceFormLinks.formCode },
  clientGroups: { table: serviceClientGroups, column: serviceClientGroups.clientGroupCode },
  municipalityIds: { table: serviceMunicipalities, column: serviceMunicipalities.municipalityId },
} as const;

export type LinkSets = { forms?: readonly string[]; clientGroups?: readonly string[]; municipalityIds?: readonly string[] };

/** Keeps one bound JSON value well under D1's 2 MB limit. */
const MAX_JSON_CHARS = 900_000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  let chunk: T[] = [];
  let size = 0;
  for (const item of items) {
    const length = JSON.stringify(item).length + 1;
    if (chunk.length && size + length > MAX_JSON_CHARS) {
      out.push(chunk);
      chunk = [];
      size = 0;
    }
    chunk.push(item);
    size += length;
  }
  if (chunk.length) out.push(chunk);
  return out;
}

/** INSERTs of (service id, code) pairs into a link table; `orIgnore` keeps pairs that are there already. */
export function insertLinkPairs(db: Database, key: keyof typeof LINKS, pairs: readonly [string, string][], orIgnore = false) {
  const { table, column } = LINKS[key];
  const verb = orIgnore ? sql.raw('INSERT OR IGNORE INTO') : sql.raw('INSERT INTO');
  return chunks(pairs).map((chunk) =>
    statementOf(db, sql`${verb} ${table} (service_id, ${sql.identifier(column.name)})
      SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(${JSON.stringify(chunk)})`),
  );
}

export function deleteLinks(db: Database, key: keyof typeof LINKS, serviceIds: readonly string[]) {
  const { table } = LINKS[key] as { table: LinkTable };
  return chunks(serviceIds).map((chunk) => statementOf(db, sql`DELETE FROM ${table} WHERE service_id IN ${idList(chunk)}`));
}

/** For a PATCH or a new service: each link set that is given replaces the service's current one. */
export function replaceLinkStatements(db: Database, serviceId: string, sets: LinkSets) {
  const statements: D1PreparedStatement[] = [];
  for (const key of Object.keys(LINKS) as (keyof typeof LINKS)[]) {
    const codes = sets[key];
    if (codes === undefined) continue;
    statements.push(...deleteLinks(db, key, [serviceId]));
    statements.push(...insertLinkPairs(db, key, codes.map((code) => [serviceId, code] as [string, string])));
  }
  return statements;
}

/**
 * UPDATE of many rows of one table from a JSON array of objects keyed by column name; `id` picks the row.
 * Only the listed columns are written, so the registry import never touches what it does not manage.
 */
export function bulkUpdate(db: Database, table: SQL, columns: readonly string[], rows: readonly Record<string, unknown>[]) {
  const sets = sql.join(
    columns.map((column) => sql`${sql.identifier(column)} = json_extract(j.value, ${`$.${column}`})`),
    sql`, `,
  );
  return chunks(rows).map((chunk) =>
    statementOf(db, sql`UPDATE ${table} SET ${sets} FROM json_each(${JSON.stringify(chunk)}) AS j WHERE ${table}.id = json_extract(j.value, '$.id')`),
  );
}
