/** What the room does, queued in the public device's outbox (lib/public-sync.ts); the same for phone and kiosk. */
import type { HearingCommentFields, HearingSigninFields, VoteFields } from '../../schema/api/hearings.ts';
import { savePublicChange } from '../lib/public-sync.ts';
import { newId } from '../lib/uuid.ts';

/** Queues a sign-in; its entity id is the attendance line, which a vote then names. */
export async function queueSignin(fields: HearingSigninFields): Promise<string> {
  const attendanceId = newId();
  await savePublicChange({ entity: 'hearing_signin', entityId: attendanceId, op: 'upsert', data: fields });
  return attendanceId;
}

export async function queueComment(fields: HearingCommentFields): Promise<string> {
  const commentId = newId();
  await savePublicChange({ entity: 'hearing_comment', entityId: commentId, op: 'upsert', data: fields });
  return commentId;
}

/**
 * Queues an allocation under the participant's one vote row: a change not sent yet is folded into the new one, so a
 * participant who changes their mind offline sends only the last allocation.
 */
export async function queueVote(entityId: string, fields: VoteFields): Promise<void> {
  await savePublicChange({ entity: 'vote', entityId, op: 'upsert', data: fields });
}
