/**
 * When the page syncs, and what it tells the person about it. Triggers: the app's start, the `online` event, a
 * sign-in (also a renewed one after the session expired), a timer that follows the back-off of what waits, a short
 * pause after each edit, the page coming back to the foreground, and the service worker's Background Sync (which
 * fires even with the app closed where the browser supports it). The engine itself is lib/sync.ts.
 */
import { createEffect, createRoot, createSignal, on } from 'solid-js';
import { writeValue } from './local-db.ts';
import { onUnfitRowsDropped } from './local-rows.ts';
import { type NewChange, type OutboxCounts, countsOf, enqueue, nextDueAt, unsentCountOf } from './outbox.ts';
import { currentUser, onSignedIn, recheckSession, registerSignOutGuard, sessionExpired } from './session.ts';
import { SYNC_USER_KEY, type SyncOutcome, announceLocalChange, backoffDelay, onLocalChange, syncAs } from './sync.ts';
import type { OutboxEntry } from './local-db.ts';

/** How long after the last edit the outbox is sent: typing goes on, so one push carries the whole sentence. */
const PUSH_AFTER_EDIT_MS = 2_000;
/** While the app is open and online, the device's copy of the meetings is refreshed this often. */
const PULL_EVERY_MS = 60_000;
const BACKGROUND_SYNC_TAG = 'kpss-outbox';
/** Under this share of free storage the person is warned: the outbox may soon fail to save. */
const LOW_STORAGE_SHARE = 0.1;

type State = {
  counts: () => OutboxCounts;
  setCounts: (counts: OutboxCounts) => void;
  /** bumps whenever the outbox or the local rows changed, here or in another tab: screens read again */
  version: () => number;
  bump: () => void;
  syncing: () => boolean;
  setSyncing: (value: boolean) => void;
  lastOutcome: () => SyncOutcome | null;
  setLastOutcome: (value: SyncOutcome | null) => void;
  lastSyncedAt: () => number | null;
  setLastSyncedAt: (value: number) => void;
  storageLow: () => boolean;
  setStorageLow: (value: boolean) => void;
  persisted: () => boolean | null;
  setPersisted: (value: boolean) => void;
};

const state: State = createRoot(() => {
  const [counts, setCounts] = createSignal<OutboxCounts>({ waiting: 0, attention: 0, others: 0 });
  const [version, setVersion] = createSignal(0);
  const [syncing, setSyncing] = createSignal(false);
  const [lastOutcome, setLastOutcome] = createSignal<SyncOutcome | null>(null);
  const [lastSyncedAt, setLastSyncedAt] = createSignal<number | null>(null);
  const [storageLow, setStorageLow] = createSignal(false);
  const [persisted, setPersisted] = createSignal<boolean | null>(null);
  return {
    counts,
    setCounts,
    version,
    bump: () => setVersion((n) => n + 1),
    syncing,
    setSyncing,
    lastOutcome,
    setLastOutcome,
    lastSyncedAt,
    setLastSyncedAt,
    storageLow,
    setStorageLow,
    persisted,
    setPersisted,
  };
});

export const outboxCounts = state.counts;
export const localDataVersion = state.version;
export const isSyncing = state.syncing;
export const lastSyncOutcome = state.lastOutcome;
export const lastSyncedAt = state.lastSyncedAt;
export const storageLow = state.storageLow;
export const storagePersisted = state.persisted;

async function refreshCounts() {
  try {
    state.setCounts(await countsOf(currentUser()?.id ?? null));
  } catch {
    // IndexedDB unavailable: the badge keeps its last number rather than claiming zero
  }
}

let retryTimer: ReturnType<typeof setTimeout> | undefined;
let pushTimer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | null = null;
let again: { ignoreBackoff: boolean; pull: boolean } | null = null;
/** runs in a row that did not reach the server: a run can fail before any change is tried (the session check) */
let failedRuns = 0;

async function scheduleRetry(userId: string) {
  clearTimeout(retryTimer);
  const due = await nextDueAt(userId).catch(() => null);
  if (due === null || !navigator.onLine) return;
  const notBefore = failedRuns ? Date.now() + backoffDelay(failedRuns) : 0;
  retryTimer = setTimeout(() => void syncNow({ pull: false }), Math.max(0, due - Date.now(), notBefore - Date.now()));
}

/**
 * Syncs the signed-in person's outbox now (and pulls when asked). Calls made while one runs are folded into one more
 * run after it, so a burst of triggers costs two runs, not many.
 */
export function syncNow(options: { ignoreBackoff?: boolean; pull?: boolean } = {}): Promise<void> {
  const wanted = { ignoreBackoff: options.ignoreBackoff ?? false, pull: options.pull ?? true };
  if (running) {
    again = { ignoreBackoff: (again?.ignoreBackoff ?? false) || wanted.ignoreBackoff, pull: (again?.pull ?? false) || wanted.pull };
    return running;
  }
  running = (async () => {
    let next: typeof again = wanted;
    while (next) {
      again = null;
      await runOnce(next);
      next = again;
    }
  })().finally(() => {
    running = null;
  });
  return running;
}

