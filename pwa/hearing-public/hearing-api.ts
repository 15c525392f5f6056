/**
 * The hearing's public side as the phone and the tablet kiosk use it: the public page by code (kept on the device so a
 * reload without signal still shows it), the public push door for lib/sync.ts, and this device's participant.
 * No DOM and no Solid: the service worker uses `publicPusher` for Background Sync.
 */
import type { PublicHearing } from '../../schema/api/hearings.ts';
import { StoredOwnVote, StoredParticipant, StoredPublicHearing } from '../../schema/stored/hearings.ts';
import { ApiError, api, request } from '../lib/api.ts';
import { noCopyError } from '../lib/unusable-copy.ts';
import { writeSnapshot, writeValue } from '../lib/local-db.ts';
import { readSnapshot, readValue } from '../lib/saved-reads.ts';
import type { Pusher } from '../lib/sync.ts';
import { newId } from '../lib/uuid.ts';

const hearing = api.api['public-hearings'][':code'];

/** The push of a hearing's public devices: the same envelope and answers as `/api/sync/push`, no session needed. */
export const publicPusher =
  (code: string): Pusher =>
  (json) =>
    hearing.sync.push.$post({ param: { code }, json });

const snapshotKey = (code: string) => `hearing.public.${code.toUpperCase()}`;

export type LoadedHearing = { hearing: PublicHearing; savedAt: number; fromDevice: boolean };

/** The public page of the hearing; offline, the copy this device saved last time (or the offline error). */
export async function loadPublicHearing(code: string): Promise<LoadedHearing> {
  try {
    const page: PublicHearing = await request(hearing.$get({ param: { code } }));
    const savedAt = Date.now();
    await writeSnapshot({ key: snapshotKey(code), version: savedAt, savedAt, data: page }).catch(() => undefined);
    return { hearing: page, savedAt, fromDevice: false };
  } catch (error) {
    if (error instanceof ApiError && (error.isNetworkError || error.status >= 500)) {
      const saved = await readSnapshot(snapshotKey(code), StoredPublicHearing).catch(() => undefined);
      if (saved) return { hearing: saved.data, savedAt: saved.savedAt, fromDevice: true };
    }
    throw error instanceof ApiError && error.isNetworkError ? noCopyError(snapshotKey(code), error) : error;
  }
}

/**
 * Who this phone is at the hearing: a random participant token made once, and the id of its sign-in once it signed
 * in (a vote needs it). Kept per hearing. Never shown publicly.
 */
export type Participant = { token: string; attendanceId: string | null; name: string | null };

const participantKey = (code: string) => `hearing.participant.${code.toUpperCase()}`;

export async function phoneParticipant(code: string): Promise<Participant> {
  const known = await readValue(participantKey(code), StoredParticipant);
  if (known) return known;
  const made: Participant = { token: newId(), attendanceId: null, name: null };
  await writeValue(participantKey(code), made);
  return made;
}

export async function rememberSignin(code: string, participant: Participant): Promise<void> {
  await writeValue(participantKey(code), participant);
}

/** The phone's last allocation, to show and change; the server keeps one per participant anyway. */
const voteKey = (code: string) => `hearing.vote.${code.toUpperCase()}`;
export const readOwnVote = (code: string) => readValue(voteKey(code), StoredOwnVote);
export const writeOwnVote = (code: string, vote: { entityId: string; allocations: Record<string, number> }) => writeValue(voteKey(code), vote);
