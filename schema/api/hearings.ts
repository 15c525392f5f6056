/**
 * Public hearings (veřejné projednání, veřejné setkání, kulatý stůl starostů): the contract the Worker and the PWA's
 * tablet and phone screens code against. A hearing is a meeting of a hearing kind (HEARING_KINDS); `:id` is the
 * meeting's id, `:code` its short public code (the phones' link and QR code: `/h/<code>` in the PWA).
 *
 * COORDINATOR ROUTES (a session; a coordinator of the meeting's territory, else 401 / 403)
 *   GET    /api/hearings/:id                                  HearingState: settings, options, live results (always,
 *                                                             even while hidden from the room), counts
 *   POST   /api/hearings/:id/open                             opens hearing mode: stamps openedAt, makes the public
 *                                                             code if there is none → HearingState
 *   PATCH  /api/hearings/:id                                  HearingSettingsBody: points per participant, voting
 *                                                             options, current agenda item, results shown → HearingState.
 *                                                             Points and options cannot change once a vote was cast (409).
 *   POST   /api/hearings/:id/advance                          the next agenda item by position becomes current → HearingState
 *   POST   /api/hearings/:id/voting                           VotingBody { open }: opens or closes voting → HearingState
 *   POST   /api/hearings/:id/close                            closes the hearing (and its voting) → HearingState
 *   GET    /api/hearings/:id/signins                          { signins: HearingSignin[] }: the sign-in sheet (personal data)
 *   GET    /api/hearings/:id/comments                         { comments: HearingComment[] }: all, hidden ones too
 *   POST   /api/hearings/:id/comments/:commentId/moderation   ModerationBody: hide with a reason (kept), or show again
 *                                                             → HearingComment
 *   POST   /api/hearings/:id/comments/:commentId/settlement   SettlementBody: accepted / partly / rejected with a reason;
 *                                                             `applyToPlan` appends it to its measure or activity
 *                                                             (plan in draft or consultation only) → HearingComment
 *   POST   /api/hearings/:id/settlement/publish               publishes the settlement → PublicSettlement
 *   GET    /api/hearings/:id/report                           HearingReport (JSON; the PWA prints it to PDF)
 *   GET    /api/hearings/:id/report-summary.csv               its totals and votes as CSV (sekce;polozka;hodnota)
 *   GET    /api/hearings/:id/report-comments.csv              its comments as CSV, one row each (hidden: no text)
 *                                                             Each file is one table (UTF-8 with BOM, ";" for Czech Excel).
 *
 * PUBLIC ROUTES (no account; rate-limited per address, 429 with Retry-After)
 *   GET    /api/public-hearings/:code                         PublicHearing: never a name of the sign-in sheet, never
 *                                                             the text of a hidden comment, results only when shown
 *   POST   /api/public-hearings/:code/sync/push               the sync push (schema/api/sync.ts): same envelope, same
 *                                                             answers, actor null, only the entities below, all of them
 *                                                             for this hearing. The tablet kiosk uses it too, signed in
 *                                                             or not: what it pushes is the attendees', not the
 *                                                             coordinator's. `/api/sync/push` does not take them.
 *   GET    /api/plans/:id/settlement                          PlanSettlement: the published settlements of the plan's
 *                                                             hearings (public for a plan the public may see)
 *
 * SYNC ENTITIES of the public push (`data` fields; each change's `entityId` is the row's id made on the device)
 *   hearing_signin   HearingSigninFields → a line of the meeting's attendance sheet (table `attendance`, status
 *                    `present`). New only; an upsert of an existing line with the same participantToken corrects it.
 *   hearing_comment  HearingCommentFields → `hearing_comments`. An upsert of an existing comment with the same
 *                    participantToken edits it while the hearing is open and the comment neither hidden nor settled.
 *   vote             VoteFields → `votes`: one row per participant (hearing + participantToken); a later allocation
 *                    replaces the earlier one (whatever its entityId) while voting is open. Needs the participant's
 *                    sign-in (`attendanceId`, same participantToken).
 *   `op: 'delete'` is refused (forbidden) for all three. Rejections: `invalid` (field named: `data.allocations`),
 *   `closed` (not retryable: the hearing is not open, or voting is closed), `forbidden` (another participant's row),
 *   `depends_on_missing` (retryable: the sign-in a vote names has not arrived yet).
 *   `participantToken` is a random UUID the device makes: once per phone, once per person on the tablet kiosk (a new
 *   one for each sign-in, so the next attendee does not act as the previous). It is never shown publicly.
 */
