/**
 * Push and pull: the device's side of the protocol in schema/api/sync.ts. Used by the page (lib/sync-runner.ts) and
 * by the service worker's Background Sync, so it touches no DOM and no Solid.
 *
 * - One pusher at a time: every tab and the service worker take the `kpss-sync` Web Lock first, so the same meeting
 *   open in two tabs never sends a change twice at once (and if it did, change ids make it harmless).
 * - Only the signed-in person's changes are sent, and only after the server confirms that the session's cookie
 *   belongs to them: on a shared device the cookie may already be someone else's.
 * - Each answer is handled as the contract says: applied/duplicate leave the outbox; retryable rejections wait with
 *   back-off; the rest are set aside for the author with the server's reason. 401 keeps everything for after sign-in;
 *   no answer or 5xx keeps everything with back-off. Nothing is ever dropped without an acknowledgement.
 * - A hearing's public devices (the kiosk tablet's attendees, phones through the QR code) have no session: their
 *   changes belong to a pseudo-author (`publicAuthor(token)`) and go out with `syncPublic`, through the same queue,
 *   lock, back-off and per-change answers, only by another door (the hearing's token instead of the cookie).
 */
import { MAX_CHANGES_PER_PUSH, SYNC_ENTITIES, type ChangeResult, type PullEntry, type SyncChange } from '../../schema/api/sync.ts';
import { StoredClientId, StoredCursor } from '../../schema/stored/values.ts';
import { api } from './api.ts';
import { type OutboxEntry, localDb, writeValue } from './local-db.ts';
import { readValue } from './saved-reads.ts';
import { cursorKey, storeAcknowledged, storePulled } from './local-rows.ts';
import { APP_VERSION, entriesOf } from './outbox.ts';
import { newId } from './uuid.ts';

export type SyncOutcome =
  /** everything due was sent and the device is up to date */
  | 'synced'
  /** the server could not be reached */
  | 'offline'
  /** the server does not know this device's session: sign in again */
  | 'signed_out'
  /** the session belongs to another person than the one the app shows: nothing is sent */
  | 'someone_else'
  /** the server failed; retried with back-off */
  | 'server_error';

export type SyncReport = { outcome: SyncOutcome; sent: number; pulled: number };

export type SyncOptions = {
  /** send what waits even if its back-off has not run out (the network came back, the person pressed "send now") */
  ignoreBackoff?: boolean;
  /** also bring the device's copy of the person's meetings up to date */
  pull?: boolean;
};

const PULL_PAGE = 1000;
const BACKOFF_BASE_MS = 2_000;
const BACKOFF_CAP_MS = 5 * 60_000;
/** rounds of one run: a change that waited for its parent goes again at once when the parent was just applied */
const MAX_ROUNDS = 20;

/** Exponential back-off with jitter, capped: many phones coming back online at once do not all knock together. */
export function backoffDelay(attempts: number, random = Math.random()): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling * (0.5 + random / 2));
}

const CHANNEL = 'kpss-sync';
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
const listeners = new Set<() => void>();

/** Tells this context and the others (tabs, service worker) that the outbox or the local rows changed. */
export function announceLocalChange() {
  for (const listener of listeners) listener();
  channel?.postMessage({ type: 'changed' });
}

export function onLocalChange(listener: () => void): () => void {
  listeners.add(listener);
  const fromElsewhere = (event: MessageEvent) => {
    if ((event.data as { type?: unknown } | null)?.type === 'changed') listener();
  };
  channel?.addEventListener('message', fromElsewhere);
  return () => {
    listeners.delete(listener);
    channel?.removeEventListener('message', fromElsewhere);
  };
}

type Locks = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };
let localQueue: Promise<unknown> = Promise.resolve();

/** Runs `work` while no other tab (or the service worker) syncs. */
export function withSyncLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: Locks } | undefined)?.locks;
  if (locks) return locks.request('kpss-sync', work);
  // no Web Locks (old browsers): at least this context never runs two syncs at once
  const run = localQueue.then(work, work);
  localQueue = run.catch(() => undefined);
  return run;
}

async function clientId(): Promise<string> {
  const known = await readValue('sync.clientId', StoredClientId);
  if (known) return known;
  const made = newId();
  await writeValue('sync.clientId', made);
  return made;
}

/** The envelope a push sends, whichever door it goes through. */
export type PushEnvelope = { clientId: string; appVersion: string; changes: SyncChange[] };
/** One push over the wire: the session's `POST /api/sync/push`, or a hearing's public push with its token. */
export type Pusher = (envelope: PushEnvelope) => Promise<Answer>;

const sessionPush: Pusher = (json) => api.api.sync.push.$post({ json });

/** The outbox author of a hearing's public device: no account, only the hearing it was opened for. */
export const publicAuthor = (token: string) => `hearing:${token}`;
/** Also asked of entries read straight from IndexedDB (the service worker), whose author may be missing. */
export const isPublicAuthor = (authorId: unknown): authorId is string => typeof authorId === 'string' && authorId.startsWith('hearing:');

