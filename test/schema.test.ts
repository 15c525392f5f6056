import { env } from 'cloudflare:workers';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as tables from '../schema/tables.ts';
import { createRegion, createTerritory, db } from './helpers.ts';

const drizzleTables = (Object.values(tables) as unknown[])
  .filter((t): t is SQLiteTable => t instanceof SQLiteTable)
  .map((t) => getTableConfig(t));

describe('migrations', () => {
  it('create every table and column of the drizzle schema', async () => {
    for (const table of drizzleTables) {
      const { results } = await env.DB.prepare(`SELECT name FROM pragma_table_info(?)`).bind(table.name).all<{ name: string }>();
      expect(results.map((r) => r.name).sort(), table.name).toEqual(table.columns.map((c) => c.name).sort());
    }
  });

  it('stamp seq on every synced table through insert and update triggers', async () => {
    const synced = drizzleTables.filter((t) => t.columns.some((c) => c.name === 'seq')).map((t) => t.name);
    expect(synced.length).toBeGreaterThan(20);
    const { results } = await env.DB.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all<{ name: string }>();
    const triggers = new Set(results.map((r) => r.name));
    for (const name of synced) {
      expect(triggers.has(`${name}_seq_insert`), `${name}_seq_insert`).toBe(true);
      expect(triggers.has(`${name}_seq_update`), `${name}_seq_update`).toBe(true);
    }
  });
});

describe('the change sequence', () => {
  it('gives every insert and update a higher seq than anything before it', async () => {
    const region = await createRegion();
    const first = await createTerritory(region.id);
    const second = await createTerritory(region.id);
    const seqOf = async (id: string) => (await db.query.territories.findFirst({ where: (t, { eq }) => eq(t.id, id) }))!.seq;
    const [a, b] = [await seqOf(first.id), await seqOf(second.id)];
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
    await env.DB.prepare('UPDATE territories SET name = ? WHERE id = ?').bind('Přejmenováno', first.id).run();
    expect(await seqOf(first.id)).toBeGreaterThan(b);
  });
});
