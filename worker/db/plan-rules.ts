import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import { activities, groups, measures, municipalities, planSections, priorities, services, targetGroups } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import { ApiError, type FieldIssue } from '../errors.ts';
import { lastYear, periodLabel, type Plan } from './plan-access.ts';

/** The rules of a plan's structure that a schema alone cannot check: they need the plan or the database. */
export function invalid(issues: FieldIssue[]): never {
  throw new ApiError(400, 'validation_failed', 'The request has invalid fields', issues);
}

export function throwIfAny(issues: FieldIssue[]) {
  if (issues.length) invalid(issues);
}

export function yearIssues(plan: Plan, years: { startYear?: number | null; endYear?: number | null }, prefix: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const key of ['startYear', 'endYear'] as const) {
    const year = years[key];
    if (year != null && (year < plan.periodFrom || year > lastYear(plan))) {
      issues.push({ field: `${prefix}.${key}`, message: `must be within the plan period ${periodLabel(plan)}` });
    }
  }
  return issues;
}

/** D1 binds at most 100 parameters per statement, so long id lists are looked up in slices. */
async function existing(ids: readonly string[], lookup: (slice: string[]) => Promise<{ id: string }[]>): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  const found = new Set<string>();
  for (let i = 0; i < unique.length; i += 90) for (const row of await lookup(unique.slice(i, i + 90))) found.add(row.id);
  return found;
}

export const existingMunicipalities = (db: Database, ids: readonly string[]) =>
  existing(ids, (slice) => db.select({ id: municipalities.id }).from(municipalities).where(inArray(municipalities.id, slice)));

export const existingServices = (db: Database, ids: readonly string[]) =>
  existing(ids, (slice) => db.select({ id: services.id }).from(services).where(and(inArray(services.id, slice), isNull(services.deletedAt))));

/** The municipalities and catalogue services an activity names must exist. */
export async function linkIssues(
  db: Database,
  body: { municipalityIds?: string[]; services?: { serviceId: string }[] },
  prefix = 'json',
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (body.municipalityIds?.length) {
    const found = await existingMunicipalities(db, body.municipalityIds);
    body.municipalityIds.forEach((id, i) => {
      if (!found.has(id)) issues.push({ field: `${prefix}.municipalityIds[${i}]`, message: 'is not a known municipality' });
    });
    if (new Set(body.municipalityIds).size !== body.municipalityIds.length) issues.push({ field: `${prefix}.municipalityIds`, message: 'names a municipality twice' });
  }
  if (body.services?.length) {
    const found = await existingServices(db, body.services.map((s) => s.serviceId));
    body.services.forEach((s, i) => {
      if (!found.has(s.serviceId)) issues.push({ field: `${prefix}.services[${i}].serviceId`, message: 'is not a service of the catalogue' });
    });
    if (new Set(body.services.map((s) => s.serviceId)).size !== body.services.length) issues.push({ field: `${prefix}.services`, message: 'names a service twice' });
  }
  return issues;
}

export async function sectionIssues(
  db: Database,
  plan: Plan,
  body: { targetGroupCode?: string | null; workingGroupId?: string | null },
  exceptSectionId?: string,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (body.targetGroupCode) {
    const [known] = await db.select({ code: targetGroups.code }).from(targetGroups).where(eq(targetGroups.code, body.targetGroupCode));
    if (!known) issues.push({ field: 'json.targetGroupCode', message: 'is not a known target group' });
    const [taken] = await db
      .select({ id: planSections.id })
      .from(planSections)
      .where(
        and(
          eq(planSections.planId, plan.id),
          eq(planSections.targetGroupCode, body.targetGroupCode),
          isNull(planSections.deletedAt),
          exceptSectionId ? ne(planSections.id, exceptSectionId) : undefined,
        ),
      );
    if (known && taken) issues.push({ field: 'json.targetGroupCode', message: 'already has its chapter in this plan' });
  }
  if (body.workingGroupId) {
    const [group] = await db
      .select({ kind: groups.kind })
      .from(groups)
      .where(and(eq(groups.id, body.workingGroupId), eq(groups.territoryId, plan.territoryId), isNull(groups.deletedAt)));
    if (!group) issues.push({ field: 'json.workingGroupId', message: "is not a group of the plan's territory" });
    else if (!group.kind.startsWith('working_')) issues.push({ field: 'json.workingGroupId', message: 'is not a working group' });
  }
  return issues;
}

/**
 * Codes of measures and of activities are unique within a chapter (Jindřichův Hradec numbers "1.1" in every
 * chapter), which keeps the printed plan unambiguous and lets the diff match by code where origins differ.
 */
export async function assertCodeFree(db: Database, what: 'measure' | 'activity', sectionId: string, code: string, exceptId?: string) {
  const query =
    what === 'measure'
      ? db
          .select({ id: measures.id })
          .from(measures)
          .innerJoin(priorities, eq(priorities.id, measures.priorityId))
          .where(and(eq(priorities.sectionId, sectionId), eq(measures.code, code), isNull(measures.deletedAt), exceptId ? ne(measures.id, exceptId) : undefined))
      : db
          .select({ id: activities.id })
          .from(activities)
          .innerJoin(measures, eq(measures.id, activities.measureId))
          .innerJoin(priorities, eq(priorities.id, measures.priorityId))
          .where(and(eq(priorities.sectionId, sectionId), eq(activities.code, code), isNull(activities.deletedAt), exceptId ? ne(activities.id, exceptId) : undefined));
  const [taken] = await query.limit(1);
  if (taken) {
    throw new ApiError(409, 'code_taken', `Another ${what} of this chapter has the code ${code}`, [{ field: 'json.code', message: `is already used by another ${what} of this chapter` }]);
  }
}
