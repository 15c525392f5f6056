/**
 * A territory's groups and a group's page as the PWA keeps them for offline reading: `groups:<slug>` (the answers of
 * `GET /api/territories/:territory` and `/groups`) and `group:<person or public>:<id>` (`GET /api/groups/:id` with the
 * group's meetings and open tasks, pwa/groups/group-data.ts). A copy in another shape is dropped and fetched again.
 */
import * as v from 'valibot';
import { GROUP_KINDS, GROUP_MEMBER_ROLES, PLANNING_ROLES } from '../enums.ts';
import { TASK_STATUSES } from '../enums.ts';
import { Id, meetingEntries, Millis, Text } from './common.ts';
import { TerritoryKind } from './territory.ts';


const Group = v.object({
  id: Id,
  territoryId: Id,
  kind: v.picklist(GROUP_KINDS),
  name: Text,
  targetGroupCode: v.nullable(Text),
  targetGroupName: v.nullable(Text),
  subTerritoryId: v.nullable(Id),
  subTerritorySlug: v.nullable(Text),
  subTerritoryName: v.nullable(Text),
  description: v.nullable(Text),
  position: v.number(),
});

export const StoredTerritoryGroups = v.object({
  territory: v.object({
    id: Id,
    slug: Text,
    name: Text,
    kind: TerritoryKind,
    parentId: v.nullable(Id),
    planningSince: v.nullable(v.pipe(v.number(), v.integer())),
    description: v.nullable(Text),
    web: v.nullable(Text),
    regionName: Text,
  }),
  groups: v.array(Group),
});

const Member = v.object({
  id: Id,
  personId: Id,
  name: Text,
  organization: v.nullable(Text),
  role: v.picklist(GROUP_MEMBER_ROLES),
  planningRole: v.picklist(PLANNING_ROLES),
});

export const StoredGroupPage = v.object({
  group: Group,
  // Contacts only reach the group's members and coordinators; the public sees no members (null). The variant with
  // contacts comes first: a union keeps the first that fits, and the plain one would strip the contacts.
  members: v.nullable(v.array(v.union([v.object({ ...Member.entries, email: v.nullable(Text), phone: v.nullable(Text) }), Member]))),
  meetings: v.array(
    v.object({
      id: Id,
      territoryId: Id,
      groupId: v.nullable(Id),
      groupName: v.nullable(Text),
      ...meetingEntries,
      publishedAt: v.nullable(Millis),
    }),
  ),
  openTasks: v.array(
    v.object({
      id: Id,
      assignee: Text,
      description: Text,
      dueOn: v.nullable(Text),
      status: v.picklist(TASK_STATUSES),
      meetingId: Id,
      meetingTitle: Text,
      meetingStartsAt: Text,
    }),
  ),
});
