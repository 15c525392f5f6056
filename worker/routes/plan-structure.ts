import { and, eq, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { uuidv7 } from 'uuidv7';
import {
  ActivityBody,
  ActivityPatchBody,
  IdParams,
  MeasureBody,
  MeasurePatchBody,
  PriorityBody,
  PriorityPatchBody,
  SectionBody,
  SectionPatchBody,
} from '../../schema/api/plans.ts';
import { activities, activityMunicipalities, activityServices, measures, planSections, priorities } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { findActivity, findMeasure, findPlan, findPriority, findSection, requireEditablePlan, requireVisiblePlan, type Plan } from '../db/plan-access.ts';
import { assertCodeFree, invalid, linkIssues, sectionIssues, throwIfAny, yearIssues } from '../db/plan-rules.ts';
import { runWrites, type WriteStatement } from '../db/d1-writes.ts';
import { tombstoneBranch } from '../db/plans.ts';
import { validate } from '../validation.ts';

/** The row the path names, with its plan, after checking the caller coordinates the plan's territory and the plan is not frozen. */
async function editable<T extends { plan: Plan }>(c: Context<AppEnv>, row: T | undefined, what: string): Promise<T> {
  if (!row) throw new ApiError(404, 'not_found', `${what} not found`, [{ field: 'param.id', message: `is not a ${what.toLowerCase()} of any plan` }]);
  await requireEditablePlan(c, row.plan);
  return row;
}

/** New rows go after their siblings unless the client says where. */
const nextPosition = (table: typeof planSections | typeof priorities | typeof measures | typeof activities, parent: string, parentId: string) =>
  sql<number>`(SELECT coalesce(max(${sql.identifier('position')}), 0) + 1 FROM ${table} WHERE ${sql.identifier(parent)} = ${parentId} AND deleted_at IS NULL)`;

const audit = (c: Context<AppEnv>, entity: string, entityId: string, body?: object) =>
  c.set('audit', { ...c.var.audit, entity, entityId, fields: body ? Object.keys(body) : undefined });

async function activityWithLinks(c: Context<AppEnv>, id: string) {
  const [row, municipalityRows, serviceRows] = await c.var.db.batch([
    c.var.db.select().from(activities).where(eq(activities.id, id)),
    c.var.db.select({ id: activityMunicipalities.municipalityId }).from(activityMunicipalities).where(eq(activityMunicipalities.activityId, id)),
    c.var.db.select({ serviceId: activityServices.serviceId, relation: activityServices.relation }).from(activityServices).where(eq(activityServices.activityId, id)),
  ]);
  return { ...row[0]!, municipalityIds: municipalityRows.map((m) => m.id), services: serviceRows };
}

/** Replaces an activity's links when the body names them. */
function linkStatements(c: Context<AppEnv>, activityId: string, body: { municipalityIds?: string[]; services?: { serviceId: string; relation: 'supports' | 'creates' }[] }) {
  const db = c.var.db;
  const statements: WriteStatement[] = [];
  if (body.municipalityIds) {
    statements.push(db.delete(activityMunicipalities).where(eq(activityMunicipalities.activityId, activityId)));
    if (body.municipalityIds.length) statements.push(db.insert(activityMunicipalities).values(body.municipalityIds.map((municipalityId) => ({ activityId, municipalityId }))));
  }
  if (body.services) {
    statements.push(db.delete(activityServices).where(eq(activityServices.activityId, activityId)));
    if (body.services.length) statements.push(db.insert(activityServices).values(body.services.map((s) => ({ activityId, ...s }))));
  }
  return statements;
}

/**
 * Editing a plan's structure: sections (a target group's chapter with its working group, or a cross-cutting one),
 * priorities, measures and activities. Coordinators of the plan's territory only; an approved plan answers 409.
 * A row moves only within its own plan, so no edit can hang a branch under another plan's tree.
 */
export const planStructureRoutes = createRouter()
  .post('/plans/:id/sections', validate('param', IdParams), validate('json', SectionBody), async (c) => {
    const db = c.var.db;
    const plan = await requireEditablePlan(c, await findPlan(db, c.req.valid('param').id));
    const body = c.req.valid('json');
    throwIfAny(await sectionIssues(db, plan, body));
    const id = uuidv7();
    audit(c, 'plan_section', id, body);
    const [section] = await db
      .insert(planSections)
      .values({ ...body, id, planId: plan.id, position: body.position ?? nextPosition(planSections, 'plan_id', plan.id) })
      .returning();
    return c.json({ section: section! }, 201);
  })
  .patch('/sections/:id', validate('param', IdParams), validate('json', SectionPatchBody), async (c) => {
    const db = c.var.db;
    const { section, plan } = await editable(c, await findSection(db, c.req.valid('param').id), 'Section');
    const body = c.req.valid('json');
    throwIfAny(await sectionIssues(db, plan, body, section.id));
    audit(c, 'plan_section', section.id, body);
    const [updated] = await db.update(planSections).set(body).where(eq(planSections.id, section.id)).returning();
    return c.json({ section: updated! }, 200);
  })
  .delete('/sections/:id', validate('param', IdParams), async (c) => {
    const { section } = await editable(c, await findSection(c.var.db, c.req.valid('param').id), 'Section');
    audit(c, 'plan_section', section.id);
    await runWrites(c.var.db, tombstoneBranch(c.var.db, 'section', section.id));
    return c.json({ id: section.id, deleted: true }, 200);
  })
  .post('/sections/:id/priorities', validate('param', IdParams), validate('json', PriorityBody), async (c) => {
    const db = c.var.db;
    const { section, plan } = await editable(c, await findSection(db, c.req.valid('param').id), 'Section');
    const body = c.req.valid('json');
    const id = uuidv7();
    audit(c, 'priority', id, body);
    const [priority] = await db
      .insert(priorities)
      .values({ ...body, id, planId: plan.id, sectionId: section.id, position: body.position ?? nextPosition(priorities, 'section_id', section.id) })
      .returning();
    return c.json({ priority: priority! }, 201);
  })
  .patch('/priorities/:id', validate('param', IdParams), validate('json', PriorityPatchBody), async (c) => {
    const db = c.var.db;
    const { priority, plan } = await editable(c, await findPriority(db, c.req.valid('param').id), 'Priority');
    const body = c.req.valid('json');
    if (body.sectionId && body.sectionId !== priority.sectionId) {
      const target = await findSection(db, body.sectionId);
      if (!target) invalid([{ field: 'json.sectionId', message: 'is not a section of any plan' }]);
      if (target.plan.id !== plan.id) invalid([{ field: 'json.sectionId', message: 'belongs to another plan: a priority moves only within its plan' }]);
    }
    audit(c, 'priority', priority.id, body);
    const [updated] = await db.update(priorities).set(body).where(eq(priorities.id, priority.id)).returning();
    return c.json({ priority: updated! }, 200);
  })
  .delete('/priorities/:id', validate('param', IdParams), async (c) => {
    const { priority } = await editable(c, await findPriority(c.var.db, c.req.valid('param').id), 'Priority');
    audit(c, 'priority', priority.id);
    await runWrites(c.var.db, tombstoneBranch(c.var.db, 'priority', priority.id));
    return c.json({ id: priority.id, deleted: true }, 200);
  })
  .post('/priorities/:id/measures', validate('param', IdParams), validate('json', MeasureBody), async (c) => {
    const db = c.var.db;
    const { priority, plan } = await editable(c, await findPriority(db, c.req.valid('param').id), 'Priority');
    const body = c.req.valid('json');
    await assertCodeFree(db, 'measure', priority.sectionId, body.code);
    const id = uuidv7();
    audit(c, 'measure', id, body);
    const [measure] = await db
      .insert(measures)
      .values({ ...body, id, planId: plan.id, priorityId: priority.id, position: body.position ?? nextPosition(measures, 'priority_id', priority.id) })
      .returning();
    return c.json({ measure: measure! }, 201);
  })
  .patch('/measures/:id', validate('param', IdParams), validate('json', MeasurePatchBody), async (c) => {
    const db = c.var.db;
    const { measure, sectionId, plan } = await editable(c, await findMeasure(db, c.req.valid('param').id), 'Measure');
    const body = c.req.valid('json');
    let targetSection = sectionId;
    if (body.priorityId && body.priorityId !== measure.priorityId) {
      const target = await findPriority(db, body.priorityId);
      if (!target) invalid([{ field: 'json.priorityId', message: 'is not a priority of any plan' }]);
      if (target.plan.id !== plan.id) invalid([{ field: 'json.priorityId', message: 'belongs to another plan: a measure moves only within its plan' }]);
      targetSection = target.priority.sectionId;
    }
    if (body.code !== undefined || targetSection !== sectionId) await assertCodeFree(db, 'measure', targetSection, body.code ?? measure.code, measure.id);
    audit(c, 'measure', measure.id, body);
    const [updated] = await db.update(measures).set(body).where(eq(measures.id, measure.id)).returning();
    return c.json({ measure: updated! }, 200);
  })
  .delete('/measures/:id', validate('param', IdParams), async (c) => {
    const { measure } = await editable(c, await findMeasure(c.var.db, c.req.valid('param').id), 'Measure');
    audit(c, 'measure', measure.id);
    await runWrites(c.var.db, tombstoneBranch(c.var.db, 'measure', measure.id));
    return c.json({ id: measure.id, deleted: true }, 200);
  })
  .post('/measures/:id/activities', validate('param', IdParams), validate('json', ActivityBody), async (c) => {
    const db = c.var.db;
    const { measure, sectionId, plan } = await editable(c, await findMeasure(db, c.req.valid('param').id), 'Measure');
    const { municipalityIds, services, ...fields } = c.req.valid('json');
    throwIfAny([...yearIssues(plan, fields, 'json'), ...(await linkIssues(db, { municipalityIds, services }))]);
    await assertCodeFree(db, 'activity', sectionId, fields.code);
    const id = uuidv7();
    audit(c, 'activity', id, c.req.valid('json'));
    await runWrites(db, [
      db.insert(activities).values({ ...fields, id, planId: plan.id, measureId: measure.id, position: fields.position ?? nextPosition(activities, 'measure_id', measure.id) }),
      ...linkStatements(c, id, { municipalityIds, services }),
    ]);
    return c.json({ activity: await activityWithLinks(c, id) }, 201);
  })
  .get('/activities/:id', validate('param', IdParams), async (c) => {
    const row = await findActivity(c.var.db, c.req.valid('param').id);
    if (!row) throw new ApiError(404, 'not_found', 'Activity not found');
    await requireVisiblePlan(c, row.plan.id);
    return c.json({ activity: await activityWithLinks(c, row.activity.id), planId: row.plan.id }, 200);
  })
  .patch('/activities/:id', validate('param', IdParams), validate('json', ActivityPatchBody), async (c) => {
    const db = c.var.db;
    const { activity, sectionId, plan } = await editable(c, await findActivity(db, c.req.valid('param').id), 'Activity');
    const body = c.req.valid('json');
    const { municipalityIds, services, ...fields } = body;
    let targetSection = sectionId;
    if (fields.measureId && fields.measureId !== activity.measureId) {
      const target = await findMeasure(db, fields.measureId);
      if (!target) invalid([{ field: 'json.measureId', message: 'is not a measure of any plan' }]);
      if (target.plan.id !== plan.id) invalid([{ field: 'json.measureId', message: 'belongs to another plan: an activity moves only within its plan' }]);
      targetSection = target.sectionId;
    }
    const startYear = fields.startYear !== undefined ? fields.startYear : activity.startYear;
    const endYear = fields.endYear !== undefined ? fields.endYear : activity.endYear;
    const order = startYear != null && endYear != null && startYear > endYear
      ? [{ field: fields.endYear !== undefined ? 'json.endYear' : 'json.startYear', message: fields.endYear !== undefined ? 'must not be before startYear' : 'must not be after endYear' }]
      : [];
    throwIfAny([...yearIssues(plan, fields, 'json'), ...order, ...(await linkIssues(db, { municipalityIds, services }))]);
    if (fields.code !== undefined || targetSection !== sectionId) await assertCodeFree(db, 'activity', targetSection, fields.code ?? activity.code, activity.id);
    // Always touch the row: a change of links alone must still move the activity's seq for sync and the snapshot.
    audit(c, 'activity', activity.id, body);
    await runWrites(db, [
      db.update(activities).set({ ...fields, updatedAt: Date.now() }).where(and(eq(activities.id, activity.id))),
      ...linkStatements(c, activity.id, { municipalityIds, services }),
    ]);
    return c.json({ activity: await activityWithLinks(c, activity.id) }, 200);
  })
  .delete('/activities/:id', validate('param', IdParams), async (c) => {
    const { activity } = await editable(c, await findActivity(c.var.db, c.req.valid('param').id), 'Activity');
    audit(c, 'activity', activity.id);
    await runWrites(c.var.db, tombstoneBranch(c.var.db, 'activity', activity.id));
    return c.json({ id: activity.id, deleted: true }, 200);
  });
