import { and, asc, eq, gte, isNull, lt, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { groupMembers, groups, meetings, people, targetGroups, tasks, territories, userRoles } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import { ApiError, notFound } from '../errors.ts';
import { findTerritory } from './territories.ts';
import { pragueNow } from './public-calendar.ts';

const subTerritories = alias(territories, 'sub_territories');

/** What anybody may know of a group: no people in it. */
const publicGroupColumns = {
  id: groups.id,
  territoryId: groups.territoryId,
  kind: groups.kind,
  name: groups.name,
  targetGroupCode: groups.targetGroupCode,
  targetGroupName: targetGroups.name,
  subTerritoryId: groups.subTerritoryId,
  subTerritorySlug: subTerritories.slug,
  subTerritoryName: subTerritories.name,
  description: groups.description,
  position: groups.position,
};

const groupQuery = (db: Database) =>
  db
    .select(publicGroupColumns)
    .from(groups)
    .leftJoin(targetGroups, eq(targetGroups.code, groups.targetGroupCode))
    .leftJoin(subTerritories, eq(subTerritories.id, groups.subTerritoryId));

export const listGroups = (db: Database, territoryId: string) =>
  groupQuery(db)
    .where(and(eq(groups.territoryId, territoryId), isNull(groups.deletedAt)))
    .orderBy(asc(groups.position), asc(groups.name));

export async function findGroup(db: Database, id: string) {
  const [group] = await groupQuery(db).where(and(eq(groups.id, id), isNull(groups.deletedAt))).limit(1);
  return group;
}

export async function requireGroup(db: Database, id: string) {
  const group = await findGroup(db, id);
  if (!group) throw notFound('Group');
  return group;
}

/** The group's members; their e-mail and phone only for those who work with them (`withContacts`). */
export async function listGroupMembers(db: Database, groupId: string, withContacts: boolean) {
  const rows = await db
    .select({
      id: groupMembers.id,
      personId: people.id,
      name: people.name,
      organization: people.organization,
      role: groupMembers.role,
      planningRole: groupMembers.planningRole,
      email: people.email,
      phone: people.phone,
    })
    .from(groupMembers)
    .innerJoin(people, eq(people.id, groupMembers.personId))
    .where(and(eq(groupMembers.groupId, groupId), isNull(groupMembers.deletedAt), isNull(people.deletedAt)))
    .orderBy(asc(people.name));
  return rows.map(({ email, phone, ...member }) => (withContacts ? { ...member, email, phone } : member));
}

/** A target group code and a sub-area (slug or id) as the group's columns, or 400 naming the field. */
export async function resolveGroupFocus(db: Database, territoryId: string, input: { targetGroupCode?: string | null; subTerritory?: string | null }) {
  const focus: { targetGroupCode?: string | null; subTerritoryId?: string | null } = {};
  if (input.targetGroupCode !== undefined) {
    if (input.targetGroupCode !== null && !(await db.query.targetGroups.findFirst({ where: eq(targetGroups.code, input.targetGroupCode) }))) {
      throw new ApiError(400, 'validation_failed', 'The request has invalid fields', [{ field: 'json.targetGroupCode', message: 'is not a target group' }]);
    }
    focus.targetGroupCode = input.targetGroupCode;
  }
  if (input.subTerritory !== undefined) {
    const sub = input.subTerritory === null ? null : await findTerritory(db, input.subTerritory);
    if (input.subTerritory !== null && sub?.parentId !== territoryId) {
      throw new ApiError(400, 'validation_failed', 'The request has invalid fields', [{ field: 'json.subTerritory', message: 'is not a sub-area of this territory' }]);
    }
    focus.subTerritoryId = sub?.id ?? null;
  }
  return focus;
}

const personColumns = {
  id: people.id,
  territoryId: people.territoryId,
  name: people.name,
  organization: people.organization,
  email: people.email,
  phone: people.phone,
  planningRole: people.planningRole,
  userId: people.userId,
};

export const listPeople = (db: Database, territoryId: string) =>
  db.select(personColumns).from(people).where(and(eq(people.territoryId, territoryId), isNull(people.deletedAt))).orderBy(asc(people.name));

export async function findPerson(db: Database, id: string) {
  const [person] = await db.select(personColumns).from(people).where(and(eq(people.id, id), isNull(people.deletedAt))).limit(1);
  return person;
}

/**
 * Linking a person to an account is what lets that account write its groups' minutes, so the account must already
 * belong to the territory, and be nobody else there.
 */
export async function checkAccountLink(db: Database, territoryId: string, userId: string, personId?: string) {
  const fail = (message: string) => new ApiError(400, 'validation_failed', 'The request has invalid fields', [{ field: 'json.userId', message }]);
  const role = await db.query.userRoles.findFirst({ where: and(eq(userRoles.userId, userId), eq(userRoles.territoryId, territoryId)) });
  if (!role) throw fail('is not an account of this territory');
  const [taken] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.territoryId, territoryId), eq(people.userId, userId), isNull(people.deletedAt), personId ? ne(people.id, personId) : undefined))
    .limit(1);
  if (taken) throw fail('is linked to another person of this territory');
}

/**
 * Tasks of the group not done yet, from meetings before its next one: what the next meeting goes through first.
 * The public sees those of published minutes only.
 */
export async function openTasks(db: Database, groupId: string, publishedOnly: boolean) {
  const [nextMeeting] = await db
    .select({ id: meetings.id, title: meetings.title, kind: meetings.kind, startsAt: meetings.startsAt, endsAt: meetings.endsAt, place: meetings.place, status: meetings.status })
    .from(meetings)
    // today's meeting is still "the next one" all day, while it is being held
    .where(and(eq(meetings.groupId, groupId), isNull(meetings.deletedAt), gte(meetings.startsAt, pragueNow().slice(0, 10))))
    .orderBy(asc(meetings.startsAt))
    .limit(1);
  const rows = await db
    .select({
      id: tasks.id,
      assignee: tasks.assignee,
      description: tasks.description,
      dueOn: tasks.dueOn,
      status: tasks.status,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      meetingStartsAt: meetings.startsAt,
    })
    .from(tasks)
    .innerJoin(meetings, eq(meetings.id, tasks.meetingId))
    .where(
      and(
        eq(tasks.groupId, groupId),
        eq(tasks.status, 'open'),
        isNull(tasks.deletedAt),
        isNull(meetings.deletedAt),
        nextMeeting ? lt(meetings.startsAt, nextMeeting.startsAt) : undefined,
        publishedOnly ? eq(meetings.status, 'published') : undefined,
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(tasks.dueOn), asc(tasks.createdAt));
  return { nextMeeting: nextMeeting ?? null, tasks: rows };
}
