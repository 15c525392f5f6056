import { sql } from 'drizzle-orm';
import type { Database } from '../env.ts';
import { rawRows, readBatch } from './d1-writes.ts';

export const GAP_STATUSES = ['covered', 'need_without_service', 'service_without_measure', 'nothing'] as const;
type GapStatus = (typeof GAP_STATUSES)[number];

/**
 * Mapa pokrytí: per municipality of the territory and per target group, the catalogue's services that serve it
 * (services → service_municipalities, the target group through the service's client groups) against the plan's
 * activities for that target group (its chapter) that serve the municipality (an activity naming no municipality
 * serves the whole territory). Chapters without a target group (cross-cutting, territorial) name no need here.
 */
export async function territoryGaps(db: Database, territoryId: string, planId: string | null) {
  const [municipalityRows, targetGroupRows, serviceRows, activityRows] = await readBatch(db, [
    rawRows<{ id: string; code: string; name: string }>(sql`
      SELECT m.id, m.code, m.name FROM territory_municipalities tm JOIN municipalities m ON m.id = tm.municipality_id
      WHERE tm.territory_id = ${territoryId} ORDER BY m.name, m.code`),
    rawRows<{ code: string; name: string }>(sql`SELECT code, name FROM target_groups ORDER BY position`),
    rawRows<{ municipality_id: string; target_group_code: string; service_id: string }>(sql`
      SELECT DISTINCT sm.municipality_id, cg.target_group_code, s.id AS service_id
      FROM territory_municipalities tm
      JOIN service_municipalities sm ON sm.municipality_id = tm.municipality_id
      JOIN services s ON s.id = sm.service_id AND s.deleted_at IS NULL AND s.retired_at IS NULL
      JOIN service_client_groups scg ON scg.service_id = s.id
      JOIN client_groups cg ON cg.code = scg.client_group_code AND cg.target_group_code IS NOT NULL
      WHERE tm.territory_id = ${territoryId}`),
    rawRows<{ target_group_code: string; activity_id: string; measure_id: string; municipality_id: string | null }>(sql`
      SELECT ps.target_group_code, a.id AS activity_id, a.measure_id, am.municipality_id
      FROM activities a
      JOIN measures m ON m.id = a.measure_id AND m.deleted_at IS NULL
      JOIN priorities p ON p.id = m.priority_id AND p.deleted_at IS NULL
      JOIN plan_sections ps ON ps.id = p.section_id AND ps.deleted_at IS NULL AND ps.target_group_code IS NOT NULL
      LEFT JOIN activity_municipalities am ON am.activity_id = a.id
      WHERE a.plan_id = ${planId ?? ''} AND a.deleted_at IS NULL`),
  ]);

  type Cell = { services: Set<string>; activities: Set<string>; measures: Set<string> };
  const cells = new Map<string, Cell>();
  const cell = (municipalityId: string, targetGroup: string) => {
    const key = `${municipalityId}|${targetGroup}`;
    let found = cells.get(key);
    if (!found) cells.set(key, (found = { services: new Set(), activities: new Set(), measures: new Set() }));
    return found;
  };
  const inTerritory = new Set(municipalityRows.map((m) => m.id));
  for (const row of serviceRows) cell(row.municipality_id, row.target_group_code).services.add(row.service_id);
  for (const row of activityRows) {
    const served = row.municipality_id === null ? [...inTerritory] : inTerritory.has(row.municipality_id) ? [row.municipality_id] : [];
    for (const municipalityId of served) {
      const c = cell(municipalityId, row.target_group_code);
      c.activities.add(row.activity_id);
      c.measures.add(row.measure_id);
    }
  }

  const summary = Object.fromEntries(GAP_STATUSES.map((s) => [s, 0])) as Record<GapStatus, number>;
  const rows = municipalityRows.map((m) => ({
    municipalityId: m.id,
    code: m.code,
    name: m.name,
    cells: targetGroupRows.map((tg) => {
      const c = cells.get(`${m.id}|${tg.code}`);
      const services = c?.services.size ?? 0;
      const activities = c?.activities.size ?? 0;
      const status: GapStatus =
        services && activities ? 'covered' : activities ? 'need_without_service' : services ? 'service_without_measure' : 'nothing';
      summary[status] += 1;
      return {
        targetGroupCode: tg.code,
        status,
        services,
        measures: c?.measures.size ?? 0,
        activities,
        serviceIds: [...(c?.services ?? [])],
        activityIds: [...(c?.activities ?? [])],
      };
    }),
  }));
  return { targetGroups: targetGroupRows, municipalities: rows, summary };
}
