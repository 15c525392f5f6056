/**
 * A hearing's answers as the PWA keeps them for a reload without signal: the public page by code (`hearing.public.<CODE>`)
 * and the coordinator's state (`hearing.state.<id>`), in the shapes of schema/api/hearings.ts; plus the phone's own
 * participant and vote (`kv`). A copy in another shape is dropped: the page is fetched again, and a phone whose
 * participant no longer fits makes a new one (its sign-in is then asked again, never sent with a broken token).
 */
import * as v from 'valibot';
import { COMMENT_TARGETS, CONSENT_TEXTS, type ConsentVersion, HEARING_KINDS, type HearingState, type PublicHearing } from '../api/hearings.ts';
import { SETTLEMENTS } from '../enums.ts';
import { Count, Id, Millis, Text } from './common.ts';

const Phase = v.picklist(['scheduled', 'open', 'closed']);
const Kind = v.picklist(HEARING_KINDS);
const ItemRef = { id: Id, code: Text, title: Text };

const VoteOption = v.object({ id: Id, label: Text, measureId: v.nullable(Id), position: v.number() });
const VoteResults = v.object({
  options: v.array(v.object({ optionId: Id, label: Text, points: v.number(), voters: Count })),
  participants: Count,
  pointsPerParticipant: v.nullable(v.number()),
});

const SettledComment = v.object({
  id: Id,
  target: v.picklist(COMMENT_TARGETS),
  targetItem: v.nullable(v.object(ItemRef)),
  body: Text,
  authorName: v.nullable(Text),
  settlement: v.picklist(SETTLEMENTS),
  settlementReason: v.nullable(Text),
  appliedToPlan: v.boolean(),
});

export const StoredPublicHearing = v.object({
  hearing: v.object({
    code: Id,
    meetingId: Id,
    kind: Kind,
    title: Text,
    startsAt: Text,
    endsAt: v.nullable(Text),
    place: v.nullable(Text),
    phase: Phase,
    territory: v.object({ slug: Text, name: Text }),
  }),
  agenda: v.array(v.object({ id: Id, position: v.number(), title: Text, presenter: v.nullable(Text) })),
  currentAgendaItemId: v.nullable(Id),
  plan: v.nullable(
    v.object({
      id: Id,
      title: Text,
      status: Text,
      measures: v.array(v.object({ ...ItemRef, description: v.nullable(Text), activities: v.array(v.object({ ...ItemRef, description: v.nullable(Text) })) })),
    }),
  ),
  municipalities: v.array(v.object({ id: Id, name: Text })),
  signedInCount: Count,
  voting: v.object({ open: v.boolean(), closed: v.boolean(), points: v.nullable(v.number()), options: v.array(VoteOption) }),
  results: v.nullable(VoteResults),
  comments: v.array(v.object({ id: Id, target: v.picklist(COMMENT_TARGETS), targetId: v.nullable(Id), body: Text, authorName: v.nullable(Text), createdAt: Millis })),
  settlement: v.nullable(v.object({ meetingId: Id, title: Text, startsAt: Text, publishedAt: Millis, comments: v.array(SettledComment) })),
  consent: v.object({ version: v.picklist(Object.keys(CONSENT_TEXTS) as [ConsentVersion, ...ConsentVersion[]]), cs: Text, en: Text }),
});

export const StoredHearingState = v.object({
  meetingId: Id,
  kind: Kind,
  title: Text,
  code: v.nullable(Id),
  phase: Phase,
  openedAt: v.nullable(Millis),
  closedAt: v.nullable(Millis),
  currentAgendaItemId: v.nullable(Id),
  votePoints: v.nullable(v.number()),
  votingOpen: v.boolean(),
  votingClosedAt: v.nullable(Millis),
  resultsVisible: v.boolean(),
  options: v.array(VoteOption),
  results: VoteResults,
  signedInCount: Count,
  commentCount: Count,
  settlementPublishedAt: v.nullable(Millis),
});

// The answers' types are the schemas' outputs: a field added to or retyped in schema/api/hearings.ts breaks the build.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: [Same<v.InferOutput<typeof StoredPublicHearing>, PublicHearing>, Same<v.InferOutput<typeof StoredHearingState>, HearingState>] = [true, true];
void sameShape;

export const StoredParticipant = v.object({ token: Id, attendanceId: v.nullable(Id), name: v.nullable(Text) });
export const StoredOwnVote = v.object({ entityId: Id, allocations: v.record(v.string(), v.number()) });
