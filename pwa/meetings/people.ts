/**
 * Names for the attendance sheet. Pulled attendance rows name group members only by `personId`; their names come
 * from the meeting's participant view and the group's member list, saved per person on this device when the meeting
 * is opened online, so the sheet reads the same offline.
 */
import { ApiError, api, request } from '../lib/api.ts';
import { StoredGroupMembers, StoredMeetingPeople } from '../../schema/stored/values.ts';
import { writeSnapshot } from '../lib/local-db.ts';
import { readSnapshot } from '../lib/saved-reads.ts';

export type Person = { personId: string; name: string; organization: string | null; planningRole: string | null };

export type MeetingPeople = {
  /** names by attendance row (guests typed in by name included) */
  byAttendance: Record<string, { name: string | null; organization: string | null }>;
  /** the group's members: who can be marked present, and who a task can go to */
  members: Person[];
  groupName?: string;
};

const EMPTY: MeetingPeople = { byAttendance: {}, members: [] };
const key = (owner: string, meetingId: string) => `meeting-people:${owner}:${meetingId}`;

async function fetchPeople(meetingId: string, groupId: string | null): Promise<MeetingPeople> {
  // a meeting made offline is not on the server yet (404): its group's members are still worth having
  const meeting = await request(api.api.meetings[':id'].$get({ param: { id: meetingId } })).catch((error: unknown) => {
    if (error instanceof ApiError && error.isNotFound) return null;
    throw error;
  });
  const byAttendance: MeetingPeople['byAttendance'] = {};
  const members: Person[] = [];
  let groupName: string | undefined;
  if (meeting?.access === 'participant') {
    groupName = meeting.group?.name;
    for (const row of meeting.attendance) {
      byAttendance[row.id] = { name: row.name, organization: row.organization };
      if (row.personId && row.name) members.push({ personId: row.personId, name: row.name, organization: row.organization, planningRole: row.planningRole });
    }
  }
  if (groupId) {
    const group = await request(api.api.groups[':id'].$get({ param: { id: groupId } }));
    groupName = group.group.name;
    for (const member of group.members ?? []) {
      if (!members.some((known) => known.personId === member.personId)) {
        members.push({ personId: member.personId, name: member.name, organization: member.organization, planningRole: member.planningRole });
      }
    }
  }
  members.sort((a, b) => a.name.localeCompare(b.name, 'cs'));
  return { byAttendance, members, groupName };
}

/** The server's names when online (and saved for later), the saved ones offline, nothing for a meeting made here. */
export async function loadMeetingPeople(owner: string, meetingId: string, groupId: string | null): Promise<MeetingPeople> {
  const saved = await readSnapshot(key(owner, meetingId), StoredMeetingPeople).catch(() => undefined);
  if (!navigator.onLine) return saved?.data ?? (groupId ? groupMembersSaved(owner, groupId) : EMPTY);
  try {
    const people = await fetchPeople(meetingId, groupId);
    await writeSnapshot({ key: key(owner, meetingId), version: 1, savedAt: Date.now(), data: people }).catch(() => undefined);
    return people;
  } catch {
    if (saved) return saved.data;
    return groupId ? groupMembersSaved(owner, groupId) : EMPTY;
  }
}

/** The group page saves its members under this key; a meeting made offline borrows them. */
export const groupSnapshotKey = (owner: string | null, groupId: string) => `group:${owner ?? 'public'}:${groupId}`;

async function groupMembersSaved(owner: string, groupId: string): Promise<MeetingPeople> {
  const saved = await readSnapshot(groupSnapshotKey(owner, groupId), StoredGroupMembers).catch(() => undefined);
  return { byAttendance: {}, members: (saved?.data.members ?? []).map(({ personId, name, organization, planningRole }) => ({ personId, name, organization, planningRole })), groupName: saved?.data.group.name };
}
