/**
 * A region's pages as the PWA keeps them for offline reading: its territories (`region:<CODE>`, the answer of
 * `GET /api/regions/:code/overview`) and their plans side by side (`region-plans:<CODE>`, `GET /api/regions/:code/plans`,
 * worker/db/plan-region.ts). A copy in another shape is dropped and fetched again (pwa/territory/offline-snapshot.ts).
 */
import * as v from 'valibot';
import { EVALUATION_STATUSES } from '../enums.ts';
import { Count, Czk, Id, Text, Year } from './common.ts';
import { PriorityKind, TargetGroupName } from './plan-pages.ts';
import { StoredOverviewPlan, StoredPublicMeeting, TerritoryKind } from './territory.ts';


export const StoredRegionOverview = v.object({
  region: v.object({ code: Text, name: Text }),
  territories: v.array(
    v.object({
      id: Id,
      slug: Text,
      name: Text,
      kind: TerritoryKind,
      planningSince: v.nullable(Year),
      subTerritories: v.array(v.object({ slug: Text, name: Text, kind: TerritoryKind })),
      plan: v.nullable(StoredOverviewPlan),
      nextPublicMeeting: v.nullable(StoredPublicMeeting),
    }),
  ),
});

const ByStatus = v.object(Object.fromEntries(EVALUATION_STATUSES.map((status) => [status, Count])) as Record<(typeof EVALUATION_STATUSES)[number], typeof Count>);

export const StoredRegionPlans = v.object({
  region: v.object({ id: Id, code: Text, name: Text }),
  targetGroups: v.array(TargetGroupName),
  priorityKinds: v.pipe(v.array(PriorityKind), v.readonly()),
  territories: v.array(
    v.object({
      territory: v.object({ id: Id, slug: Text, name: Text, kind: Text }),
      // only a plan the public may see is compared: approved, or in consultation
      plan: v.nullable(
        v.object({
          id: Id,
          title: Text,
          periodFrom: Year,
          periodTo: Year,
          extendedTo: v.nullable(Year),
          status: v.picklist(['approved', 'consultation']),
          version: Count,
          approvedOn: v.nullable(Text),
          approvalResolution: v.nullable(Text),
        }),
      ),
      totals: v.object({ measures: Count, activities: Count, estimatedCostCzk: Czk }),
      evaluation: v.nullable(v.object({ year: v.nullable(Year), byStatus: ByStatus, spentCzk: Czk })),
      cells: v.array(v.object({ targetGroupCode: v.nullable(Text), priorityKind: PriorityKind, measures: Count, activities: Count, estimatedCostCzk: Czk })),
    }),
  ),
});
