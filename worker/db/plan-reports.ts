import { and, eq, isNull } from 'drizzle-orm';
import { actionPlanItems, actionPlans, evaluations, EVALUATION_STATUSES, PRIORITY_KINDS } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import { lastYear, type Plan } from './plan-access.ts';
import { planSummary } from './plan-snapshot.ts';
import { loadPlanTree, type PlanTree } from './plan-tree.ts';

type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];
type Evaluation = typeof evaluations.$inferSelect;
type StatusCounts = Record<EvaluationStatus | 'not_evaluated', number>;

const noStatuses = (): StatusCounts => ({ not_started: 0, in_progress: 0, done: 0, postponed: 0, cancelled: 0, not_evaluated: 0 });

/** The plan's structure with its yearly records: planned costs by year and evaluations, keyed by activity. */
async function loadPlanRecords(db: Database, plan: Plan) {
  const [tree, [planned, evaluated]] = await Promise.all([
    loadPlanTree(db, plan.id),
    db.batch([
      db
        .select({ activityId: actionPlanItems.activityId, year: actionPlans.year, plannedCostCzk: actionPlanItems.plannedCostCzk })
        .from(actionPlanItems)
        .innerJoin(actionPlans, eq(actionPlans.id, actionPlanItems.actionPlanId))
        .where(and(eq(actionPlans.planId, plan.id), isNull(actionPlans.deletedAt), isNull(actionPlanItems.deletedAt))),
      db.select().from(evaluations).where(and(eq(evaluations.planId, plan.id), isNull(evaluations.deletedAt))),
    ]),
  ]);
  const key = (activityId: string, year: number) => `${activityId}|${year}`;
  const plannedBy = new Map(planned.map((p) => [key(p.activityId, p.year), p.plannedCostCzk]));
  const evaluationBy = new Map(evaluated.map((e) => [key(e.activityId, e.year), e]));
  return {
    tree,
    planned,
    evaluations: evaluated,
    plannedIn: (activityId: string, year: number) => plannedBy.get(key(activityId, year)),
    evaluationIn: (activityId: string, year: number) => evaluationBy.get(key(activityId, year)),
  };
}

const runsIn = (a: { startYear: number | null; endYear: number | null }, year: number) => (a.startYear ?? -Infinity) <= year && year <= (a.endYear ?? Infinity);

/** Sums over a set of activities; progress is the mean over activities that were not cancelled. */
class Tally {
  activities = 0;
  evaluated = 0;
  plannedCzk = 0;
  spentCzk = 0;
  estimatedCostCzk = 0;
  byStatus = noStatuses();
  private progressSum = 0;
  private progressCount = 0;

  /** `spentCzk` overrides the evaluation's own figure (monitoring sums every year's spending). */
  add(entry: { estimatedCostCzk?: number | null; plannedCzk?: number | null; spentCzk?: number; evaluation?: Evaluation; progressIfNone?: number }) {
    this.activities += 1;
    this.estimatedCostCzk += entry.estimatedCostCzk ?? 0;
    this.plannedCzk += entry.plannedCzk ?? 0;
    const e = entry.evaluation;
    if (e) {
      this.evaluated += 1;
      this.byStatus[e.status] += 1;
    } else this.byStatus.not_evaluated += 1;
    this.spentCzk += entry.spentCzk ?? e?.spentCzk ?? 0;
    if (e?.status === 'cancelled') return;
    const progress = e ? e.progress : entry.progressIfNone;
    if (progress === undefined) return;
    this.progressSum += progress;
    this.progressCount += 1;
  }

  toJSON() {
    return {
      activities: this.activities,
      evaluated: this.evaluated,
      byStatus: this.byStatus,
      estimatedCostCzk: this.estimatedCostCzk,
      plannedCzk: this.plannedCzk,
      spentCzk: this.spentCzk,
      averageProgress: this.progressCount ? Math.round((this.progressSum / this.progressCount) * 10) / 10 : null,
    };
  }
}
export type TallyJson = ReturnType<Tally['toJSON']>;

const childrenOf = <T>(rows: T[], parent: (row: T) => string) => (id: string) => rows.filter((row) => parent(row) === id);

/**
 * Vyhodnocení za rok: per chapter, priority, measure and activity the status, progress, planned vs spent money
 * and comments, with totals at every level. An activity belongs to the year when it is in the year's action plan,
 * was evaluated for it, or its timeline covers it.
 */
