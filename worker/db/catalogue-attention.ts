import { and, asc, isNull, sql } from 'drizzle-orm';
import { services } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import { linksOf, loadServiceLinks } from './catalogue-read.ts';
import { idList } from './catalogue-scope.ts';

export const ATTENTION_REASONS = ['no_contact', 'no_municipalities', 'stale', 'registry_ended'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

const DAY = 86_400_000;
/** A record nobody has touched for a year is likely out of date: phone numbers and hours change. */
const STALE_AFTER_DAYS = 365;
/** Warned two months ahead: time enough to ask the provider whether the registration is being renewed. */
const REGISTRY_WARNING_DAYS = 60;

const pragueDate = (at: number) => new Date(at).toLocaleDateString('sv-SE', { timeZone: 'Europe/Prague' });

/** The live services of the territories that need a coordinator's look, each with why; those that need nothing are left out. */
export async function servicesNeedingAttention(db: Database, territoryIds: readonly string[], now = Date.now()) {
  const rows = await db
    .select({ id: services.id, name: services.name, phone: services.phone, email: services.email, web: services.web, updatedAt: services.updatedAt, registryEndsOn: services.registryEndsOn })
    .from(services)
    .where(and(sql`${services.territoryId} IN ${idList(territoryIds)}`, isNull(services.retiredAt), isNull(services.deletedAt)))
    .orderBy(asc(services.name), asc(services.id));
  const links = await loadServiceLinks(db, idList(rows.map((r) => r.id)));
  const warnFrom = pragueDate(now + REGISTRY_WARNING_DAYS * DAY);
  const result: { id: string; name: string; reasons: AttentionReason[]; registryEndsOn: string | null; updatedAt: number }[] = [];
  for (const row of rows) {
    const reasons: AttentionReason[] = [];
    if (!row.phone && !row.email && !row.web) reasons.push('no_contact');
    if (linksOf(links, row.id).municipalities.length === 0) reasons.push('no_municipalities');
    if (now - row.updatedAt > STALE_AFTER_DAYS * DAY) reasons.push('stale');
    if (row.registryEndsOn && row.registryEndsOn <= warnFrom) reasons.push('registry_ended');
    if (reasons.length) result.push({ id: row.id, name: row.name, reasons, registryEndsOn: row.registryEndsOn, updatedAt: row.updatedAt });
  }
  return result;
}
