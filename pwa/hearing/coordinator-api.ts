/**
 * The coordinator's hearing routes (schema/api/hearings.ts), with the session cookie. The state is kept on the device
 * too, so the tablet still shows the agenda and the QR code if the hall's Wi-Fi drops as the page reloads.
 */
import type { HearingComment, HearingReport, HearingSettingsBody, HearingState, ModerationBody, PublicSettlement, SettlementBody } from '../../schema/api/hearings.ts';
import { StoredHearingState } from '../../schema/stored/hearings.ts';
import { ApiError, api, request } from '../lib/api.ts';
import { noCopyError } from '../lib/unusable-copy.ts';
import { writeSnapshot } from '../lib/local-db.ts';
import { readSnapshot } from '../lib/saved-reads.ts';

const hearing = api.api.hearings[':id'];
const param = (id: string) => ({ param: { id } });

const stateKey = (id: string) => `hearing.state.${id}`;

async function kept(id: string, call: Promise<HearingState>): Promise<HearingState> {
  const state = await call;
  await writeSnapshot({ key: stateKey(id), version: Date.now(), savedAt: Date.now(), data: state }).catch(() => undefined);
  return state;
}

/** Opens hearing mode (makes the public code the first time); offline, the state this tablet saw last. */
export async function openHearing(id: string): Promise<{ state: HearingState; fromDevice: boolean }> {
  try {
    return { state: await kept(id, request(hearing.open.$post(param(id)))), fromDevice: false };
  } catch (error) {
    if (error instanceof ApiError && error.isNetworkError) {
      const saved = await readSnapshot(stateKey(id), StoredHearingState).catch(() => undefined);
      if (saved) return { state: saved.data, fromDevice: true };
    }
    throw error instanceof ApiError && error.isNetworkError ? noCopyError(stateKey(id), error) : error;
  }
}

export const hearingState = (id: string) => kept(id, request(hearing.$get(param(id))));
export const changeSettings = (id: string, json: HearingSettingsBody) => kept(id, request(hearing.$patch({ ...param(id), json })));
export const advanceAgenda = (id: string) => kept(id, request(hearing.advance.$post(param(id))));
export const setVoting = (id: string, open: boolean) => kept(id, request(hearing.voting.$post({ ...param(id), json: { open } })));
export const closeHearing = (id: string) => kept(id, request(hearing.close.$post(param(id))));
export const hearingComments = async (id: string): Promise<HearingComment[]> => (await request(hearing.comments.$get(param(id)))).comments;
const comment = hearing.comments[':commentId'];
export const moderate = (id: string, commentId: string, json: ModerationBody): Promise<HearingComment> =>
  request(comment.moderation.$post({ param: { id, commentId }, json }));
export const settle = (id: string, commentId: string, json: SettlementBody): Promise<HearingComment> =>
  request(comment.settlement.$post({ param: { id, commentId }, json }));
export const publishSettlement = (id: string): Promise<PublicSettlement> => request(hearing.settlement.publish.$post(param(id)));
export const hearingReport = (id: string): Promise<HearingReport> => request(hearing.report.$get(param(id)));
export const reportCsvHref = (id: string, part: 'summary' | 'comments') => `/api/hearings/${encodeURIComponent(id)}/report-${part}.csv`;

/** The short link the room types or scans: `/h/<code>` on this app's own address. */
export const shortLink = (code: string) => `${location.origin}/h/${code}`;
