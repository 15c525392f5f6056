import { HEARING_KINDS, type PublicSettlement, type VoteResults } from '../../schema/api/hearings.ts';
import type { meetings } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import { publicSettlement } from './hearing-comments.ts';
import { listOptions, resultsShown, voteResults } from './hearings.ts';

type Meeting = typeof meetings.$inferSelect;

/** What a hearing adds to its published minutes: the votes (when the room saw them) and the settlement once published. */
export async function hearingMinutes(db: Database, meeting: Meeting): Promise<{ votes: VoteResults | null; settlement: PublicSettlement | null } | null> {
  if (!(HEARING_KINDS as readonly string[]).includes(meeting.kind)) return null;
  const options = await listOptions(db, meeting.id);
  return {
    votes: options.length && resultsShown(meeting) ? await voteResults(db, meeting, options) : null,
    settlement: await publicSettlement(db, meeting),
  };
}
