import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import {
  ProjectActivityBody,
  ProjectActivityParams,
  ProjectCreateBody,
  ProjectParams,
  ProjectPatchBody,
  TerritoryProjectParams,
} from '../../schema/api/projects.ts';
import { planningProjects, projectActivities } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize } from '../auth/policy.ts';
import { datesOutsidePeriod, invalidField, listProjects, projectIdTaken, requireProject } from '../db/projects.ts';
import { requireTerritory } from '../db/territory-lookup.ts';
import { ApiError } from '../errors.ts';
import { validate } from '../validation.ts';

/** A territory's planning projects (projekty KPSS): public to read, managed by its coordinators. */
export const territoryProjectRoutes = createRouter()
  .get('/:territory/projects', validate('param', TerritoryProjectParams), async (c) => {
    const territory = await requireTerritory(c.var.db, c.req.valid('param').territory);
    return c.json({ projects: await listProjects(c.var.db, [territory.id]) }, 200);
  })
  .post('/:territory/projects', validate('param', TerritoryProjectParams), validate('json', ProjectCreateBody), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    const { id = uuidv7(), ...fields } = c.req.valid('json');
    if (await projectIdTaken(db, id)) throw new ApiError(409, 'already_exists', 'A project with this id already exists');
    c.set('audit', { ...c.var.audit, entity: 'planning_project', entityId: id, fields: Object.keys(fields) });
    await db.insert(planningProjects).values({ id, territoryId: territory.id, ...fields });
    return c.json({ project: await requireProject(db, id) }, 201);
  });

/** One project by its id, and its key activities checklist. */
export const projectRoutes = createRouter()
  .get('/:id', validate('param', ProjectParams), async (c) => {
    return c.json({ project: await requireProject(c.var.db, c.req.valid('param').id) }, 200);
  })
  .patch('/:id', validate('param', ProjectParams), validate('json', ProjectPatchBody), async (c) => {
    const db = c.var.db;
    const project = await requireProject(db, c.req.valid('param').id);
    await authorize(c, { to: 'manage_territory', territoryId: project.territoryId });
    const changes = c.req.valid('json');
    const startsOn = changes.startsOn ?? project.startsOn;
    const endsOn = changes.endsOn ?? project.endsOn;
    const periodField = changes.endsOn ? 'json.endsOn' : 'json.startsOn';
    if (startsOn > endsOn) throw invalidField(periodField, changes.endsOn ? 'must not be before startsOn' : 'must not be after endsOn');
    if (startsOn !== project.startsOn || endsOn !== project.endsOn) {
      const outside = await datesOutsidePeriod(db, project.id, startsOn, endsOn);
      if (outside.documentId) throw invalidField(periodField, `would leave document ${outside.documentId} issued outside the period`);
      if (outside.activityKind) throw invalidField(periodField, `would leave the ${outside.activityKind} activity done outside the period`);
    }
    c.set('audit', { ...c.var.audit, entity: 'planning_project', entityId: project.id, fields: Object.keys(changes) });
    await db.update(planningProjects).set(changes).where(eq(planningProjects.id, project.id));
    return c.json({ project: await requireProject(db, project.id) }, 200);
  })
  .delete('/:id', validate('param', ProjectParams), async (c) => {
    const db = c.var.db;
    const project = await requireProject(db, c.req.valid('param').id);
    await authorize(c, { to: 'manage_territory', territoryId: project.territoryId });
    c.set('audit', { ...c.var.audit, entity: 'planning_project', entityId: project.id });
    await db.update(planningProjects).set({ deletedAt: Date.now() }).where(eq(planningProjects.id, project.id));
    return c.json({ id: project.id, deleted: true }, 200);
  })
  .put('/:id/activities/:kind', validate('param', ProjectActivityParams), validate('json', ProjectActivityBody), async (c) => {
    const db = c.var.db;
    const { id, kind } = c.req.valid('param');
    const project = await requireProject(db, id);
    await authorize(c, { to: 'manage_territory', territoryId: project.territoryId });
    const { status, note = null, doneOn = null } = c.req.valid('json');
    if (doneOn && (doneOn < project.startsOn || doneOn > project.endsOn)) {
      throw invalidField('json.doneOn', `must be within the project's period ${project.startsOn} – ${project.endsOn}`);
    }
    c.set('audit', { ...c.var.audit, entity: 'project_activity', entityId: project.id, fields: ['status', 'note', 'doneOn'] });
    await db
      .insert(projectActivities)
      .values({ id: uuidv7(), projectId: project.id, kind, status, note, doneOn })
      .onConflictDoUpdate({ target: [projectActivities.projectId, projectActivities.kind], set: { status, note, doneOn, deletedAt: null } });
    const updated = await requireProject(db, project.id);
    return c.json({ activity: updated.activities.find((a) => a.kind === kind)!, project: updated }, 200);
  });
