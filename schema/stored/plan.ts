/**
 * A plan as the PWA keeps it in IndexedDB for offline reading (`snapshots`, key `plan:<id>`): the answer of
 * `GET /api/plans/:id/snapshot` (worker/db/plan-snapshot.ts). The server leaves out empty fields (`dropEmpty`), so
 * they are optional here. A copy in another shape is dropped and fetched again (pwa/plan/plan-data.ts).
 */
import * as v from 'valibot';
import { ACTIVITY_SERVICE_RELATIONS, FUNDING_SOURCES, PRIORITY_KINDS } from '../enums.ts';
import { Count, Id, NamesById, Text, Texts, Year } from './common.ts';
import { StoredPlanSummary } from './plan-pages.ts';


const StoredActivity = v.object({
  id: Id,
  code: Text,
  title: Text,
  description: v.optional(Text),
  responsible: v.optional(Text),
  partners: v.optional(Texts),
  startYear: v.optional(Year),
  endYear: v.optional(Year),
  estimatedCostCzk: v.optional(v.number()),
  funding: v.optional(v.array(v.object({ source: v.picklist(FUNDING_SOURCES), amountCzk: v.number() }))),
  indicators: v.optional(v.array(v.object({ name: Text, unit: Text, target: v.number() }))),
  municipalityIds: v.optional(v.array(Id)),
  services: v.optional(v.array(v.object({ serviceId: Id, relation: v.picklist(ACTIVITY_SERVICE_RELATIONS) }))),
});

const StoredMeasure = v.object({
  id: Id,
  code: Text,
  title: Text,
  description: v.optional(Text),
  need: v.optional(Text),
  activities: v.array(StoredActivity),
});

const StoredPriority = v.object({ id: Id, kind: v.picklist(PRIORITY_KINDS), code: Text, title: Text, measures: v.array(StoredMeasure) });

const StoredSection = v.object({
  id: Id,
  title: Text,
  targetGroupCode: v.optional(Text),
  workingGroupId: v.optional(Id),
  priorities: v.array(StoredPriority),
});

export const StoredPlanSnapshot = v.object({
  plan: v.object({
    ...StoredPlanSummary.entries,
    territory: v.nullable(v.object({ id: Id, slug: Text, name: Text })),
  }),
  sections: v.array(StoredSection),
  names: v.object({
    targetGroups: v.record(v.string(), v.object({ name: Text, nameEn: Text })),
    workingGroups: NamesById,
    municipalities: NamesById,
    services: NamesById,
  }),
  totals: v.object({ sections: Count, priorities: Count, measures: Count, activities: Count, estimatedCostCzk: v.number() }),
});
