/**
 * A territory's public page as the PWA keeps it for offline reading (key `overview:<slug>`): the answer of
 * `GET /api/territories/:territory/overview` (worker/db/territory-overview.ts). A copy in another shape is dropped
 * and fetched again (pwa/territory/offline-snapshot.ts). The plan and the meeting shapes are the region page's too.
 */
import * as v from 'valibot';
import { DOCUMENT_KINDS } from '../enums.ts';
import { CHECKLIST_STATUSES, PROJECT_ACTIVITY_KINDS, TERRITORY_KINDS } from '../enums.ts';
import { Count, Id, meetingEntries, Millis, Text, Texts, Year } from './common.ts';
import { planEntries } from './plan-pages.ts';

export const TerritoryKind = v.picklist(TERRITORY_KINDS);

/** the plan a territory's page shows: `inForce` when approved and its period (or extension) not yet over */
export const StoredOverviewPlan = v.object({
  ...planEntries,
  approvedOn: v.nullable(Text),
  approved: v.boolean(),
  inForce: v.boolean(),
});

/** a public meeting as the calendar of a territory or a region lists it */
export const StoredPublicMeeting = v.object({
  id: Id,
  ...meetingEntries,
  groupName: v.nullable(Text),
  territoryId: Id,
  territorySlug: Text,
  territoryName: Text,
});

const TerritoryLink = v.object({ id: Id, slug: Text, name: Text, kind: TerritoryKind });

const Project = v.object({
  id: Id,
  territoryId: Id,
  registrationNumber: v.nullable(Text),
  name: Text,
  implementer: Text,
  partners: Texts,
  startsOn: Text,
  endsOn: Text,
  programme: v.nullable(Text),
  budgetCzk: v.nullable(v.number()),
  updatedAt: Millis,
  activities: v.array(
    v.object({ kind: v.picklist(PROJECT_ACTIVITY_KINDS), status: v.picklist(CHECKLIST_STATUSES), doneOn: v.nullable(Text), note: v.nullable(Text) }),
  ),
});

const Document = v.object({
  id: Id,
  territoryId: Id,
  projectId: v.nullable(Id),
  kind: v.picklist(DOCUMENT_KINDS),
  title: Text,
  issuedOn: v.nullable(Text),
  isPublic: v.boolean(),
  fileName: v.nullable(Text),
  mimeType: v.nullable(Text),
  sizeBytes: v.nullable(Count),
  fileUrl: v.nullable(Text),
  hasBody: v.boolean(),
  updatedAt: Millis,
});

export const StoredTerritoryOverview = v.object({
  territory: v.object({
    ...TerritoryLink.entries,
    parentId: v.nullable(Id),
    planningSince: v.nullable(Year),
    description: v.nullable(Text),
    web: v.nullable(Text),
    contactEmail: v.nullable(Text),
    contactPhone: v.nullable(Text),
    regionCode: Text,
    regionName: Text,
    parent: v.nullable(TerritoryLink),
    subTerritories: v.array(TerritoryLink),
  }),
  plan: v.nullable(StoredOverviewPlan),
  plans: v.array(v.omit(StoredOverviewPlan, ['inForce'])),
  projects: v.object({ current: v.array(Project), past: v.array(Project) }),
  documents: v.array(Document),
  pressReleases: v.array(Document),
  upcomingMeetings: v.array(StoredPublicMeeting),
  targetGroups: v.array(v.object({ code: Text, name: Text, nameEn: Text, workingGroups: v.array(v.object({ id: Id, name: Text })) })),
  workingGroups: v.object({
    thematic: v.array(v.object({ id: Id, name: Text, description: v.nullable(Text), targetGroupCode: v.nullable(Text) })),
    territorial: v.array(v.object({ id: Id, name: Text, description: v.nullable(Text), subTerritorySlug: v.nullable(Text), subTerritoryName: v.nullable(Text) })),
  }),
});
