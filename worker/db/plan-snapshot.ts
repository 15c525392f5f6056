import { and, eq, isNull, sql } from 'drizzle-orm';
import { activities, activityMunicipalities, activityServices, groups, municipalities, planSections, services, targetGroups, territories } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import type { Plan } from './plan-access.ts';
import { loadPlanTree, type PlanTree } from './plan-tree.ts';

type NonEmpty<T> = { [K in keyof T]?: Exclude<T[K], null> };

/** Leaves out nulls and empty lists: the snapshot goes to phones over slow connections. */
function dropEmpty<T extends Record<string, unknown>>(fields: T): NonEmpty<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as NonEmpty<T>;
}

export const planSummary = (plan: Plan) => ({
  id: plan.id,
  territoryId: plan.territoryId,
  title: plan.title,
  periodFrom: plan.periodFrom,
  periodTo: plan.periodTo,
  extendedTo: plan.extendedTo,
  status: plan.status,
  version: plan.version,
  previousVersionId: plan.previousVersionId,
  approvedOn: plan.approvedOn,
  approvalResolution: plan.approvalResolution,
  updatedAt: plan.updatedAt,
});

/** Children grouped under their parent's id, keeping the tree's order. */
function byParent<T>(rows: T[], parentOf: (row: T) => string) {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(parentOf(row));
    if (list) list.push(row);
    else map.set(parentOf(row), [row]);
  }
  return (parentId: string) => map.get(parentId) ?? [];
}

export function nestTree(tree: PlanTree) {
  const prioritiesOf = byParent(tree.priorities, (p) => p.sectionId);
  const measuresOf = byParent(tree.measures, (m) => m.priorityId);
  const activitiesOf = byParent(tree.activities, (a) => a.measureId);
  return tree.sections.map((s) => ({
    id: s.id,
    title: s.title,
    ...dropEmpty({ targetGroupCode: s.targetGroupCode, workingGroupId: s.workingGroupId }),
    priorities: prioritiesOf(s.id).map((p) => ({
      id: p.id,
      kind: p.kind,
      code: p.code,
      title: p.title,
      measures: measuresOf(p.id).map((m) => ({
        id: m.id,
        code: m.code,
        title: m.title,
        ...dropEmpty({ description: m.description, need: m.need }),
        activities: activitiesOf(m.id).map((a) => ({
          id: a.id,
          code: a.code,
          title: a.title,
          ...dropEmpty({
            description: a.description,
            responsible: a.responsible,
            partners: a.partners,
            startYear: a.startYear,
            endYear: a.endYear,
            estimatedCostCzk: a.estimatedCostCzk,
            funding: a.funding,
            indicators: a.indicators,
            municipalityIds: a.municipalityIds,
            services: a.services,
          }),
        })),
      })),
    })),
  }));
}

/**
 * The whole plan in one response for offline reading: the nested tree plus the names of everything it points at
 * (target groups, working groups, municipalities, services), so the PWA can render it without other requests.
 */
export async function planSnapshot(db: Database, plan: Plan) {
  const tree = await loadPlanTree(db, plan.id);
  const liveActivities = and(eq(activities.planId, plan.id), isNull(activities.deletedAt));
  const [territoryRows, targetGroupRows, groupRows, municipalityRows, serviceRows] = await db.batch([
    db.select({ id: territories.id, slug: territories.slug, name: territories.name }).from(territories).where(eq(territories.id, plan.territoryId)),
    db.select({ code: targetGroups.code, name: targetGroups.name, nameEn: targetGroups.nameEn }).from(targetGroups).orderBy(targetGroups.position),
    db
      .selectDistinct({ id: groups.id, name: groups.name })
      .from(planSections)
      .innerJoin(groups, eq(groups.id, planSections.workingGroupId))
      .where(and(eq(planSections.planId, plan.id), isNull(planSections.deletedAt))),
    db
      .selectDistinct({ id: municipalities.id, name: municipalities.name })
      .from(activityMunicipalities)
      .innerJoin(activities, eq(activities.id, activityMunicipalities.activityId))
      .innerJoin(municipalities, eq(municipalities.id, activityMunicipalities.municipalityId))
      .where(liveActivities),
    db
      .selectDistinct({ id: services.id, name: services.name })
      .from(activityServices)
      .innerJoin(activities, eq(activities.id, activityServices.activityId))
      .innerJoin(services, eq(services.id, activityServices.serviceId))
      .where(liveActivities),
  ]);
  const names = (rows: { id: string; name: string }[]) => Object.fromEntries(rows.map((r) => [r.id, r.name]));
  return {
    plan: { ...planSummary(plan), territory: territoryRows[0] ?? null },
    sections: nestTree(tree),
    names: {
      targetGroups: Object.fromEntries(targetGroupRows.map((t) => [t.code, { name: t.name, nameEn: t.nameEn }])),
      workingGroups: names(groupRows),
      municipalities: names(municipalityRows),
      services: names(serviceRows),
    },
    totals: {
      sections: tree.sections.length,
      priorities: tree.priorities.length,
      measures: tree.measures.length,
      activities: tree.activities.length,
      estimatedCostCzk: tree.activities.reduce((sum, a) => sum + (a.estimatedCostCzk ?? 0), 0),
    },
  };
}

/**
 * The snapshot's ETag without building the snapshot: every synced row gets a new `seq` from one global counter on
 * any change (tombstones included, and an activity is touched when its links change), so the highest `seq` and the
 * row count of everything the snapshot shows identify its content. Municipalities carry no `seq`, only updatedAt.
 * A client with a fresh copy costs one query.
 */
export async function snapshotEtag(db: Database, plan: Plan): Promise<string> {
  const id = plan.id;
  // Scalar subqueries side by side: D1 refuses a compound SELECT (UNION) of more than five terms.
  const [row] = await db.all<Record<string, string | number | null>>(sql`
    SELECT
      (SELECT seq FROM plans WHERE id = ${id}) AS plan,
      (SELECT max(seq) || ':' || count(*) FROM plan_sections WHERE plan_id = ${id}) AS sections,
      (SELECT max(seq) || ':' || count(*) FROM priorities WHERE plan_id = ${id}) AS priorities,
      (SELECT max(seq) || ':' || count(*) FROM measures WHERE plan_id = ${id}) AS measures,
      (SELECT max(seq) || ':' || count(*) FROM activities WHERE plan_id = ${id}) AS activities,
      (SELECT max(g.seq) || ':' || count(*) FROM plan_sections s JOIN groups g ON g.id = s.working_group_id WHERE s.plan_id = ${id}) AS working_groups,
      (SELECT max(sv.seq) || ':' || count(*) FROM activities a JOIN activity_services l ON l.activity_id = a.id
        JOIN services sv ON sv.id = l.service_id WHERE a.plan_id = ${id}) AS services,
      (SELECT max(m.updated_at) || ':' || count(*) FROM activities a JOIN activity_municipalities l ON l.activity_id = a.id
        JOIN municipalities m ON m.id = l.municipality_id WHERE a.plan_id = ${id}) AS municipalities`);
  const state = Object.values(row ?? {}).map((v) => v ?? '-').join('/');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${id}/${state}`));
  const tag = btoa(String.fromCharCode(...new Uint8Array(digest).slice(0, 18))).replaceAll('+', '-').replaceAll('/', '_');
  return `"${tag}"`;
}

