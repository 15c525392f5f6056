import type { Database } from '../env.ts';
import { notFound } from '../errors.ts';
import { findTerritory } from './territories.ts';

/** The territory a route's `:territory` names, or 404. */
export async function requireTerritory(db: Database, slugOrId: string) {
  const territory = await findTerritory(db, slugOrId);
  if (!territory) throw notFound('Territory');
  return territory;
}