export async function evaluationReport(db: Database, plan: Plan, year: number) {
  const records = await loadPlanRecords(db, plan);
  const { tree } = records;
  const prioritiesOf = childrenOf(tree.priorities, (p) => p.sectionId);
  const measuresOf = childrenOf(tree.measures, (m) => m.priorityId);
  const activitiesOf = childrenOf(tree.activities, (a) => a.measureId);
  const total = new Tally();

  const activityEntry = (a: PlanTree['activities'][number], tallies: Tally[]) => {
    const plannedCzk = records.plannedIn(a.id, year);
    const evaluation = records.evaluationIn(a.id, year);
    if (plannedCzk === undefined && !evaluation && !runsIn(a, year)) return [];
    for (const tally of tallies) tally.add({ estimatedCostCzk: a.estimatedCostCzk, plannedCzk, evaluation });
    const values = new Map((evaluation?.indicatorValues ?? []).map((v) => [v.name, v.value]));
    return [
      {
        id: a.id,
        code: a.code,
        title: a.title,
        responsible: a.responsible,
        inActionPlan: plannedCzk !== undefined,
        plannedCzk: plannedCzk ?? null,
        status: evaluation?.status ?? null,
        progress: evaluation?.progress ?? null,
        spentCzk: evaluation?.spentCzk ?? null,
        comment: evaluation?.comment ?? null,
        indicators: [
          ...a.indicators.map((i) => ({ ...i, value: values.get(i.name) ?? null })),
          ...[...values].filter(([name]) => !a.indicators.some((i) => i.name === name)).map(([name, value]) => ({ name, unit: null, target: null, value })),
        ],
      },
    ];
  };

  const sections = tree.sections.flatMap((s) => {
    const sectionTally = new Tally();
    const priorityList = prioritiesOf(s.id).flatMap((p) => {
      const priorityTally = new Tally();
      const measureList = measuresOf(p.id).flatMap((m) => {
        const measureTally = new Tally();
        const activityList = activitiesOf(m.id).flatMap((a) => activityEntry(a, [total, sectionTally, priorityTally, measureTally]));
        return activityList.length ? [{ id: m.id, code: m.code, title: m.title, totals: measureTally.toJSON(), activities: activityList }] : [];
      });
      return measureList.length ? [{ id: p.id, kind: p.kind, code: p.code, title: p.title, totals: priorityTally.toJSON(), measures: measureList }] : [];
    });
    return priorityList.length ? [{ id: s.id, title: s.title, targetGroupCode: s.targetGroupCode, totals: sectionTally.toJSON(), priorities: priorityList }] : [];
  });
  return { plan: planSummary(plan), year, sections, totals: total.toJSON() };
}

/**
 * Monitoring over the whole period, shaped for small charts: progress by target group (chapter), by priority and
 * by kind of priority from each activity's latest evaluation (an activity never evaluated counts as 0 %, a cancelled
 * one is left out of the mean), money planned vs spent per year, and activities by status per year.
 */
export async function planMonitoring(db: Database, plan: Plan) {
  const records = await loadPlanRecords(db, plan);
  const { tree } = records;
  const years: number[] = [];
  for (let y = plan.periodFrom; y <= lastYear(plan); y++) years.push(y);

  const latest = new Map<string, Evaluation>();
  for (const e of records.evaluations) {
    const known = latest.get(e.activityId);
    if (!known || known.year < e.year) latest.set(e.activityId, e);
  }
  const plannedTotal = new Map<string, number>();
  for (const p of records.planned) plannedTotal.set(p.activityId, (plannedTotal.get(p.activityId) ?? 0) + (p.plannedCostCzk ?? 0));
  const spentTotal = new Map<string, number>();
  for (const e of records.evaluations) spentTotal.set(e.activityId, (spentTotal.get(e.activityId) ?? 0) + (e.spentCzk ?? 0));

  const sectionOf = new Map(tree.priorities.map((p) => [p.id, p.sectionId]));
  const priorityOf = new Map(tree.measures.map((m) => [m.id, m.priorityId]));
  const kindOf = new Map(tree.priorities.map((p) => [p.id, p.kind]));
  const bySection = new Map(tree.sections.map((s) => [s.id, new Tally()]));
  const byPriority = new Map(tree.priorities.map((p) => [p.id, new Tally()]));
  const byKind = new Map(PRIORITY_KINDS.map((k) => [k, new Tally()]));
  const total = new Tally();
  for (const a of tree.activities) {
    const priorityId = priorityOf.get(a.measureId)!;
    const evaluation = latest.get(a.id);
    const entry = { estimatedCostCzk: a.estimatedCostCzk, plannedCzk: plannedTotal.get(a.id) ?? 0, spentCzk: spentTotal.get(a.id) ?? 0, evaluation, progressIfNone: 0 };
    for (const tally of [total, bySection.get(sectionOf.get(priorityId)!), byPriority.get(priorityId), byKind.get(kindOf.get(priorityId)!)]) {
      tally?.add(entry);
    }
  }

  const perYear = years.map((year) => {
    const tally = new Tally();
    for (const a of tree.activities) {
      const plannedCzk = records.plannedIn(a.id, year);
      const evaluation = records.evaluationIn(a.id, year);
      if (plannedCzk !== undefined || evaluation || runsIn(a, year)) tally.add({ plannedCzk, evaluation });
    }
    const t = tally.toJSON();
    return { year, plannedCzk: t.plannedCzk, spentCzk: t.spentCzk, activities: t.activities, byStatus: t.byStatus };
  });

  return {
    plan: planSummary(plan),
    years,
    latestEvaluatedYear: records.evaluations.reduce<number | null>((max, e) => (max === null || e.year > max ? e.year : max), null),
    totals: total.toJSON(),
    byTargetGroup: tree.sections.map((s) => ({ sectionId: s.id, targetGroupCode: s.targetGroupCode, title: s.title, ...bySection.get(s.id)!.toJSON() })),
    byPriority: tree.priorities.map((p) => ({ priorityId: p.id, sectionId: p.sectionId, kind: p.kind, code: p.code, title: p.title, ...byPriority.get(p.id)!.toJSON() })),
    byPriorityKind: PRIORITY_KINDS.map((kind) => ({ kind, ...byKind.get(kind)!.toJSON() })).filter((k) => k.activities > 0),
    byYear: perYear,
  };
}
