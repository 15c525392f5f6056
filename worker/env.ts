import type { DrizzleD1Database } from 'drizzle-orm/d1';
import type * as tables from '../schema/tables.ts';

export type Bindings = {
  DB: D1Database;
  ASSETS: Fetcher;
};

export type Database = DrizzleD1Database<typeof tables>;

export type AppEnv = {
  Bindings: Bindings;
  Variables: { db: Database };
};
