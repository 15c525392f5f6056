import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { groups, plans, regions, targetGroups, territories } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import { notFound } from '../errors.ts';
import { listDocuments } from './documents.ts';
import { listProjects } from './projects.ts';
import { pragueNow, upcomingPublicMeetings } from './public-calendar.ts';

/** Everything on a territory that is meant for publication; contacts are the planning office's, never a person's. */
const profileColumns = {
  id: territories.id,
  slug: territories.slug,
  name: territories.name,
  kind: territories.kind,
  parentId: territories.parentId,
  planningSince: territories.planningSince,
  description: territories.description,
  web: territories.web,
  contactEmail: territories.contactEmail,
  contactPhone: territories.contactPhone,
  regionCode: regions.code,
  regionName: regions.name,
};

export async function requireTerritoryProfile(db: Database, slugOrId: string) {
  const [territory] = await db
    .select(profileColumns)
    .from(territories)
    .innerJoin(regions, eq(regions.id, territories.regionId))
    .where(and(isNull(territories.deletedAt), or(eq(territories.slug, slugOrId), eq(territories.id, slugOrId))))
    .limit(1);
  if (!territory) throw notFound('Territory');
  return territory;
}

const relativeColumns = { id: territories.id, slug: territories.slug, name: territories.name, kind: territories.kind };

export const subTerritories = (db: Database, parentId: string) =>
  db
    .select(relativeColumns)
    .from(territories)
    .where(and(eq(territories.parentId, parentId), isNull(territories.deletedAt)))
    .orderBy(asc(territories.name));

/** The territory with its sub-areas: their meetings and documents are part of its public face. */
export async function territoryFamilyIds(db: Database, territoryId: string) {
  return [territoryId, ...(await subTerritories(db, territoryId)).map((t) => t.id)];
}

type PlanSummary = {
  id: string;
  territoryId: string;
  title: string;
  periodFrom: number;
  periodTo: number;
  extendedTo: number | null;
  status: (typeof plans.status.enumValues)[number];
  version: number;
  approvedOn: string | null;
};

const planColumns = {
  id: plans.id,
  territoryId: plans.territoryId,
  title: plans.title,
  periodFrom: plans.periodFrom,
  periodTo: plans.periodTo,
  extendedTo: plans.extendedTo,
  status: plans.status,
  version: plans.version,
  approvedOn: plans.approvedOn,
};

export const plansOf = (db: Database, territoryIds: string[]) =>
  territoryIds.length === 0
    ? Promise.resolve([])
    : db
        .select(planColumns)
        .from(plans)
        .where(and(inArray(plans.territoryId, territoryIds), isNull(plans.deletedAt)))
        .orderBy(desc(plans.periodFrom), desc(plans.version));

const approved = (plan: PlanSummary) => plan.status === 'approved' || (plan.status === 'archived' && plan.approvedOn !== null);

/**
 * The plan to show first: the approved plan in force this year, else one being prepared for this year, else the
 * newest. `inForce` tells the page whether the district has a valid plan right now.
 */
export function currentPlan(list: PlanSummary[], year: number) {
  const covers = (plan: PlanSummary) => plan.periodFrom <= year && year <= (plan.extendedTo ?? plan.periodTo);
  const byNewest = [...list].sort((a, b) => b.periodFrom - a.periodFrom || b.version - a.version);
  const inForce = byNewest.find((plan) => covers(plan) && plan.status === 'approved');
  const chosen = inForce ?? byNewest.find((plan) => covers(plan) && plan.status !== 'archived') ?? byNewest[0];
  return chosen ? { ...chosen, approved: approved(chosen), inForce: inForce !== undefined } : null;
}

