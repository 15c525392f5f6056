/**
 * The outbox of a hearing's public device (an attendee's phone through the QR code): the same queue and engine as a
 * signed-in person's (lib/outbox.ts, lib/sync.ts), under the pseudo-author `publicAuthor(token)` and pushed with the
 * hearing's token instead of a session. Triggers as in lib/sync-runner.ts: a short pause after each change, the
 * `online` event, the back-off timer, the page coming back to the foreground, and Background Sync.
 */
import { createRoot, createSignal } from 'solid-js';
import type { OutboxEntry } from './local-db.ts';
import { type NewChange, type OutboxCounts, countsOf, enqueue, entriesOf, nextDueAt } from './outbox.ts';
import { type Pusher, type SyncOutcome, announceLocalChange, backoffDelay, onLocalChange, publicAuthor, syncPublic } from './sync.ts';

const PUSH_AFTER_CHANGE_MS = 500;
const BACKGROUND_SYNC_TAG = 'kpss-outbox';

type Device = { author: string; push: Pusher };

const state = createRoot(() => {
  const [counts, setCounts] = createSignal<OutboxCounts>({ waiting: 0, attention: 0, others: 0 });
  const [entries, setEntries] = createSignal<OutboxEntry[]>([]);
  const [outcome, setOutcome] = createSignal<SyncOutcome | null>(null);
  const [version, setVersion] = createSignal(0);
  return { counts, setCounts, entries, setEntries, outcome, setOutcome, version, bump: () => setVersion((n) => n + 1) };
});

/** What this device still has to send for the hearing, and what the server set aside. */
export const publicCounts = state.counts;
/** The device's own entries for the hearing (waiting or set aside), oldest first: the "waiting to send" list. */
export const publicEntries = state.entries;
export const publicOutcome = state.outcome;
/** bumps after each push that reached the server: screens read the hearing again */
export const publicSyncVersion = state.version;

let device: Device | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | null = null;
let again = false;
let failedRuns = 0;

async function refresh() {
  if (!device) return;
  try {
    state.setCounts(await countsOf(device.author));
    state.setEntries(await entriesOf(device.author));
  } catch {
    // IndexedDB unavailable: keep the last figures rather than claim nothing waits
  }
}

async function schedule() {
  clearTimeout(timer);
  if (!device || !navigator.onLine) return;
  const due = await nextDueAt(device.author).catch(() => null);
  if (due === null) return;
  const notBefore = failedRuns ? Date.now() + backoffDelay(failedRuns) : 0;
  timer = setTimeout(() => void pushPublicNow(), Math.max(0, due - Date.now(), notBefore - Date.now()));
}

/** Sends the device's waiting entries now; calls made while one runs fold into one more run after it. */
export function pushPublicNow(ignoreBackoff = false): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let ignore = ignoreBackoff;
    do {
      again = false;
      const current = device;
      if (!current) break;
      if (!navigator.onLine) {
        state.setOutcome('offline');
        break;
      }
      try {
        const report = await syncPublic(current.author, current.push, { ignoreBackoff: ignore });
        state.setOutcome(report.outcome);
        failedRuns = report.outcome === 'synced' ? 0 : failedRuns + 1;
        if (report.sent) state.bump();
      } catch {
        state.setOutcome('server_error');
        failedRuns++;
      }
      ignore = false;
      await refresh();
    } while (again);
    await schedule();
  })().finally(() => {
    running = null;
  });
  return running;
}

async function registerBackgroundSync() {
  try {
    const registration = (await navigator.serviceWorker?.ready) as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined;
    await registration?.sync?.register(BACKGROUND_SYNC_TAG);
  } catch {
    // not supported: the online event and the timer still send it
  }
}

/** Queues one change of the public device and sends it shortly (or whenever the network allows). */
export async function savePublicChange(change: NewChange): Promise<OutboxEntry> {
  if (!device) throw new Error('startPublicSync first');
  const entry = await enqueue(device.author, change);
  announceLocalChange();
  clearTimeout(timer);
  timer = setTimeout(() => void pushPublicNow(), PUSH_AFTER_CHANGE_MS);
  void registerBackgroundSync();
  return entry;
}

const onOnline = () => void pushPublicNow(true);
const onVisible = () => {
  if (document.visibilityState === 'visible') void pushPublicNow();
};
let stopListening: (() => void) | null = null;

/** Makes this page the public device of the hearing with `token`; returns the function that stops it. */
export function startPublicSync(token: string, push: Pusher): () => void {
  device = { author: publicAuthor(token), push };
  stopListening?.();
  const offLocal = onLocalChange(() => void refresh());
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  stopListening = () => {
    offLocal();
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
  };
  void refresh().then(() => pushPublicNow(true));
  return () => {
    stopListening?.();
    stopListening = null;
    clearTimeout(timer);
    device = null;
  };
}
