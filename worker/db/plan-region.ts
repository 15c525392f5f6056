import { sql } from 'drizzle-orm';
import { EVALUATION_STATUSES, PRIORITY_KINDS } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import { rawRows, readBatch } from './d1-writes.ts';

type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];
type PriorityKind = (typeof PRIORITY_KINDS)[number];

/**
 * Each territory's current plan: the newest approved one, or, where none is approved, the newest in consultation.
 * Drafts never leave their territory. Kept as SQL so that every aggregate below filters by the same plans.
 */
const currentPlans = (regionId: string) => sql`
  current AS (
    SELECT id, territory_id FROM (
      SELECT p.id, p.territory_id, row_number() OVER (
        PARTITION BY p.territory_id ORDER BY p.status = 'approved' DESC, p.period_from DESC, p.version DESC, p.created_at DESC
      ) AS rank
      FROM plans p JOIN territories t ON t.id = p.territory_id
      WHERE t.region_id = ${regionId} AND t.deleted_at IS NULL AND p.deleted_at IS NULL AND p.status IN ('approved', 'consultation')
    ) WHERE rank = 1
  )`;

const noStatuses = () => Object.fromEntries(EVALUATION_STATUSES.map((s) => [s, 0])) as Record<EvaluationStatus, number>;

/**
 * The region view: all territories' current plans side by side, counted and costed by target group × kind of
 * priority, with the evaluations of each plan's latest evaluated year by status. A few aggregate queries in one
 * round trip, whatever the number of plans.
 */
export async function regionPlans(db: Database, regionId: string) {
  const [targetGroupRows, territoryRows, planRows, cellRows, evaluationRows] = await readBatch(db, [
    rawRows<{ code: string; name: string }>(sql`SELECT code, name FROM target_groups ORDER BY position`),
    rawRows<{ id: string; slug: string; name: string; kind: string; parent_id: string | null }>(sql`
      SELECT id, slug, name, kind, parent_id FROM territories WHERE region_id = ${regionId} AND deleted_at IS NULL ORDER BY name`),
    rawRows<{
      id: string; territory_id: string; title: string; period_from: number; period_to: number; extended_to: number | null;
      status: 'approved' | 'consultation'; version: number; approved_on: string | null; approval_resolution: string | null;
    }>(sql`
      WITH ${currentPlans(regionId)}
      SELECT p.id, p.territory_id, p.title, p.period_from, p.period_to, p.extended_to, p.status, p.version, p.approved_on, p.approval_resolution
      FROM current JOIN plans p ON p.id = current.id`),
    // Activities are summed per measure from a covering index first, so only the measures are joined up the tree.
    rawRows<{ plan_id: string; target_group_code: string | null; kind: PriorityKind; measures: number; activities: number; cost: number }>(sql`
      WITH ${currentPlans(regionId)},
      per_measure AS (
        SELECT a.measure_id, count(*) AS n, sum(a.estimated_cost_czk) AS cost
        FROM activities a
        WHERE a.plan_id IN (SELECT id FROM current) AND a.deleted_at IS NULL
        GROUP BY a.plan_id, a.measure_id
      )
      SELECT s.plan_id, s.target_group_code, pr.kind,
        count(*) AS measures, coalesce(sum(per_measure.n), 0) AS activities, coalesce(sum(per_measure.cost), 0) AS cost
      FROM current
      JOIN plan_sections s ON s.plan_id = current.id AND s.deleted_at IS NULL
      JOIN priorities pr ON pr.section_id = s.id AND pr.deleted_at IS NULL
      JOIN measures m ON m.priority_id = pr.id AND m.deleted_at IS NULL
      LEFT JOIN per_measure ON per_measure.measure_id = m.id
      GROUP BY s.plan_id, s.target_group_code, pr.kind`),
    // The latest evaluated year of each plan, then its counts by status, both straight from the evaluations' index.
    rawRows<{ plan_id: string; year: number; status: EvaluationStatus; n: number; spent: number }>(sql`
      WITH ${currentPlans(regionId)},
      latest AS (
        SELECT current.id AS plan_id,
          (SELECT max(e.year) FROM evaluations e WHERE e.plan_id = current.id AND e.deleted_at IS NULL) AS year
        FROM current
      )
      SELECT e.plan_id, e.year, e.status, count(*) AS n, coalesce(sum(e.spent_czk), 0) AS spent
      FROM latest JOIN evaluations e ON e.plan_id = latest.plan_id AND e.year = latest.year AND e.deleted_at IS NULL
      GROUP BY e.plan_id, e.year, e.status`),
  ]);

  const latestYear = new Map<string, number>();
  const planEvaluations = new Map<string, { byStatus: Record<EvaluationStatus, number>; spentCzk: number }>();
  for (const row of evaluationRows) {
    latestYear.set(row.plan_id, row.year);
    const totals = planEvaluations.get(row.plan_id) ?? { byStatus: noStatuses(), spentCzk: 0 };
    totals.byStatus[row.status] += row.n;
    totals.spentCzk += row.spent;
    planEvaluations.set(row.plan_id, totals);
  }
  const cellsByPlan = new Map<string, typeof cellRows>();
  for (const row of cellRows) cellsByPlan.set(row.plan_id, [...(cellsByPlan.get(row.plan_id) ?? []), row]);
  // Cells come out as target group (in code-list order, chapters without one last) × priority kind.
  const kindOrder = (k: string) => PRIORITY_KINDS.indexOf(k as PriorityKind);
  const groupOrder = new Map(targetGroupRows.map((g, i) => [g.code, i]));
  const tgOrder = (code: string | null) => (code === null ? Infinity : (groupOrder.get(code) ?? targetGroupRows.length));
  const planOf = new Map(planRows.map((p) => [p.territory_id, p]));

  const territories = territoryRows
    .filter((t) => planOf.has(t.id) || t.parent_id === null)
    .map((t) => {
      const p = planOf.get(t.id);
      const cells = (p ? (cellsByPlan.get(p.id) ?? []) : [])
        .sort((a, b) => tgOrder(a.target_group_code) - tgOrder(b.target_group_code) || kindOrder(a.kind) - kindOrder(b.kind))
        .map((cell) => ({
          targetGroupCode: cell.target_group_code,
          priorityKind: cell.kind,
          measures: cell.measures,
          activities: cell.activities,
          estimatedCostCzk: cell.cost,
        }));
      return {
        territory: { id: t.id, slug: t.slug, name: t.name, kind: t.kind },
        plan: p
          ? {
              id: p.id,
              title: p.title,
              periodFrom: p.period_from,
              periodTo: p.period_to,
              extendedTo: p.extended_to,
              status: p.status,
              version: p.version,
              approvedOn: p.approved_on,
              approvalResolution: p.approval_resolution,
            }
          : null,
        totals: {
          measures: cells.reduce((n, c) => n + c.measures, 0),
          activities: cells.reduce((n, c) => n + c.activities, 0),
          estimatedCostCzk: cells.reduce((n, c) => n + c.estimatedCostCzk, 0),
        },
        evaluation: p
          ? { year: latestYear.get(p.id) ?? null, byStatus: planEvaluations.get(p.id)?.byStatus ?? noStatuses(), spentCzk: planEvaluations.get(p.id)?.spentCzk ?? 0 }
          : null,
        cells,
      };
    });
  return { targetGroups: targetGroupRows, priorityKinds: PRIORITY_KINDS, territories };
}
