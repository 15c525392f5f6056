/**
 * Prints the SQL of the triggers that stamp `seq` on every synced table (those with a `seq` column).
 * Used to write a custom drizzle-kit migration whenever a synced table is added:
 *   npx drizzle-kit generate --custom --name <name>  then  node scripts/sync-triggers.ts <table…> > that file
 * With no arguments it prints the triggers of every synced table.
 */
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as tables from '../schema/tables.ts';

export function syncedTableNames(): string[] {
  return (Object.values(tables) as unknown[])
    .filter((t): t is SQLiteTable => t instanceof SQLiteTable)
    .map((t) => getTableConfig(t))
    .filter((config) => config.columns.some((c) => c.name === 'seq'))
    .map((config) => config.name)
    .sort();
}

export function triggersFor(table: string): string {
  // Non-recursive triggers (SQLite's default) plus the WHEN guard keep the stamping update from firing again.
  const stamp = `UPDATE sync_sequence SET value = value + 1 WHERE id = 1;
  UPDATE ${table} SET seq = (SELECT value FROM sync_sequence WHERE id = 1) WHERE rowid = NEW.rowid;`;
  return `CREATE TRIGGER ${table}_seq_insert AFTER INSERT ON ${table} BEGIN
  ${stamp}
END;
--> statement-breakpoint
CREATE TRIGGER ${table}_seq_update AFTER UPDATE ON ${table} WHEN NEW.seq = OLD.seq BEGIN
  ${stamp}
END;`;
}

if (import.meta.main) {
  const names = process.argv.slice(2);
  const chosen = names.length ? names : syncedTableNames();
  console.log(chosen.map(triggersFor).join('\n--> statement-breakpoint\n'));
}
