import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import { queryUnits, situationKindBonus, situationMatchExpression } from '../../schema/life-situations.ts';
import { services } from '../../schema/tables.ts';
import { CARD_COLUMNS, type CardRow, type ServiceLinks } from '../catalogue/public-service.ts';
import type { Database } from '../env.ts';

export type SearchFilter = {
  q?: string;
  /** slug or id; the territory's sub-areas are searched too */
  territory?: string;
  targetGroup?: string;
  kind?: string;
  form?: string;
  /** id or ČSÚ code of a municipality served */
  municipality?: string;
  limit: number;
  offset: number;
  /** how many services one search considers at most; SEARCH_CANDIDATES unless a test needs a small catalogue to overflow */
  candidates?: number;
};

/**
 * How many matching services one search ranks and counts at most, so that its cost is bounded by a constant and not
 * by the size of the catalogue (as search engines do): a broad word ("senior") matches half the country's services,
 * and nobody pages through more than a thousand of them. Past it, `total` is this number and says "at least".
 */
export const SEARCH_CANDIDATES = 1000;

/**
 * bm25 weights of the services_fts columns (name, description, provider, kind, places, client_groups): a service
 * named with the query outranks one whose provider is named so, which outranks one that only mentions it.
 */
const BM25 = sql.raw('bm25(services_fts, 10.0, 1.0, 4.0, 3.0, 2.0, 2.0)');

/**
 * Filters over services_search_rows (s: id, territory_id, kind_code, name, live), the slim copy migration 0006 keeps
 * for search. A form or target group alone is an IN-subquery over the link table's index, which beats a correlated
 * EXISTS per row when the rows come from the whole country; once a territory or a municipality narrows the rows, or
 * they are the matches of words (read until the candidates are found, see searchQueries), the list of every such
 * service in the country would cost more than a primary-key probe per row (EXISTS), and would grow with the country
 * instead of with the rows searched.
 */
function conditions(filter: SearchFilter, matched: boolean): SQL[] {
  const narrowed = Boolean(filter.territory || filter.municipality) || matched;
  const linked = (table: SQL, condition: SQL) =>
    narrowed ? sql`EXISTS (SELECT 1 FROM ${table} WHERE service_id = s.id AND ${condition})` : sql`s.id IN (SELECT service_id FROM ${table} WHERE ${condition})`;
  const where: SQL[] = [sql`s.live = 1`];
  // Territory and municipality are resolved inside the query: one round trip to D1 instead of three.
  if (filter.territory) {
    const named = sql`(SELECT id FROM territories WHERE (slug = ${filter.territory} OR id = ${filter.territory}) AND deleted_at IS NULL)`;
    where.push(sql`s.territory_id IN (SELECT id FROM territories WHERE deleted_at IS NULL AND (id = ${named} OR parent_id = ${named}))`);
  }
  if (filter.kind) where.push(sql`s.kind_code = ${filter.kind}`);
  if (filter.form) where.push(linked(sql`service_form_links`, sql`form_code = ${filter.form}`));
  if (filter.targetGroup) {
    where.push(linked(sql`service_client_groups`, sql`client_group_code IN (SELECT code FROM client_groups WHERE target_group_code = ${filter.targetGroup})`));
  }
  if (filter.municipality) {
    where.push(sql`s.id IN (SELECT service_id FROM service_municipalities WHERE municipality_id IN
      (SELECT id FROM municipalities WHERE id = ${filter.municipality} OR code = ${filter.municipality}))`);
  }
  return where;
}

/**
 * The ranked search as SQL: one row per service of the page, best first, with the total, the service's card columns,
 * its links as JSON arrays and its provider's name, so a search costs ONE round trip to D1. With words in `q`, FTS5
 * ranks by bm25 and ties go by name; without, services come by name. The query text reaches SQLite only as quoted
 * prefix terms (schema/catalogue-text.ts); a life-situation word adds the names of its kinds and client groups from
 * the code lists (schema/life-situations.ts), so no input can be FTS syntax. Exported for the benchmark.
 *
 * At most `candidates` services are considered (SEARCH_CANDIDATES): with words, the first matches FTS5 finds (in
 * rowid order, filters applied, so a narrowed search is exact while its matches fit); without, the first by name.
 * One more is read to know whether the cap cut, which the page's `more` column says. Below the cap nothing differs
 * from ranking every match. When it cuts, the services whose name matches are taken first, up to the cap, before the
 * others found, so a broad word still shows the services named by it rather than whichever came first in rowid order;
 * they are ranked among themselves by bm25 over the name alone.
 */