import * as v from 'valibot';
import type { MEETING_KINDS, SETTLEMENTS } from '../enums.ts';
import { Uuid } from './common.ts';

export const HEARING_KINDS = ['public_hearing', 'public_meeting', 'mayors_round_table'] as const satisfies readonly (typeof MEETING_KINDS)[number][];
export type HearingKind = (typeof HEARING_KINDS)[number];

/** Length limits of every text the room types. */
export const HEARING_LIMITS = {
  name: 200,
  organization: 300,
  commentBody: 2000,
  moderationReason: 500,
  settlementReason: 2000,
  optionLabel: 300,
  options: 20,
  maxPoints: 100,
} as const;

/**
 * The consent shown on the sign-in sheet. A sign-in names the version the person saw; the server accepts only the
 * versions listed here, so a changed text gets a new version and old tablets' queued sign-ins still name theirs.
 */
export const CONSENT_TEXTS = {
  '2026-12': {
    cs: 'Souhlasím se zpracováním svého jména, organizace a obce pro účely prezenční listiny tohoto veřejného projednání. Údaje vidí jen koordinátor komunitního plánování, nezveřejňují se a po vypořádání připomínek se uchovávají jen po dobu stanovenou spisovým řádem.',
    en: 'I agree to the processing of my name, organization and municipality for the sign-in sheet of this public hearing. Only the community planning coordinator sees them; they are never published and are kept after the settlement of comments only as long as the filing rules require.',
  },
} as const;
export type ConsentVersion = keyof typeof CONSENT_TEXTS;
export const CURRENT_CONSENT_VERSION: ConsentVersion = '2026-12';

const Text = (max: number) => v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'is required'), v.maxLength(max, `is too long (at most ${max} characters)`));
const OptionalText = (max: number) => v.nullish(v.pipe(v.string('must be text'), v.trim(), v.maxLength(max, `is too long (at most ${max} characters)`)));
const oneOf = <const T extends readonly string[]>(values: T) => v.picklist(values, `must be one of ${values.join(', ')}`);
const Points = v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'), v.maxValue(HEARING_LIMITS.maxPoints, `must be at most ${HEARING_LIMITS.maxPoints}`));

/** The short code in the phones' link: letters and digits, read aloud in the room. */
export const PublicCode = v.pipe(v.string(), v.regex(/^[A-Za-z0-9]{4,16}$/, 'must be a hearing code of 4 to 16 letters and digits'));

export const HearingParams = v.object({ id: Uuid });
export const HearingCommentParams = v.object({ id: Uuid, commentId: Uuid });
export const PublicHearingParams = v.object({ code: PublicCode });
export const PlanSettlementParams = v.object({ id: Uuid });

// ---- coordinator inputs ----

export const VoteOptionInput = v.object({
  /** keep an option's id when editing the list; a new option may come without one */
  id: v.optional(Uuid),
  label: Text(HEARING_LIMITS.optionLabel),
  /** the measure of the plan in consultation this option stands for, if any */
  measureId: v.nullish(Uuid),
});

export const HearingSettingsBody = v.object({
  votePoints: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1'), v.maxValue(HEARING_LIMITS.maxPoints, `must be at most ${HEARING_LIMITS.maxPoints}`))),
  /** the whole list, in the order shown; options left out are removed */
  options: v.optional(v.pipe(v.array(VoteOptionInput, 'must be a list of voting options'), v.maxLength(HEARING_LIMITS.options, `must hold at most ${HEARING_LIMITS.options} options`))),
  /** null: no item on screen */
  currentAgendaItemId: v.nullish(Uuid),
  /** the live results on the room's screen and the phones; shown anyway once voting has closed */
  resultsVisible: v.optional(v.boolean('must be true or false')),
});

