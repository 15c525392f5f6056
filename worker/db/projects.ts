import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { CHECKLIST_STATUSES, documents, planningProjects, projectActivities, PROJECT_ACTIVITY_KINDS } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import { ApiError, notFound } from '../errors.ts';

export type ActivityKind = (typeof PROJECT_ACTIVITY_KINDS)[number];

const projectColumns = {
  id: planningProjects.id,
  territoryId: planningProjects.territoryId,
  registrationNumber: planningProjects.registrationNumber,
  name: planningProjects.name,
  implementer: planningProjects.implementer,
  partners: planningProjects.partners,
  startsOn: planningProjects.startsOn,
  endsOn: planningProjects.endsOn,
  programme: planningProjects.programme,
  budgetCzk: planningProjects.budgetCzk,
  updatedAt: planningProjects.updatedAt,
};

const activityColumns = {
  projectId: projectActivities.projectId,
  kind: projectActivities.kind,
  status: projectActivities.status,
  doneOn: projectActivities.doneOn,
  note: projectActivities.note,
};

type Activity = { kind: ActivityKind; status: (typeof CHECKLIST_STATUSES)[number]; doneOn: string | null; note: string | null };

/** A 400 naming one field, for rules that need the stored row (the project's period) and so cannot live in the schema. */
export const invalidField = (field: string, message: string) =>
  new ApiError(400, 'validation_failed', 'The request has invalid fields', [{ field, message }]);

/** The checklist in the order of PROJECT_ACTIVITY_KINDS, with every kind present ("planned" when not yet touched). */
function checklist(rows: Activity[]): Activity[] {
  const byKind = new Map(rows.map((row) => [row.kind, row]));
  return PROJECT_ACTIVITY_KINDS.map((kind) => byKind.get(kind) ?? { kind, status: 'planned', doneOn: null, note: null });
}

async function withActivities<T extends { id: string }>(db: Database, projects: T[]) {
  if (projects.length === 0) return [];
  const rows = await db
    .select(activityColumns)
    .from(projectActivities)
    .where(and(inArray(projectActivities.projectId, projects.map((p) => p.id)), isNull(projectActivities.deletedAt)));
  return projects.map((project) => ({
    ...project,
    activities: checklist(rows.filter((row) => row.projectId === project.id).map(({ projectId: _, ...activity }) => activity)),
  }));
}

/** A territory's projects, newest first, each with its checklist. */
export async function listProjects(db: Database, territoryIds: string[]) {
  if (territoryIds.length === 0) return [];
  const projects = await db
    .select(projectColumns)
    .from(planningProjects)
    .where(and(inArray(planningProjects.territoryId, territoryIds), isNull(planningProjects.deletedAt)))
    .orderBy(desc(planningProjects.startsOn), asc(planningProjects.name));
  return withActivities(db, projects);
}

export async function findProject(db: Database, id: string) {
  const [project] = await db
    .select(projectColumns)
    .from(planningProjects)
    .where(and(eq(planningProjects.id, id), isNull(planningProjects.deletedAt)))
    .limit(1);
  if (!project) return undefined;
  const [withChecklist] = await withActivities(db, [project]);
  return withChecklist;
}

export async function requireProject(db: Database, id: string) {
  const project = await findProject(db, id);
  if (!project) throw notFound('Project');
  return project;
}

/** Any row with this id, deleted or not: client-made ids may not be reused. */
export async function projectIdTaken(db: Database, id: string) {
  const [row] = await db.select({ id: planningProjects.id }).from(planningProjects).where(eq(planningProjects.id, id)).limit(1);
  return row !== undefined;
}

/**
 * For a date tied to a project (a document's issue date, a checklist date): 400 naming the field when the project
 * belongs to another territory or the date falls outside its period.
 */
export async function checkDateInProject(
  db: Database,
  input: { projectId: string; territoryId: string; date: string | null | undefined; projectField: string; dateField: string },
) {
  const project = await findProject(db, input.projectId);
  if (!project || project.territoryId !== input.territoryId) throw invalidField(input.projectField, 'is not a project of this territory');
  if (input.date && (input.date < project.startsOn || input.date > project.endsOn)) {
    throw invalidField(input.dateField, `must be within the project's period ${project.startsOn} – ${project.endsOn}`);
  }
  return project;
}

/** Before a project's period changes: the documents and checklist dates it would leave outside. */
export async function datesOutsidePeriod(db: Database, projectId: string, startsOn: string, endsOn: string) {
  const [document] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(
      and(
        eq(documents.projectId, projectId),
        isNull(documents.deletedAt),
        isNotNull(documents.issuedOn),
        or(lt(documents.issuedOn, startsOn), gt(documents.issuedOn, endsOn)),
      ),
    )
    .limit(1);
  const [activity] = await db
    .select({ kind: projectActivities.kind })
    .from(projectActivities)
    .where(
      and(
        eq(projectActivities.projectId, projectId),
        isNull(projectActivities.deletedAt),
        isNotNull(projectActivities.doneOn),
        or(lt(projectActivities.doneOn, startsOn), gt(projectActivities.doneOn, endsOn)),
      ),
    )
    .limit(1);
  return { documentId: document?.id, activityKind: activity?.kind };
}
