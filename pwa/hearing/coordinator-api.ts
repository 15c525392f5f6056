/**
 * The coordinator's hearing routes (schema/api/hearings.ts), with the session cookie. The state is kept on the device
 * too, so the tablet still shows the agenda and the QR code if the hall's Wi-Fi drops as the page reloads.
 */
import type { HearingComment, HearingReport, HearingSettingsBody, HearingState, ModerationBody, PublicSettlement, SettlementBody } from '../../schema/api/hearings.ts';
import { ApiError } from '../lib/api.ts';
import { readSnapshot, writeSnapshot } from '../lib/local-db.ts';
import { readJson } from '../hearing-public/hearing-api.ts';

const base = (id: string) => `/api/hearings/${encodeURIComponent(id)}`;

const send = <T>(path: string, method: string, body?: unknown) =>
  readJson<T>(() =>
    fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );

const stateKey = (id: string) => `hearing.state.${id}`;

async function kept(id: string, call: Promise<HearingState>): Promise<HearingState> {
  const state = await call;
  await writeSnapshot({ key: stateKey(id), version: Date.now(), savedAt: Date.now(), data: state }).catch(() => undefined);
  return state;
}

/** Opens hearing mode (makes the public code the first time); offline, the state this tablet saw last. */
export async function openHearing(id: string): Promise<{ state: HearingState; fromDevice: boolean }> {
  try {
    return { state: await kept(id, send<HearingState>(`${base(id)}/open`, 'POST')), fromDevice: false };
  } catch (error) {
    if (error instanceof ApiError && error.isNetworkError) {
      const saved = await readSnapshot<HearingState>(stateKey(id)).catch(() => undefined);
      if (saved) return { state: saved.data, fromDevice: true };
    }
    throw error;
  }
}

export const hearingState = (id: string) => kept(id, send<HearingState>(base(id), 'GET'));
export const changeSettings = (id: string, body: HearingSettingsBody) => kept(id, send<HearingState>(base(id), 'PATCH', body));
export const advanceAgenda = (id: string) => kept(id, send<HearingState>(`${base(id)}/advance`, 'POST'));
export const setVoting = (id: string, open: boolean) => kept(id, send<HearingState>(`${base(id)}/voting`, 'POST', { open }));
export const closeHearing = (id: string) => kept(id, send<HearingState>(`${base(id)}/close`, 'POST'));
export const hearingComments = (id: string) => send<{ comments: HearingComment[] }>(`${base(id)}/comments`, 'GET').then((body) => body.comments);
export const moderate = (id: string, commentId: string, body: ModerationBody) => send<HearingComment>(`${base(id)}/comments/${commentId}/moderation`, 'POST', body);
export const settle = (id: string, commentId: string, body: SettlementBody) => send<HearingComment>(`${base(id)}/comments/${commentId}/settlement`, 'POST', body);
export const publishSettlement = (id: string) => send<PublicSettlement>(`${base(id)}/settlement/publish`, 'POST');
export const hearingReport = (id: string) => send<HearingReport>(`${base(id)}/report`, 'GET');
export const reportCsvHref = (id: string) => `${base(id)}/report.csv`;

/** The short link the room types or scans: `/h/<code>` on this app's own address. */
export const shortLink = (code: string) => `${location.origin}/h/${code}`;
