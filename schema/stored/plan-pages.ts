/**
 * The plan's pages other than its tree, as the PWA keeps their answers for offline reading (pwa/territory/
 * offline-snapshot.ts, keys `plan-meta:`, `plan-report:`, `plan-monitoring:`, `gaps:`): `GET /api/plans/:id`,
 * `/api/plans/:id/evaluation-report/:year`, `/api/plans/:id/monitoring`, `/api/territories/:territory/gaps`. A copy
 * an older app saved in another shape is dropped and fetched again, never shown typed wrongly.
 */
import * as v from 'valibot';
import { EVALUATION_STATUSES, PLAN_STATUSES, PRIORITY_KINDS } from '../enums.ts';
import { Count, Czk, Id, Millis, Text, Year } from './common.ts';


export const PlanStatus = v.picklist(PLAN_STATUSES);
export const PriorityKind = v.picklist(PRIORITY_KINDS);
export const TerritoryRef = v.object({ id: Id, slug: Text, name: Text });
export const TargetGroupName = v.object({ code: Text, name: Text });

/** a plan's row as the plan routes answer it (worker/db/plan-snapshot.ts `planSummary`) */
/** what every answer about a plan says of it */
export const planEntries = {
  id: Id,
  territoryId: Id,
  title: Text,
  periodFrom: Year,
  periodTo: Year,
  extendedTo: v.nullable(Year),
  status: PlanStatus,
  version: Count,
};

export const StoredPlanSummary = v.object({
  ...planEntries,
  previousVersionId: v.nullable(Id),
  approvedOn: v.nullable(Text),
  approvalResolution: v.nullable(Text),
  updatedAt: Millis,
});

export const StoredPlanMeta = v.object({
  plan: StoredPlanSummary,
  territory: TerritoryRef,
  versions: v.array(v.object({ id: Id, version: Count, status: PlanStatus, title: Text, approvedOn: v.nullable(Text) })),
  allowedTransitions: v.pipe(v.array(PlanStatus), v.readonly()),
});

/** activities by their evaluation's status, and those without one */
const ByStatus = v.object({
  in_progress: Count,
  done: Count,
  not_started: Count,
  postponed: Count,
  cancelled: Count,
  not_evaluated: Count,
});

const Totals = v.object({
  activities: Count,
  evaluated: Count,
  byStatus: ByStatus,
  estimatedCostCzk: Czk,
  plannedCzk: Czk,
  spentCzk: Czk,
  averageProgress: v.nullable(v.number()),
});

const Indicator = v.union([
  v.object({ name: Text, unit: Text, target: v.number(), value: v.nullable(v.number()) }),
  // a value reported for an indicator the plan no longer has
  v.object({ name: Text, unit: v.null(), target: v.null(), value: v.number() }),
]);

const ReportActivity = v.object({
  id: Id,
  code: Text,
  title: Text,
  responsible: v.nullable(Text),
  inActionPlan: v.boolean(),
  plannedCzk: v.nullable(Czk),
  status: v.nullable(v.picklist(EVALUATION_STATUSES)),
  progress: v.nullable(v.number()),
  spentCzk: v.nullable(Czk),
  comment: v.nullable(Text),
  indicators: v.array(Indicator),
});

export const StoredEvaluationReport = v.object({
  plan: StoredPlanSummary,
  year: Year,
  sections: v.array(
    v.object({
      id: Id,
      title: Text,
      targetGroupCode: v.nullable(Text),
      totals: Totals,
      priorities: v.array(
        v.object({
          id: Id,
          kind: PriorityKind,
          code: Text,
          title: Text,
          totals: Totals,
          measures: v.array(v.object({ id: Id, code: Text, title: Text, totals: Totals, activities: v.array(ReportActivity) })),
        }),
      ),
    }),
  ),
  totals: Totals,
});

export const StoredMonitoring = v.object({
  plan: StoredPlanSummary,
  years: v.array(Year),
  latestEvaluatedYear: v.nullable(Year),
  totals: Totals,
  byTargetGroup: v.array(v.object({ ...Totals.entries, sectionId: Id, targetGroupCode: v.nullable(Text), title: Text })),
  byPriority: v.array(v.object({ ...Totals.entries, priorityId: Id, sectionId: Id, kind: PriorityKind, code: Text, title: Text })),
  byPriorityKind: v.array(v.object({ ...Totals.entries, kind: PriorityKind })),
  byYear: v.array(v.object({ year: Year, plannedCzk: Czk, spentCzk: Czk, activities: Count, byStatus: ByStatus })),
});

const GAP_STATUSES = ['covered', 'need_without_service', 'service_without_measure', 'nothing'] as const;

export const StoredGaps = v.object({
  territory: TerritoryRef,
  plan: v.nullable(StoredPlanSummary),
  targetGroups: v.array(TargetGroupName),
  municipalities: v.array(
    v.object({
      municipalityId: Id,
      code: Text,
      name: Text,
      cells: v.array(
        v.object({
          targetGroupCode: Text,
          status: v.picklist(GAP_STATUSES),
          services: Count,
          measures: Count,
          activities: Count,
          serviceIds: v.array(Id),
          activityIds: v.array(Id),
        }),
      ),
    }),
  ),
  summary: v.object({ covered: Count, need_without_service: Count, service_without_measure: Count, nothing: Count }),
});
