import { and, eq, isNull } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { uuidv7 } from 'uuidv7';
import { MeetingCreateBody, MeetingListQuery, MeetingParams, TerritoryMeetingParams } from '../../schema/api/meetings.ts';
import { agendaItems, attendance, groupMembers, groups, meetings, people } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize, can } from '../auth/policy.ts';
import { meetingTimeOffsets } from '../db/meeting-times.ts';
import { conflictedPublicNotes, isPubliclyListed, listMeetings, meetingForParticipants, publicMinutes, requireMeeting, type MeetingRow } from '../db/meetings.ts';
import { requireTerritory } from '../db/territory-lookup.ts';
import type { Actor, Database } from '../env.ts';
import { ApiError, notFound } from '../errors.ts';
import { validate } from '../validation.ts';

/** Its group's members and the territory's coordinators take part in a group's meeting; coordinators in the others. */
export const takesPart = (db: Database, actor: Actor | null, meeting: { territoryId: string; groupId: string | null }) =>
  meeting.groupId
    ? can(db, actor, { to: 'take_part_in_group', territoryId: meeting.territoryId, groupId: meeting.groupId })
    : can(db, actor, { to: 'manage_territory', territoryId: meeting.territoryId });

const publicFields = ({ id, territoryId, groupId, kind, title, startsAt, endsAt, place, status, publishedAt }: MeetingRow) => ({
  id,
  territoryId,
  groupId,
  kind,
  title,
  startsAt,
  endsAt,
  place,
  status,
  publishedAt,
});

export const territoryMeetingRoutes = createRouter()
  .get('/:territory/meetings', validate('param', TerritoryMeetingParams), validate('query', MeetingListQuery), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    const internal = await can(db, c.var.actor, { to: 'read_territory', territoryId: territory.id });
    const meetingList = await listMeetings(db, territory.id, { ...c.req.valid('query'), internal });
    return c.json({ meetings: meetingList }, 200);
  })
  .post('/:territory/meetings', validate('param', TerritoryMeetingParams), validate('json', MeetingCreateBody), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    const { id = uuidv7(), agenda = [], inviteGroup = false, groupId = null, ...fields } = c.req.valid('json');
    if (groupId) {
      const group = await db.query.groups.findFirst({ where: and(eq(groups.id, groupId), isNull(groups.deletedAt)) });
      if (group?.territoryId !== territory.id) {
        throw new ApiError(400, 'validation_failed', 'The request has invalid fields', [{ field: 'json.groupId', message: 'is not a group of this territory' }]);
      }
      await authorize(c, { to: 'take_part_in_group', territoryId: territory.id, groupId });
    } else {
      await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    }
    if (await db.query.meetings.findFirst({ where: eq(meetings.id, id) })) {
      throw new ApiError(409, 'already_exists', 'A meeting with this id exists already', [{ field: 'json.id', message: 'is taken' }]);
    }
    const invitees =
      inviteGroup && groupId
        ? await db
            .select({ personId: groupMembers.personId, planningRole: groupMembers.planningRole })
            .from(groupMembers)
            .innerJoin(people, eq(people.id, groupMembers.personId))
            .where(and(eq(groupMembers.groupId, groupId), isNull(groupMembers.deletedAt), isNull(people.deletedAt)))
        : [];
    const offsets = meetingTimeOffsets(fields, 'json');
    const statements: BatchItem<'sqlite'>[] = [
      db.insert(meetings).values({ ...fields, ...offsets.values, id, territoryId: territory.id, groupId }),
      ...agenda.map((title, index) => db.insert(agendaItems).values({ id: uuidv7(), meetingId: id, position: index + 1, title })),
      ...invitees.map((invitee) => db.insert(attendance).values({ id: uuidv7(), meetingId: id, ...invitee, status: 'invited' })),
    ];
    c.set('audit', { ...c.var.audit, entity: 'meeting', entityId: id, fields: Object.keys(c.req.valid('json')) });
    await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
    return c.json({ ...(await meetingForParticipants(db, await requireMeeting(db, id))), warnings: offsets.warnings }, 201);
  });

export const meetingRoutes = createRouter()
  /**
   * Those who take part get the whole meeting; everybody else gets what is public of it, and its minutes once
   * published. A meeting the public may not even see listed is a 404 to them, not a 403 that confirms it exists.
   */
  .get('/:id', validate('param', MeetingParams), async (c) => {
    const db = c.var.db;
    const meeting = await requireMeeting(db, c.req.valid('param').id);
    c.header('cache-control', 'private, no-store');
    if (await takesPart(db, c.var.actor, meeting)) return c.json(await meetingForParticipants(db, meeting), 200);
    const insider = await can(db, c.var.actor, { to: 'read_territory', territoryId: meeting.territoryId });
    if (!insider && !isPubliclyListed(meeting)) throw notFound('Meeting');
    return c.json({ access: 'public' as const, meeting: publicFields(meeting), minutes: await publicMinutes(db, meeting) }, 200);
  })
  .post('/:id/publish', validate('param', MeetingParams), async (c) => {
    const db = c.var.db;
    const meeting = await requireMeeting(db, c.req.valid('param').id);
    await authorize(c, { to: 'manage_territory', territoryId: meeting.territoryId });
    const conflicted = await conflictedPublicNotes(db, meeting.id);
    if (conflicted) {
      throw new ApiError(409, 'notes_conflicted', `${conflicted} note(s) have texts that a person has to merge before the minutes go public`);
    }
    c.set('audit', { ...c.var.audit, entity: 'meeting', entityId: meeting.id, fields: ['status'] });
    if (meeting.status !== 'published') {
      const now = Date.now();
      await db.update(meetings).set({ status: 'published', publishedAt: now, updatedAt: now }).where(eq(meetings.id, meeting.id));
    }
    const published = await requireMeeting(db, meeting.id);
    return c.json({ meeting: publicFields(published), minutes: (await publicMinutes(db, published))! }, 200);
  });
