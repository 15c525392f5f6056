import { getTableColumns, getTableName, type SQL } from 'drizzle-orm';
import { SQLiteAsyncDialect, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from '../env.ts';

/** Keeps each bound JSON well under D1's 2 MB limit for one value. */
const MAX_CHUNK_CHARS = 900_000;

/** A statement for `runWrites`: a drizzle query builder, or a D1 statement for SQL drizzle cannot batch. */
export type WriteStatement = D1PreparedStatement | { toSQL(): { sql: string; params: unknown[] } };

const clientOf = (db: Database) => (db as Database & { $client: D1Database }).$client;

const dialect = new SQLiteAsyncDialect();

/** An aggregate query whose rows come back as the database names its columns. */
export type RawRows<R> = { query: SQL; row?: R };
export const rawRows = <R>(query: SQL): RawRows<R> => ({ query });

/**
 * Several raw reads in one round trip. drizzle 0.45 cannot batch `db.all(sql…)` with parameters on D1 (its raw
 * query has no prepared statement to bind), so these go to the D1 client directly.
 */
export async function readBatch<const T extends readonly RawRows<unknown>[]>(
  db: Database,
  queries: T,
): Promise<{ [K in keyof T]: T[K] extends RawRows<infer R> ? R[] : never }> {
  const client = clientOf(db);
  const results = await client.batch(
    queries.map(({ query }) => {
      const { sql, params } = dialect.sqlToQuery(query);
      return client.prepare(sql).bind(...params);
    }),
  );
  return results.map((r) => r.results) as { [K in keyof T]: T[K] extends RawRows<infer R> ? R[] : never };
}

/** Raw SQL with `?` parameters. drizzle 0.45 cannot put `db.run(sql…)` with parameters into a D1 batch. */
export const rawStatement = (db: Database, text: string, ...params: unknown[]) => clientOf(db).prepare(text).bind(...params);

/** Runs writes atomically as one D1 batch (D1 has no interactive transactions). */
export async function runWrites(db: Database, statements: WriteStatement[]) {
  if (statements.length === 0) return;
  const client = clientOf(db);
  await client.batch(
    statements.map((s) => {
      if (!('toSQL' in s)) return s;
      const query = s.toSQL();
      return client.prepare(query.sql).bind(...query.params);
    }),
  );
}

/**
 * INSERTs for many rows as a few statements: the rows travel as ONE bound JSON array read back with json_each.
 * D1 allows 100 bound parameters per statement and 1,000 statements per request, so copying a plan of a thousand
 * activities row by row (or in drizzle's multi-row VALUES) would hit one limit or the other.
 * Values go through each column's `mapToDriverValue` (JSON columns become text) and `$defaultFn` as drizzle's
 * own insert would; a missing value takes the column's static default, else NULL.
 */
export function bulkInsert<T extends SQLiteTable>(db: Database, table: T, rows: readonly T['$inferInsert'][]): D1PreparedStatement[] {
  if (rows.length === 0) return [];
  const columns = Object.entries(getTableColumns(table));
  const text =
    `INSERT INTO "${getTableName(table)}" (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) ` +
    `SELECT ${columns.map((_, i) => `json_extract(value, '$[${i}]')`).join(', ')} FROM json_each(?)`;
  const statements: D1PreparedStatement[] = [];
  let chunk: string[] = [];
  let size = 0;
  const flush = () => {
    if (chunk.length) statements.push(rawStatement(db, text, `[${chunk.join(',')}]`));
    chunk = [];
    size = 0;
  };
  for (const row of rows) {
    const tuple = JSON.stringify(
      columns.map(([key, column]) => {
        let value = (row as Record<string, unknown>)[key];
        if (value === undefined && column.defaultFn) value = column.defaultFn();
        if (value === undefined) value = column.default;
        return value === undefined || value === null ? null : column.mapToDriverValue(value);
      }),
    );
    if (size + tuple.length > MAX_CHUNK_CHARS) flush();
    chunk.push(tuple);
    size += tuple.length;
  }
  flush();
  return statements;
}