export function searchQueries(filter: SearchFilter): { page: SQL; count: SQL } {
  const cap = filter.candidates ?? SEARCH_CANDIDATES;
  const match = filter.q ? situationMatchExpression(filter.q) : null;
  const where = conditions(filter, match !== null);
  const rows = sql`services_search_rows s`;
  const fts = sql`services_fts JOIN services_search_rows s ON s.rowid = services_fts.rowid`;
  const whereSql = sql.join(where, sql` AND `);
  const bonus = match ? situationKindBonus(filter.q!) : [];
  // A life situation's likeliest kinds come first among services matched only by their kind (bm25 is negative).
  const score = !match ? sql`NULL` : bonus.length
    ? sql`${BM25} - CASE s.kind_code ${sql.join(bonus.map(({ kind, bonus: value }) => sql`WHEN ${kind} THEN ${value}`), sql` `)} ELSE 0 END`
    : BM25;
  const columns = sql.raw(
    Object.entries(CARD_SQL)
      .map(([key, column]) => `s.${column} AS "${key}"`)
      .join(', '),
  );
  // bm25() belongs to the SELECT of its MATCH and cannot sit beside a window function, hence the CTEs. `found` reads
  // cap + 1 rows at most. `named` has LIMIT 0 unless that overflowed, and SQLite then skips its FTS query altogether
  // (a WHERE on the overflow did not: its match was still set up, 0.3–0.5 ms a search); materialized, being read twice.
  // The name tier reads the whole doclist of the words when fewer names match than the cap: the one part of the search
  // that still grows with the catalogue besides FTS5's own (prefix terms, bm25's document counts): about 1 ms a search.
  const candidates = match
    ? sql`found AS MATERIALIZED (SELECT s.id AS id, s.name AS name, ${score} AS score FROM ${fts} WHERE services_fts MATCH ${match} AND ${whereSql} LIMIT ${cap + 1}),
      overflow AS (SELECT count(*) > ${cap} AS more FROM found),
      named AS MATERIALIZED (SELECT s.id AS id, s.name AS name, ${score} AS score FROM ${fts}
        WHERE services_fts MATCH ${nameMatch(filter.q!)} AND ${whereSql} LIMIT (SELECT CASE WHEN more THEN ${cap} ELSE 0 END FROM overflow)),
      considered AS (SELECT id, name, score, 0 AS tier FROM named
        UNION ALL SELECT id, name, score, 1 AS tier FROM found WHERE id NOT IN (SELECT id FROM named) LIMIT ${cap})`
    : sql`found AS MATERIALIZED (SELECT s.id AS id, s.name AS name, NULL AS score FROM ${rows} WHERE ${whereSql} ORDER BY s.name COLLATE NOCASE, s.id LIMIT ${cap + 1}),
      overflow AS (SELECT count(*) > ${cap} AS more FROM found),
      considered AS (SELECT id, name, score, 0 AS tier FROM found LIMIT ${cap})`;
  const order = sql`tier, score, name COLLATE NOCASE, id`;
  return {
    page: sql`
      WITH ${candidates},
      page AS (SELECT id, name, score, tier, count(*) OVER () AS total FROM considered ORDER BY ${order} LIMIT ${filter.limit} OFFSET ${filter.offset})
      SELECT page.score AS score, page.total AS total, (SELECT more FROM overflow) AS more, ${columns},
        (SELECT json_group_array(form_code) FROM (SELECT form_code FROM service_form_links WHERE service_id = s.id ORDER BY form_code)) AS forms,
        (SELECT json_group_array(client_group_code) FROM (SELECT client_group_code FROM service_client_groups WHERE service_id = s.id ORDER BY client_group_code)) AS "clientGroups",
        (SELECT json_group_array(json_array(m.id, m.code, m.name)) FROM (SELECT m.id, m.code, m.name FROM service_municipalities sm
          JOIN municipalities m ON m.id = sm.municipality_id WHERE sm.service_id = s.id ORDER BY m.name) m) AS municipalities,
        p.name AS "providerName"
      -- CROSS JOIN keeps the page first: left to itself, SQLite scanned every service and looked the page up in it
      FROM page CROSS JOIN services s ON s.id = page.id JOIN providers p ON p.id = s.provider_id
      ORDER BY page.tier, page.score, page.name COLLATE NOCASE, page.id`,
    // Past the last page no row carries the total: counted the same bounded way.
    count: sql`SELECT count(*) AS total FROM (SELECT 1 FROM ${match ? fts : rows} WHERE ${match ? sql`services_fts MATCH ${match} AND ` : sql``}${whereSql} LIMIT ${cap + 1})`,
  };
}