type Reached<T> = { ok: true; value: T } | { ok: false; outcome: SyncOutcome; status?: number; body?: unknown };
export type Answer = { ok: boolean; status: number; json(): Promise<unknown> };

async function reach<T>(call: () => Promise<Answer>, read: (response: Answer) => Promise<T>): Promise<Reached<T>> {
  let response: Answer;
  try {
    response = await call();
  } catch {
    return { ok: false, outcome: 'offline' };
  }
  if (response.ok) return { ok: true, value: await read(response) };
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 401) return { ok: false, outcome: 'signed_out', status: 401, body };
  return { ok: false, outcome: 'server_error', status: response.status, body };
}

/** Whose session the cookie is: the push must go out as the author of the changes, or not at all. */
async function sessionOwner(): Promise<Reached<string | null>> {
  return reach(
    () => api.api.auth.me.$get(),
    async (response) => ((await response.json()) as { user: { id: string } | null }).user?.id ?? null,
  );
}

const toChange = (entry: OutboxEntry): SyncChange => ({
  id: entry.id,
  entity: entry.entity as SyncChange['entity'],
  op: entry.op,
  entityId: entry.entityId,
  data: entry.data as Record<string, unknown>,
  ...(entry.baseRevisionId ? { baseRevisionId: entry.baseRevisionId } : {}),
  ...(entry.resolvesConflict ? { resolvesConflict: true } : {}),
  createdAt: entry.createdAt,
});

async function dueEntries(userId: string, ignoreBackoff: boolean): Promise<OutboxEntry[]> {
  const now = Date.now();
  // read through the outbox's check: an entry an older app left in another shape is set aside, not sent
  return (await entriesOf(userId))
    .filter((entry) => entry.status === 'waiting' && (ignoreBackoff || entry.nextAttemptAt <= now))
    .slice(0, MAX_CHANGES_PER_PUSH);
}

/** Marks entries as being sent; a run that finds them so later knows they were left by a run that died. */
async function setStatus(entries: OutboxEntry[], update: (entry: OutboxEntry) => OutboxEntry | null) {
  const db = await localDb();
  const tx = db.transaction('outbox', 'readwrite');
  for (const entry of entries) {
    const current = await tx.store.get(entry.id);
    if (!current) continue;
    const next = update(current);
    if (next) await tx.store.put(next);
  }
  await tx.done;
}

const retryLater = (entry: OutboxEntry): OutboxEntry => {
  const attempts = entry.attempts + 1;
  return { ...entry, status: 'waiting', attempts, nextAttemptAt: Date.now() + backoffDelay(attempts) };
};

/** Entries a run left "sending" when its tab closed mid-push: only the lock holder sends, so they are stale. */
async function releaseStale(userId: string) {
  const db = await localDb();
  const stale = (await db.getAllFromIndex('outbox', 'byAuthor', userId)).filter((entry) => entry.status === 'sending');
  if (stale.length) await setStatus(stale, (entry) => ({ ...entry, status: 'waiting', nextAttemptAt: Date.now() }));
}

/** `json.changes[3].id` → 3: the change the server named in a malformed envelope. */
function namedChanges(body: unknown): Set<number> {
  const issues = (body as { error?: { issues?: { field?: unknown }[] } } | null)?.error?.issues ?? [];
  const named = new Set<number>();
  for (const issue of issues) {
    const match = /^json\.changes\[(\d+)\]/.exec(String(issue.field ?? ''));
    if (match) named.add(Number(match[1]));
  }
  return named;
}

const MIRRORED = new Set<string>(SYNC_ENTITIES);