export const VotingBody = v.object({ open: v.boolean('must be true or false') });

export const ModerationBody = v.variant('hidden', [
  v.object({ hidden: v.literal(true, 'must be true or false'), reason: Text(HEARING_LIMITS.moderationReason) }),
  v.object({ hidden: v.literal(false, 'must be true or false') }),
], 'must say whether the comment is hidden');

export const SETTLEMENT_ANSWERS = ['accepted', 'partly_accepted', 'rejected'] as const satisfies readonly (typeof SETTLEMENTS)[number][];

export const SettlementBody = v.object({
  settlement: oneOf(SETTLEMENT_ANSWERS),
  reason: Text(HEARING_LIMITS.settlementReason),
  /** append the comment and the answer to its measure's or activity's description (not for rejected or general ones) */
  applyToPlan: v.optional(v.boolean('must be true or false'), false),
});

// ---- sync `data` of the public push ----

export const COMMENT_TARGETS = ['general', 'measure', 'activity'] as const;
export type CommentTarget = (typeof COMMENT_TARGETS)[number];

export const HearingSigninFields = v.object({
  /** must match the hearing of the push's code when sent */
  meetingId: v.optional(Uuid),
  participantToken: Uuid,
  name: Text(HEARING_LIMITS.name),
  /** "public" (veřejnost) or someone speaking for an organization */
  affiliation: oneOf(['organization', 'public'] as const),
  /** required for `organization`, ignored for `public` */
  organization: OptionalText(HEARING_LIMITS.organization),
  /** one of the public page's `municipalities`, or null for "elsewhere" */
  municipalityId: v.nullish(Uuid),
  consent: v.literal(true, 'must be given: the sign-in sheet needs consent to processing personal data'),
  consentVersion: oneOf(Object.keys(CONSENT_TEXTS) as [ConsentVersion, ...ConsentVersion[]]),
});

export const HearingCommentFields = v.object({
  meetingId: v.optional(Uuid),
  participantToken: Uuid,
  /** the author's sign-in, if they signed in: gives the name unless anonymous */
  attendanceId: v.nullish(Uuid),
  target: oneOf(COMMENT_TARGETS),
  /** the measure's or activity's id (of the plan in consultation); none for `general` */
  targetId: v.nullish(Uuid),
  /** plain text; HTML is kept as typed and never rendered */
  body: Text(HEARING_LIMITS.commentBody),
  anonymous: v.boolean('must be true or false'),
  /** a name for a comment from someone who did not sign in (ignored when anonymous) */
  authorName: OptionalText(HEARING_LIMITS.name),
  /** the agenda item on screen when it was typed */
  agendaItemId: v.nullish(Uuid),
});

/** optionId → points; the points must add up to exactly the hearing's points per participant. */
export const Allocations = v.pipe(
  v.record(Uuid, Points, 'must map voting option ids to points'),
  v.check((a) => Object.keys(a).length <= HEARING_LIMITS.options, `must name at most ${HEARING_LIMITS.options} options`),
);

export const VoteFields = v.object({
  meetingId: v.optional(Uuid),
  participantToken: Uuid,
  /** the participant's sign-in (hearing_signin entityId) */
  attendanceId: Uuid,
  allocations: Allocations,
});

export type HearingSettingsBody = v.InferOutput<typeof HearingSettingsBody>;
export type ModerationBody = v.InferOutput<typeof ModerationBody>;
export type SettlementBody = v.InferOutput<typeof SettlementBody>;
export type HearingSigninFields = v.InferInput<typeof HearingSigninFields>;
export type HearingCommentFields = v.InferInput<typeof HearingCommentFields>;
export type VoteFields = v.InferInput<typeof VoteFields>;

/**
 * Why an allocation is refused, as the server says it (the PWA checks before queueing with the same function):
 * null when the points add up. `field` is `data.allocations` or `data.allocations.<optionId>`.
 */
export function allocationIssue(allocations: Record<string, number>, points: number, optionIds: readonly string[]): { field: string; message: string } | null {
  const known = new Set(optionIds);
  for (const id of Object.keys(allocations)) {
    if (!known.has(id)) return { field: `data.allocations.${id}`, message: 'is not a voting option of this hearing' };
  }
  const total = Object.values(allocations).reduce((sum, n) => sum + n, 0);
  if (total !== points) return { field: 'data.allocations', message: `adds up to ${total} points; spread exactly ${points}` };
  return null;
}

