import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { SEED_TIME } from './ids.ts';

/** A value as an SQL literal. Everything is inlined because `wrangler d1 execute --file` takes no parameters. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to SQL`);
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  throw new Error(`cannot write a ${typeof value} to SQL`);
}

type InsertOptions = {
  /** `INSERT OR IGNORE`: a row whose key exists is skipped, so a seed can be loaded again without effect */
  orIgnore?: boolean;
  /** one statement per row (for D1's batch) or one multi-row statement (for a readable migration) */
  multiRow?: boolean;
};

/**
 * INSERT statements for rows typed against a drizzle table. Keys are the table's property names; each value goes
 * through the column's own `mapToDriverValue`, so JSON columns become text and boolean columns 0/1 exactly as the
 * Worker writes them. Timestamps default to SEED_TIME rather than the schema's `Date.now()` so output is stable.
 * Columns left undefined are omitted and get the database default.
 */
export function insertStatements<T extends SQLiteTable>(table: T, rows: readonly T['$inferInsert'][], options: InsertOptions = {}): string[] {
  if (rows.length === 0) return [];
  const columns = Object.entries(getTableColumns(table));
  const verb = options.orIgnore ? 'INSERT OR IGNORE INTO' : 'INSERT INTO';
  const tableName = getTableName(table);

  const prepared = rows.map((row) => {
    const values = new Map<string, string>();
    for (const [key, column] of columns) {
      let value: unknown = (row as Record<string, unknown>)[key];
      if (value === undefined && (column.name === 'created_at' || column.name === 'updated_at')) value = SEED_TIME;
      if (value === undefined) continue;
      values.set(column.name, sqlLiteral(value === null ? null : column.mapToDriverValue(value)));
    }
    return values;
  });

  if (!options.multiRow) {
    return prepared.map((values) => {
      const names = [...values.keys()].map((n) => `\`${n}\``).join(', ');
      return `${verb} \`${tableName}\` (${names}) VALUES (${[...values.values()].join(', ')})`;
    });
  }
  // A multi-row VALUES list needs the same columns in every row: an absent nullable value becomes NULL.
  const used = columns.filter(([, c]) => prepared.some((values) => values.has(c.name))).map(([, c]) => c);
  for (const column of used) {
    if (column.notNull && prepared.some((values) => !values.has(column.name))) {
      throw new Error(`${tableName}.${column.name} is set in some rows and missing in others; set it in every row`);
    }
  }
  const names = used.map((c) => c.name);
  const lines = prepared.map((values) => `  (${names.map((n) => values.get(n) ?? 'NULL').join(', ')})`);
  return [`${verb} \`${tableName}\` (${names.map((n) => `\`${n}\``).join(', ')}) VALUES\n${lines.join(',\n')}`];
}