/** Applies the server's answers: each entry leaves the outbox, waits again, or is set aside with the reason. */
async function settle(userId: string, batch: OutboxEntry[], results: ChangeResult[]): Promise<{ applied: number; retryNow: boolean }> {
  const byId = new Map(results.map((result) => [result.id, result]));
  const anyApplied = results.some((result) => result.status === 'applied' || result.status === 'duplicate');
  const db = await localDb();
  const tx = db.transaction(['outbox', 'rows'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const rows = tx.objectStore('rows');
  let applied = 0;
  let retryNow = false;
  for (const entry of batch) {
    const result = byId.get(entry.id);
    if (!result) {
      await outbox.put(retryLater(entry));
    } else if (result.status === 'applied' || result.status === 'duplicate') {
      // only meeting rows are mirrored on the device: a kiosk keeps nothing of a sign-in once the server has it
      if (MIRRORED.has(entry.entity)) await storeAcknowledged(rows, userId, entry, result.conflicted === true);
      await outbox.delete(entry.id);
      applied++;
    } else if (result.status === 'rejected' && result.retryable) {
      const waited = retryLater(entry);
      // its parent came in this very push: the next round takes it
      const parentJustArrived = result.reason === 'depends_on_missing' && anyApplied;
      if (parentJustArrived) retryNow = true;
      await outbox.put({
        ...waited,
        nextAttemptAt: parentJustArrived ? Date.now() : waited.nextAttemptAt,
        reason: result.reason,
        message: result.message,
      });
    } else {
      await outbox.put({
        ...entry,
        status: result.status === 'conflict' ? 'conflict' : 'rejected',
        attempts: entry.attempts + 1,
        reason: result.reason ?? result.status,
        message: result.message,
        ...(result.issues ? { issues: result.issues } : {}),
      });
    }
  }
  await tx.done;
  return { applied, retryNow };
}

async function pushAll(userId: string, ignoreBackoff: boolean, push: Pusher): Promise<{ outcome: SyncOutcome; sent: number }> {
  await releaseStale(userId);
  const id = await clientId();
  let sent = 0;
  let ignore = ignoreBackoff;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const batch = await dueEntries(userId, ignore);
    // later rounds take only what became due (a child whose parent just arrived), not what is backing off
    ignore = false;
    if (!batch.length) break;
    await setStatus(batch, (entry) => ({ ...entry, status: 'sending' }));
    const answer = await reach(
      () => push({ clientId: id, appVersion: APP_VERSION, changes: batch.map(toChange) }),
      async (response) => ((await response.json()) as { results: ChangeResult[] }).results,
    );
    if (!answer.ok) {
      if (answer.outcome === 'signed_out') {
        await setStatus(batch, (entry) => ({ ...entry, status: 'waiting' }));
      } else if (answer.status === 400) {
        // a malformed envelope applied nothing: the changes it names are set aside, the rest go again
        const named = namedChanges(answer.body);
        if (!named.size) await setStatus(batch, retryLater);
        else {
          const bad = new Set([...named].map((index) => batch[index]?.id));
          await setStatus(batch, (entry) =>
            bad.has(entry.id)
              ? { ...entry, status: 'rejected', attempts: entry.attempts + 1, reason: 'invalid', message: 'The server could not read this change' }
              : { ...entry, status: 'waiting', nextAttemptAt: Date.now() },
          );
          continue;
        }
      } else {
        await setStatus(batch, retryLater);
      }
      return { outcome: answer.outcome, sent };
    }
    const { applied, retryNow } = await settle(userId, batch, answer.value);
    sent += applied;
    announceLocalChange();
    if (!retryNow && batch.length < MAX_CHANGES_PER_PUSH) break;
  }
  return { outcome: 'synced', sent };
}

async function pullAll(userId: string): Promise<{ outcome: SyncOutcome; pulled: number }> {
  let pulled = 0;
  for (;;) {
    const since = (await readValue(cursorKey(userId), StoredCursor)) ?? 0;
    const answer = await reach(
      () => api.api.sync.pull.$get({ query: { since: String(since), limit: String(PULL_PAGE) } }),
      async (response) => (await response.json()) as { changes: PullEntry[]; cursor: number; hasMore: boolean },
    );
    if (!answer.ok) return { outcome: answer.outcome, pulled };
    const page = answer.value;
    const db = await localDb();
    const tx = db.transaction(['rows', 'kv'], 'readwrite');
    await storePulled(tx.objectStore('rows'), userId, page.changes);
    // the cursor moves only with the page it covers: a pull cut short starts again from the last stored page
    await tx.objectStore('kv').put(page.cursor, cursorKey(userId));
    await tx.done;
    pulled += page.changes.length;
    if (page.changes.length) announceLocalChange();
    if (!page.hasMore) return { outcome: 'synced', pulled };
  }
}

/** Sends the person's waiting changes, then (optionally) pulls; one run at a time across tabs. */
export function syncAs(userId: string, options: SyncOptions = {}): Promise<SyncReport> {
  return withSyncLock(async () => {
    const owner = await sessionOwner();
    if (!owner.ok) return { outcome: owner.outcome, sent: 0, pulled: 0 };
    if (owner.value === null) return { outcome: 'signed_out', sent: 0, pulled: 0 };
    if (owner.value !== userId) return { outcome: 'someone_else', sent: 0, pulled: 0 };
    const pushed = await pushAll(userId, options.ignoreBackoff ?? false, sessionPush);
    if (pushed.outcome !== 'synced' || !options.pull) return { outcome: pushed.outcome, sent: pushed.sent, pulled: 0 };
    const pulled = await pullAll(userId);
    return { outcome: pulled.outcome, sent: pushed.sent, pulled: pulled.pulled };
  });
}

/**
 * Sends what a hearing's public device queued under `publicAuthor(token)`, with no session: `push` carries the token.
 * A 401/403 from that door means the token is no longer valid; the entries stay for the coordinator to see.
 */
export function syncPublic(authorId: string, push: Pusher, options: { ignoreBackoff?: boolean } = {}): Promise<SyncReport> {
  return withSyncLock(async () => {
    const pushed = await pushAll(authorId, options.ignoreBackoff ?? false, push);
    return { outcome: pushed.outcome, sent: pushed.sent, pulled: 0 };
  });
}

/** Who the page says is signed in, for the service worker's Background Sync (it cannot read localStorage). */
export const SYNC_USER_KEY = 'sync.currentUser';