// ---- responses ----

export type HearingPhase = 'scheduled' | 'open' | 'closed';

export type VoteOption = { id: string; label: string; measureId: string | null; position: number };
export type VoteResult = { optionId: string; label: string; points: number; voters: number };
export type VoteResults = { options: VoteResult[]; participants: number; pointsPerParticipant: number | null };

export type PlanItemRef = { id: string; code: string; title: string };
export type PublicPlanMeasure = PlanItemRef & { description: string | null; activities: (PlanItemRef & { description: string | null })[] };

export type SettledComment = {
  id: string;
  target: CommentTarget;
  /** the measure or activity, null for a general comment */
  targetItem: PlanItemRef | null;
  body: string;
  /** null when anonymous */
  authorName: string | null;
  settlement: (typeof SETTLEMENTS)[number];
  settlementReason: string | null;
  appliedToPlan: boolean;
};

/** The published vypořádání připomínek of one hearing: hidden comments are left out. */
export type PublicSettlement = {
  meetingId: string;
  title: string;
  startsAt: string;
  publishedAt: number;
  comments: SettledComment[];
};

export type PublicHearing = {
  hearing: {
    code: string;
    meetingId: string;
    kind: HearingKind;
    title: string;
    startsAt: string;
    endsAt: string | null;
    place: string | null;
    phase: HearingPhase;
    territory: { slug: string; name: string };
  };
  agenda: { id: string; position: number; title: string; presenter: string | null }[];
  currentAgendaItemId: string | null;
  /** the plan in consultation, to comment on */
  plan: { id: string; title: string; status: string; measures: PublicPlanMeasure[] } | null;
  /** for the sign-in form's picker */
  municipalities: { id: string; name: string }[];
  signedInCount: number;
  voting: { open: boolean; closed: boolean; points: number | null; options: VoteOption[] };
  /** null while the coordinator hides them */
  results: VoteResults | null;
  /** the room's comments that are not hidden (author null when anonymous), newest last */
  comments: { id: string; target: CommentTarget; targetId: string | null; body: string; authorName: string | null; createdAt: number }[];
  /** once published */
  settlement: PublicSettlement | null;
  consent: { version: ConsentVersion; cs: string; en: string };
};

export type HearingState = {
  meetingId: string;
  kind: HearingKind;
  title: string;
  code: string | null;
  phase: HearingPhase;
  openedAt: number | null;
  closedAt: number | null;
  currentAgendaItemId: string | null;
  votePoints: number | null;
  votingOpen: boolean;
  votingClosedAt: number | null;
  resultsVisible: boolean;
  options: VoteOption[];
  results: VoteResults;
  signedInCount: number;
  commentCount: number;
  settlementPublishedAt: number | null;
};

export type HearingSignin = {
  id: string;
  name: string | null;
  organization: string | null;
  affiliation: 'organization' | 'public';
  municipality: string | null;
  consentVersion: string | null;
  consentAt: number | null;
  createdAt: number;
};

export type HearingComment = {
  id: string;
  target: CommentTarget;
  targetItem: PlanItemRef | null;
  agendaItemId: string | null;
  body: string;
  authorName: string | null;
  createdAt: number;
  hiddenAt: number | null;
  hiddenReason: string | null;
  settlement: (typeof SETTLEMENTS)[number];
  settlementReason: string | null;
  settledAt: number | null;
  appliedToPlanAt: number | null;
};

export type HearingReport = {
  hearing: { meetingId: string; title: string; kind: HearingKind; startsAt: string; place: string | null; territoryName: string; planTitle: string | null };
  attendance: { total: number; organization: number; public: number };
  comments: {
    total: number;
    hidden: number;
    bySettlement: Record<(typeof SETTLEMENTS)[number], number>;
    list: HearingComment[];
  };
  votes: VoteResults;
};

export type PlanSettlement = { plan: { id: string; title: string }; hearings: PublicSettlement[] };
