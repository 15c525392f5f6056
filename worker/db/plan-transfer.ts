import { and, eq, inArray, isNull } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { PLAN_EXPORT_FORMAT, type PlanExport } from '../../schema/api/plans.ts';
import { groups, municipalities, services, targetGroups } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import type { FieldIssue } from '../errors.ts';
import type { Plan } from './plan-access.ts';
import { throwIfAny } from './plan-rules.ts';
import { loadPlanTree, type NewTree } from './plan-tree.ts';

async function lookup<K extends string>(ids: readonly string[], query: (slice: string[]) => Promise<({ id: string } & Record<K, string | null>)[]>) {
  const rows: ({ id: string } & Record<K, string | null>)[] = [];
  const unique = [...new Set(ids)];
  // D1 binds at most 100 parameters per statement.
  for (let i = 0; i < unique.length; i += 90) rows.push(...(await query(unique.slice(i, i + 90))));
  return rows;
}

/**
 * The plan without anything bound to one district's database: target group codes, codes and texts, costs, ČSÚ
 * codes of municipalities and registry ids of services. Related services have no registry id and are left out.
 */
export async function exportPlan(db: Database, plan: Plan): Promise<PlanExport> {
  const tree = await loadPlanTree(db, plan.id);
  const groupIds = tree.sections.flatMap((s) => (s.workingGroupId ? [s.workingGroupId] : []));
  const groupNames = new Map(
    (await lookup<'name'>(groupIds, (slice) => db.select({ id: groups.id, name: groups.name }).from(groups).where(inArray(groups.id, slice)))).map((g) => [g.id, g.name]),
  );
  const municipalityCodes = new Map(
    (
      await lookup<'code'>(tree.activities.flatMap((a) => a.municipalityIds), (slice) =>
        db.select({ id: municipalities.id, code: municipalities.code }).from(municipalities).where(inArray(municipalities.id, slice)),
      )
    ).map((m) => [m.id, m.code]),
  );
  const registrationIds = new Map(
    (
      await lookup<'registrationId'>(tree.activities.flatMap((a) => a.services.map((s) => s.serviceId)), (slice) =>
        db.select({ id: services.id, registrationId: services.registrationId }).from(services).where(inArray(services.id, slice)),
      )
    ).map((s) => [s.id, s.registrationId]),
  );
  return {
    format: PLAN_EXPORT_FORMAT,
    title: plan.title,
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    sections: tree.sections.map((s) => ({
      title: s.title,
      targetGroupCode: s.targetGroupCode,
      workingGroupName: s.workingGroupId ? (groupNames.get(s.workingGroupId) ?? null) : null,
      priorities: tree.priorities
        .filter((p) => p.sectionId === s.id)
        .map((p) => ({
          kind: p.kind,
          code: p.code,
          title: p.title,
          measures: tree.measures
            .filter((m) => m.priorityId === p.id)
            .map((m) => ({
              code: m.code,
              title: m.title,
              description: m.description,
              need: m.need,
              activities: tree.activities
                .filter((a) => a.measureId === m.id)
                .map((a) => ({
                  code: a.code,
                  title: a.title,
                  description: a.description,
                  responsible: a.responsible,
                  partners: a.partners,
                  startYear: a.startYear,
                  endYear: a.endYear,
                  estimatedCostCzk: a.estimatedCostCzk,
                  funding: a.funding,
                  indicators: a.indicators,
                  municipalityCodes: a.municipalityIds.flatMap((id) => municipalityCodes.get(id) ?? []),
                  services: a.services.flatMap((link) => {
                    const registrationId = registrationIds.get(link.serviceId);
                    return registrationId ? [{ registrationId, relation: link.relation }] : [];
                  }),
                })),
            })),
        })),
    })),
  };
}

/**
 * The rows of a new plan from an export, checked like every structure edit: target groups, municipalities and
 * services must exist, codes are unique within a chapter. The timeline moves with the period (a 2019 activity of
 * a 2019–2021 plan becomes 2022 in 2022–2024) and is clamped into the new period. 400 names the path of each problem.
 */