async function runOnce(options: { ignoreBackoff: boolean; pull: boolean }) {
  const user = currentUser();
  if (!user || sessionExpired()) return;
  if (!navigator.onLine) {
    state.setLastOutcome('offline');
    return;
  }
  state.setSyncing(true);
  try {
    const report = await syncAs(user.id, options);
    state.setLastOutcome(report.outcome);
    failedRuns = report.outcome === 'offline' || report.outcome === 'server_error' ? failedRuns + 1 : 0;
    if (report.outcome === 'synced') state.setLastSyncedAt(Date.now());
    // the server no longer knows the session: session.ts asks the person to sign in again
    if (report.outcome === 'signed_out') void recheckSession();
  } catch {
    state.setLastOutcome('server_error');
    failedRuns++;
  } finally {
    state.setSyncing(false);
    await refreshCounts();
    await checkQuota();
    state.bump();
    // a session that is not the author's waits for a sign-in, not for a timer
    const outcome = state.lastOutcome();
    if (outcome !== 'signed_out' && outcome !== 'someone_else') await scheduleRetry(user.id);
    else clearTimeout(retryTimer);
  }
}

async function registerBackgroundSync() {
  try {
    if (!('serviceWorker' in navigator)) return;
    const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
      sync?: { register(tag: string): Promise<void> };
    };
    await registration.sync?.register(BACKGROUND_SYNC_TAG);
  } catch {
    // not supported or not allowed: the online event and the timer still send it
  }
}

/** Rows changed on this screen since the app started: only they say "sent" once sent (a list full of it says nothing). */
const changedHere = new Set<string>();
export const wasChangedHere = (entityId: string) => changedHere.has(entityId);

/**
 * Saves one change of the signed-in person to the outbox and shows it at once; it is sent shortly after. Returns the
 * stored entry (for a note, its id is the revision the next edit builds on).
 */
export async function saveChange(change: NewChange): Promise<OutboxEntry> {
  const user = currentUser();
  if (!user) throw new Error('Only a signed-in person can change a meeting');
  const entry = await enqueue(user.id, change);
  changedHere.add(change.entityId);
  announceLocalChange();
  void checkQuota();
  clearTimeout(pushTimer);
  pushTimer = setTimeout(() => void syncNow({ pull: true }), PUSH_AFTER_EDIT_MS);
  void registerBackgroundSync();
  return entry;
}

async function askToPersist() {
  const storage = navigator.storage;
  if (!storage) return;
  try {
    // the outbox is the only copy of what was typed until the server has it: ask the browser not to evict it
    const persisted = (await storage.persisted?.()) || (await storage.persist?.()) || false;
    state.setPersisted(persisted);
  } catch {
    state.setPersisted(false);
  }
}

async function checkQuota() {
  try {
    const { quota, usage } = (await navigator.storage?.estimate()) ?? {};
    if (quota && usage !== undefined) state.setStorageLow((quota - usage) / quota < LOW_STORAGE_SHARE);
  } catch {
    // no estimate: no warning
  }
}

let started = false;

/** Starts the triggers once for the whole app (the header's badge calls it). */
export function startSyncRunner() {
  if (started) return;
  started = true;

  onLocalChange(() => {
    state.bump();
    void refreshCounts();
  });

  createRoot(() => {
    // the signed-in person changed (sign-in, sign-out, another person on a shared device): their counts, their sync
    createEffect(
      on(
        () => currentUser()?.id ?? null,
        (userId) => {
          void writeValue(SYNC_USER_KEY, userId).catch(() => undefined);
          void refreshCounts();
          state.bump();
          if (!userId) return;
          // only someone who can write has an outbox worth keeping (some browsers ask the person about it)
          void askToPersist();
          void syncNow({ ignoreBackoff: true, pull: true });
        },
      ),
    );
    // signed in again after the session expired: what waited goes now
    createEffect(
      on(
        () => sessionExpired(),
        (expired, wasExpired) => {
          if (!expired && wasExpired) void syncNow({ ignoreBackoff: true, pull: true });
        },
      ),
    );
  });

  onSignedIn(() => void syncNow({ ignoreBackoff: true, pull: true }));
  registerSignOutGuard((userId) => unsentCountOf(userId));

  window.addEventListener('online', () => void syncNow({ ignoreBackoff: true, pull: true }));
  // rows an older app stored in another shape were dropped: the pull starts again from 0 and brings them back
  onUnfitRowsDropped(() => void syncNow({ pull: true }));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void syncNow({ pull: true });
  });
  setInterval(() => {
    if (document.visibilityState === 'visible' && navigator.onLine) void syncNow({ pull: true });
  }, PULL_EVERY_MS);
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent) => {
    if ((event.data as { type?: unknown } | null)?.type === 'kpss-sync') void syncNow({ ignoreBackoff: true, pull: true });
  });

  void refreshCounts();
}
