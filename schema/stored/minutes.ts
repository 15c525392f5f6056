/**
 * A meeting's published minutes as the PWA keeps them for offline reading and printing (key `minutes:<id>`): the
 * `minutes` of `GET /api/meetings/:id/minutes` (worker/db/meetings.ts `publicMinutes`). A copy in another shape is
 * dropped and fetched again (pwa/territory/offline-snapshot.ts).
 */
import * as v from 'valibot';
import { NOTE_KINDS, TASK_STATUSES } from '../enums.ts';
import { Count, Id, meetingEntries, Millis, Text } from './common.ts';
import { StoredHearingState, StoredPublicHearing } from './hearings.ts';

const Note = v.object({ id: Id, kind: v.picklist(NOTE_KINDS), body: Text });

export const StoredMinutes = v.object({
  meeting: v.object({
    id: Id,
    territoryId: Id,
    territorySlug: Text,
    territoryName: Text,
    groupId: v.nullable(Id),
    groupName: v.nullable(Text),
    ...meetingEntries,
    publishedAt: v.nullable(Millis),
  }),
  agendaItems: v.array(v.object({ id: Id, position: v.number(), title: Text, presenter: v.nullable(Text), notes: v.array(Note) })),
  otherNotes: v.array(Note),
  tasks: v.array(v.object({ id: Id, assignee: Text, description: Text, dueOn: v.nullable(Text), status: v.picklist(TASK_STATUSES) })),
  attendeeCount: Count,
  // a public hearing's minutes carry its vote and the settlement of its comments, in the shapes of the hearing's page
  hearing: v.nullable(v.object({ votes: v.nullable(StoredHearingState.entries.results), settlement: StoredPublicHearing.entries.settlement })),
});