export async function importRows(db: Database, territoryId: string, planId: string, body: { plan: PlanExport; periodFrom: number; periodTo: number }) {
  const source = body.plan;
  const issues: FieldIssue[] = [];
  const activitiesOf = source.sections.flatMap((s) => s.priorities.flatMap((p) => p.measures.flatMap((m) => m.activities)));
  const [knownGroups, workingGroups, knownMunicipalities, knownServices] = await Promise.all([
    db.select({ code: targetGroups.code }).from(targetGroups),
    db.select({ id: groups.id, name: groups.name }).from(groups).where(and(eq(groups.territoryId, territoryId), isNull(groups.deletedAt))),
    lookup<'code'>(activitiesOf.flatMap((a) => a.municipalityCodes ?? []), (slice) =>
      db.select({ id: municipalities.id, code: municipalities.code }).from(municipalities).where(inArray(municipalities.code, slice)),
    ),
    lookup<'registrationId'>(activitiesOf.flatMap((a) => (a.services ?? []).map((s) => s.registrationId)), (slice) =>
      db
        .select({ id: services.id, registrationId: services.registrationId })
        .from(services)
        .where(and(inArray(services.registrationId, slice), isNull(services.deletedAt))),
    ),
  ]);
  const targetGroupCodes = new Set(knownGroups.map((g) => g.code));
  const groupByName = new Map(workingGroups.map((g) => [g.name, g.id]));
  const municipalityByCode = new Map(knownMunicipalities.map((m) => [m.code, m.id]));
  const serviceByRegistration = new Map(knownServices.map((s) => [s.registrationId, s.id]));
  const shift = body.periodFrom - source.periodFrom;
  const moveYear = (year: number | null | undefined) => (year == null ? null : Math.min(Math.max(year + shift, body.periodFrom), body.periodTo));

  const now = Date.now();
  const common = { planId, createdAt: now, updatedAt: now };
  const rows: NewTree = { sections: [], priorities: [], measures: [], activities: [], municipalities: [], services: [] };
  const seenGroups = new Set<string>();
  source.sections.forEach((section, si) => {
    const at = `json.plan.sections[${si}]`;
    if (section.targetGroupCode !== null) {
      if (!targetGroupCodes.has(section.targetGroupCode)) issues.push({ field: `${at}.targetGroupCode`, message: 'is not a known target group' });
      else if (seenGroups.has(section.targetGroupCode)) issues.push({ field: `${at}.targetGroupCode`, message: 'has a second chapter in this plan' });
      seenGroups.add(section.targetGroupCode);
    }
    const sectionId = uuidv7();
    const codes = { measure: new Set<string>(), activity: new Set<string>() };
    rows.sections.push({
      ...common,
      id: sectionId,
      title: section.title,
      targetGroupCode: section.targetGroupCode,
      workingGroupId: section.workingGroupName ? (groupByName.get(section.workingGroupName) ?? null) : null,
      position: si + 1,
    });
    section.priorities.forEach((priority, pi) => {
      const priorityId = uuidv7();
      rows.priorities.push({ ...common, id: priorityId, sectionId, kind: priority.kind, code: priority.code, title: priority.title, position: pi + 1 });
      priority.measures.forEach((measure, mi) => {
        const mAt = `${at}.priorities[${pi}].measures[${mi}]`;
        if (codes.measure.has(measure.code)) issues.push({ field: `${mAt}.code`, message: 'is used by another measure of this chapter' });
        codes.measure.add(measure.code);
        const measureId = uuidv7();
        const { activities: measureActivities, ...measureFields } = measure;
        rows.measures.push({ ...common, ...measureFields, id: measureId, priorityId, position: mi + 1 });
        measureActivities.forEach((activity, ai) => {
          const aAt = `${mAt}.activities[${ai}]`;
          if (codes.activity.has(activity.code)) issues.push({ field: `${aAt}.code`, message: 'is used by another activity of this chapter' });
          codes.activity.add(activity.code);
          if (activity.startYear != null && activity.endYear != null && activity.startYear > activity.endYear) {
            issues.push({ field: `${aAt}.endYear`, message: 'must not be before startYear' });
          }
          const activityId = uuidv7();
          const { municipalityCodes = [], services: links = [], ...fields } = activity;
          rows.activities.push({
            ...common,
            ...fields,
            partners: fields.partners ?? [],
            funding: fields.funding ?? [],
            indicators: fields.indicators ?? [],
            id: activityId,
            measureId,
            startYear: moveYear(activity.startYear),
            endYear: moveYear(activity.endYear),
            position: ai + 1,
          });
          [...new Set(municipalityCodes)].forEach((code) => {
            const municipalityId = municipalityByCode.get(code);
            if (municipalityId) rows.municipalities.push({ activityId, municipalityId });
            else issues.push({ field: `${aAt}.municipalityCodes[${municipalityCodes.indexOf(code)}]`, message: 'is not a known municipality' });
          });
          const linked = new Set<string>();
          links.forEach((link, li) => {
            const serviceId = serviceByRegistration.get(link.registrationId);
            if (!serviceId) issues.push({ field: `${aAt}.services[${li}].registrationId`, message: 'is not a service of the catalogue' });
            else if (!linked.has(serviceId)) rows.services.push({ activityId, serviceId, relation: link.relation });
            if (serviceId) linked.add(serviceId);
          });
        });
      });
    });
  });
  throwIfAny(issues.slice(0, 50));
  return rows;
}