/** Working groups by kind, thematic ones also under their target group. */
async function workingGroups(db: Database, territoryId: string) {
  const rows = await db
    .select({
      id: groups.id,
      kind: groups.kind,
      name: groups.name,
      description: groups.description,
      targetGroupCode: groups.targetGroupCode,
      subTerritorySlug: territories.slug,
      subTerritoryName: territories.name,
    })
    .from(groups)
    .leftJoin(territories, eq(territories.id, groups.subTerritoryId))
    .where(and(eq(groups.territoryId, territoryId), isNull(groups.deletedAt), inArray(groups.kind, ['working_thematic', 'working_territorial'])))
    .orderBy(asc(groups.position), asc(groups.name));
  const codes = [...new Set(rows.flatMap((g) => (g.targetGroupCode ? [g.targetGroupCode] : [])))];
  const names = codes.length
    ? await db.select().from(targetGroups).where(inArray(targetGroups.code, codes)).orderBy(asc(targetGroups.position))
    : [];
  const thematic = rows.filter((g) => g.kind === 'working_thematic');
  return {
    targetGroups: names.map((tg) => ({
      code: tg.code,
      name: tg.name,
      nameEn: tg.nameEn,
      workingGroups: thematic.filter((g) => g.targetGroupCode === tg.code).map((g) => ({ id: g.id, name: g.name })),
    })),
    workingGroups: {
      thematic: thematic.map(({ id, name, description, targetGroupCode }) => ({ id, name, description, targetGroupCode })),
      territorial: rows
        .filter((g) => g.kind === 'working_territorial')
        .map(({ id, name, description, subTerritorySlug, subTerritoryName }) => ({ id, name, description, subTerritorySlug, subTerritoryName })),
    },
  };
}

/** The public page of a territory in one response, so the PWA can keep it for offline reading. */
export async function territoryOverview(db: Database, slugOrId: string, now = new Date()) {
  const territory = await requireTerritoryProfile(db, slugOrId);
  const children = await subTerritories(db, territory.id);
  const family = [territory.id, ...children.map((t) => t.id)];
  const today = pragueNow(now).slice(0, 10);
  const [parent] = territory.parentId
    ? await db.select(relativeColumns).from(territories).where(eq(territories.id, territory.parentId)).limit(1)
    : [];
  const [groupsPart, planList, projects, documents, pressReleases, upcomingMeetings] = await Promise.all([
    workingGroups(db, territory.id),
    plansOf(db, [territory.id]),
    listProjects(db, [territory.id]),
    listDocuments(db, family, { includePrivate: false, excludeKind: 'press_release', limit: 200 }),
    listDocuments(db, family, { includePrivate: false, kind: 'press_release', limit: 50 }),
    upcomingPublicMeetings(db, { territoryIds: family }, 20, pragueNow(now)),
  ]);
  return {
    territory: { ...territory, parent: parent ?? null, subTerritories: children },
    ...groupsPart,
    plan: currentPlan(planList, Number(today.slice(0, 4))),
    plans: planList.map((plan) => ({ ...plan, approved: approved(plan) })),
    projects: {
      current: projects.filter((p) => p.endsOn >= today),
      past: projects.filter((p) => p.endsOn < today),
    },
    documents,
    pressReleases,
    upcomingMeetings,
  };
}

/** The region page: each top-level territory with the state of its process. */
export async function regionOverview(db: Database, code: string, now = new Date()) {
  const [region] = await db.select({ id: regions.id, code: regions.code, name: regions.name }).from(regions).where(eq(sql`upper(${regions.code})`, code.toUpperCase())).limit(1);
  if (!region) throw notFound('Region');
  const all = await db
    .select({ ...relativeColumns, parentId: territories.parentId, planningSince: territories.planningSince })
    .from(territories)
    .where(and(eq(territories.regionId, region.id), isNull(territories.deletedAt)))
    .orderBy(asc(territories.name));
  const topLevel = all.filter((t) => t.parentId === null || !all.some((p) => p.id === t.parentId));
  const familyOf = (id: string) => [id, ...all.filter((t) => t.parentId === id).map((t) => t.id)];
  const year = Number(pragueNow(now).slice(0, 4));
  const [planList, meetingList] = await Promise.all([
    plansOf(db, topLevel.map((t) => t.id)),
    upcomingPublicMeetings(db, { regionId: region.id }, 1000, pragueNow(now)),
  ]);
  return {
    region: { code: region.code, name: region.name },
    territories: topLevel.map((territory) => {
      const family = new Set(familyOf(territory.id));
      return {
        id: territory.id,
        slug: territory.slug,
        name: territory.name,
        kind: territory.kind,
        planningSince: territory.planningSince,
        subTerritories: all.filter((t) => t.parentId === territory.id).map(({ slug, name, kind }) => ({ slug, name, kind })),
        plan: currentPlan(planList.filter((p) => p.territoryId === territory.id), year),
        nextPublicMeeting: meetingList.find((m) => family.has(m.territoryId)) ?? null,
      };
    }),
  };
}
