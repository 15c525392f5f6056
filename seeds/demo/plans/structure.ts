/**
 * A plan's content as the plan files write it (section → priority → measure → activity), expanded here into the
 * rows of plan_sections, priorities, measures, activities and their links. Keys are local to the plan; ids are
 * childId(<entity>, "<plan>/<key>").
 */
import type { TargetGroupCode } from '../../../schema/codelists.ts';
import type {
  actionPlanItems,
  actionPlans,
  activities,
  activityMunicipalities,
  activityServices,
  evaluations,
  measures,
  planSections,
  priorities,
} from '../../../schema/tables.ts';
import { childId, groupId, municipalityId, planId, serviceId } from '../keys.ts';

type ActivityRow = typeof activities.$inferInsert;

export type ActivitySpec = Omit<ActivityRow, 'id' | 'planId' | 'measureId' | 'position'> & {
  key: string;
  /** [service key, relation]: the catalogue entries this activity keeps running or creates */
  services?: readonly (readonly [string, 'supports' | 'creates'])[];
  /** ČSÚ codes of the municipalities where the activity happens */
  municipalities?: readonly string[];
};
export type MeasureSpec = { key: string; code: string; title: string; description?: string; need?: string; activities: ActivitySpec[] };
export type PrioritySpec = {
  key: string;
  kind: (typeof priorities.$inferInsert)['kind'];
  code: string;
  title: string;
  measures: MeasureSpec[];
};
export type SectionSpec = {
  key: string;
  title: string;
  /** null for the cross-cutting chapter */
  targetGroupCode: TargetGroupCode | null;
  workingGroup?: string;
  priorities: PrioritySpec[];
};

/** The three standard priorities of a target-group chapter, as the South Bohemian plans name them. */
export const PRIORITY_TITLES = {
  system: 'Podpora systému sociálních služeb',
  development: 'Rozvoj systému služeb',
  accompanying: 'Doprovodné služby a aktivity',
} as const;

export const activityIdOf = (plan: string, activity: string) => childId('activity', `${plan}/${activity}`);

export function expandPlan(plan: string, sections: readonly SectionSpec[]) {
  const rows = {
    sections: [] as (typeof planSections.$inferInsert)[],
    priorities: [] as (typeof priorities.$inferInsert)[],
    measures: [] as (typeof measures.$inferInsert)[],
    activities: [] as ActivityRow[],
    activityServices: [] as (typeof activityServices.$inferInsert)[],
    activityMunicipalities: [] as (typeof activityMunicipalities.$inferInsert)[],
  };
  const thePlan = planId(plan);
  sections.forEach((section, sectionIndex) => {
    const sectionId = childId('plan_section', `${plan}/${section.key}`);
    rows.sections.push({
      id: sectionId,
      planId: thePlan,
      targetGroupCode: section.targetGroupCode,
      workingGroupId: section.workingGroup ? groupId(section.workingGroup) : null,
      title: section.title,
      position: sectionIndex + 1,
    });
    section.priorities.forEach((priority, priorityIndex) => {
      const priorityId = childId('priority', `${plan}/${priority.key}`);
      rows.priorities.push({ id: priorityId, planId: thePlan, sectionId, kind: priority.kind, code: priority.code, title: priority.title, position: priorityIndex + 1 });
      priority.measures.forEach((measure, measureIndex) => {
        const measureId = childId('measure', `${plan}/${measure.key}`);
        const { activities: activitySpecs, key: _measureKey, ...measureRow } = measure;
        rows.measures.push({ ...measureRow, id: measureId, planId: thePlan, priorityId, position: measureIndex + 1 });
        activitySpecs.forEach((activity, activityIndex) => {
          const { key, services = [], municipalities = [], ...activityRow } = activity;
          const id = activityIdOf(plan, key);
          rows.activities.push({ ...activityRow, id, planId: thePlan, measureId, position: activityIndex + 1 });
          rows.activityServices.push(...services.map(([service, relation]) => ({ activityId: id, serviceId: serviceId(service), relation })));
          rows.activityMunicipalities.push(...municipalities.map((code) => ({ activityId: id, municipalityId: municipalityId(code) })));
        });
      });
    });
  });
  return rows;
}

export type ActionPlanSpec = {
  plan: string;
  year: number;
  approvedOn: string | null;
  /** [activity key, planned cost in CZK] */
  items: readonly (readonly [string, number | null])[];
};

export function expandActionPlans(specs: readonly ActionPlanSpec[]) {
  const plans: (typeof actionPlans.$inferInsert)[] = [];
  const items: (typeof actionPlanItems.$inferInsert)[] = [];
  for (const spec of specs) {
    const id = childId('action_plan', `${spec.plan}/${spec.year}`);
    plans.push({ id, planId: planId(spec.plan), year: spec.year, approvedOn: spec.approvedOn });
    items.push(
      ...spec.items.map(([activity, plannedCostCzk]) => ({
        id: childId('action_plan_item', `${spec.plan}/${spec.year}/${activity}`),
        actionPlanId: id,
        activityId: activityIdOf(spec.plan, activity),
        plannedCostCzk,
      })),
    );
  }
  return { plans, items };
}

export type EvaluationSpec = Omit<typeof evaluations.$inferInsert, 'id' | 'activityId'> & { plan: string; activity: string };

export const expandEvaluations = (specs: readonly EvaluationSpec[]): (typeof evaluations.$inferInsert)[] =>
  specs.map(({ plan, activity, ...row }) => ({
    ...row,
    id: childId('evaluation', `${plan}/${activity}/${row.year}`),
    activityId: activityIdOf(plan, activity),
    planId: planId(plan),
  }));