/**
 * The query's words, all of them in the name: the match expression without a life situation's kinds and client groups,
 * whose phrases would only be read to find nothing in the name column (a kind's name matches thousands of services).
 */
function nameMatch(query: string): string {
  return `{name} : (${queryUnits(query).map(({ terms }) => terms.map((term) => `"${term}"*`).join(' ')).join(' AND ')})`;
}

/** The card columns by their database names. */
const CARD_SQL: Record<(typeof CARD_COLUMNS)[number], string> = Object.fromEntries(
  CARD_COLUMNS.map((key) => [key, getTableColumns(services)[key].name]),
) as Record<(typeof CARD_COLUMNS)[number], string>;

type SearchRow = Omit<CardRow, 'openingHours' | 'capacities' | 'alwaysOpen' | 'addressSecret'> & {
  score: number | null;
  total: number;
  more: number;
  openingHours: string | null;
  capacities: string | null;
  alwaysOpen: number;
  addressSecret: number;
  forms: string;
  clientGroups: string;
  municipalities: string;
  providerName: string;
};

export type SearchHit = { row: CardRow; links: ServiceLinks; providerName: string; rank: number | null };

/**
 * The page of matching services, best first, and how many match in all; `totalIsLowerBound` when more than the
 * candidates considered match, `total` then being their number (a page past it is empty).
 */
export async function searchServices(db: Database, filter: SearchFilter): Promise<{ total: number; totalIsLowerBound: boolean; hits: SearchHit[] }> {
  const cap = filter.candidates ?? SEARCH_CANDIDATES;
  const { page, count } = searchQueries(filter);
  const rows = await db.all<SearchRow>(page);
  let total = rows[0]?.total ?? 0;
  let totalIsLowerBound = rows[0]?.more === 1;
  // Past the last page there is no row to carry the total.
  if (rows.length === 0 && filter.offset > 0) {
    const found = (await db.all<{ total: number }>(count))[0]?.total ?? 0;
    total = Math.min(found, cap);
    totalIsLowerBound = found > cap;
  }
  const hits = rows.map(({ score, total: _total, more: _more, forms, clientGroups, municipalities, providerName, openingHours, capacities, alwaysOpen, addressSecret, ...rest }) => ({
    row: {
      ...rest,
      openingHours: openingHours ? (JSON.parse(openingHours) as CardRow['openingHours']) : null,
      capacities: capacities ? (JSON.parse(capacities) as CardRow['capacities']) : null,
      alwaysOpen: alwaysOpen === 1,
      addressSecret: addressSecret === 1,
    },
    links: {
      forms: JSON.parse(forms) as string[],
      clientGroups: JSON.parse(clientGroups) as string[],
      municipalities: (JSON.parse(municipalities) as [string, string, string][]).map(([id, code, name]) => ({ id, code, name })),
    },
    providerName,
    rank: score,
  }));
  return { total, totalIsLowerBound, hits };
}
