/**
 * The outbox: every change a person makes to a meeting, kept in IndexedDB until the server acknowledges it (the
 * protocol is in schema/api/sync.ts). Nothing here runs in the page only: the service worker's Background Sync reads
 * the same store, so this module uses no DOM and no Solid.
 *
 * Each entry belongs to its author. A push sends the signed-in person's entries only; another person signing in on
 * the same device neither sends them nor sees them, and they go out when their author signs in again.
 *
 * Typing is saved as it happens, but one change per pause would leave a revision on the server for every few words.
 * So a change to a row that has not been sent yet is *replaced* by one with the merged fields and a new id (a change
 * id is never reused with other content), keeping the place in the queue of the one it replaced. Once an entry has
 * been sent it is never touched again: the server may have applied it even if the answer got lost.
 */
import type { SyncEntity } from '../../schema/api/sync.ts';
import * as v from 'valibot';
import { CHANGE_FIELDS, type FieldIssue, STORED_ENTRY_UNFIT, issuesOf, storedEntryIssues } from '../../schema/stored/outbox.ts';
import { StoredSuperseded } from '../../schema/stored/values.ts';
import { type OutboxEntry, localDb } from './local-db.ts';
import { newId } from './uuid.ts';

/** Sent with each push, so the server can tell (and log) changes queued by an older app. */
export const APP_VERSION = 'kpss-pwa-1';

export type NewChange = {
  entity: SyncEntity;
  entityId: string;
  op: 'upsert' | 'delete';
  data?: Record<string, unknown>;
  /** notes: the revision the text was edited from (the note's head as pulled, or the author's previous change) */
  baseRevisionId?: string | null;
  resolvesConflict?: boolean;
};

/** Entries still to reach the server, and those set aside for their author to look at. */
export const isWaiting = (entry: OutboxEntry) => entry.status === 'waiting' || entry.status === 'sending';
export const needsAttention = (entry: OutboxEntry) => entry.status === 'rejected' || entry.status === 'conflict';

const byQueueOrder = (a: OutboxEntry, b: OutboxEntry) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const SUPERSEDED = (id: string) => `outbox.superseded.${id}`;

const canReplace = (latest: OutboxEntry, change: NewChange, base: string | null) =>
  latest.status === 'waiting' &&
  latest.attempts === 0 &&
  latest.op === 'upsert' &&
  change.op === 'upsert' &&
  !latest.resolvesConflict &&
  !change.resolvesConflict &&
  latest.appVersion === APP_VERSION &&
  // a note's text replaces the waiting one only when it was written on top of it; otherwise both are kept
  (change.entity !== 'note' || base === latest.id);

/**
 * A change whose fields the server would refuse (schema/api/meetings.ts, hearings.ts): it never enters the outbox.
 * Forms check the same schemas first (lib/field-errors.ts) and show the problem beside the field; this is the net.
 */
export class InvalidChangeError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(`The change does not fit: ${issues.map((issue) => `${issue.field} ${issue.message}`).join('; ')}`);
    this.name = 'InvalidChangeError';
    this.issues = issues;
  }
}

/**
 * Queues a change (or folds it into the author's unsent change to the same row) and returns the stored entry. For a
 * note its `id` is the revision the next edit builds on. Throws `InvalidChangeError` for fields the server would refuse.
 */
export async function enqueue(authorId: string, change: NewChange): Promise<OutboxEntry> {
  if (change.op === 'upsert') {
    const fields = v.safeParse(CHANGE_FIELDS[change.entity], change.data ?? {});
    if (!fields.success) throw new InvalidChangeError(issuesOf(fields.issues, 'data'));
  }
  const db = await localDb();
  const tx = db.transaction(['outbox', 'kv'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const kv = tx.objectStore('kv');

  // an edit based on a change that was replaced meanwhile (another tab typed into the same note) is based on what
  // that change was based on: a sibling of the replacement, so the server keeps both texts
  let base = change.baseRevisionId ?? null;
  for (let hops = 0; base && hops < 50; hops++) {
    const earlier = v.safeParse(StoredSuperseded, await kv.get(SUPERSEDED(base)));
    if (!earlier.success) break;
    base = earlier.output.base;
  }

  const ofRow = (await outbox.index('byEntity').getAll(change.entityId)).filter(
    (entry) => entry.authorId === authorId && entry.entity === change.entity && isWaiting(entry),
  );
  const latest = ofRow.sort(byQueueOrder).at(-1);
  const now = Date.now();
  let entry: OutboxEntry;
  if (latest && canReplace(latest, change, base)) {
    entry = {
      ...latest,
      id: newId(),
      data: { ...(latest.data as Record<string, unknown>), ...change.data },
    };
    await outbox.delete(latest.id);
    await kv.put({ base: latest.baseRevisionId ?? null }, SUPERSEDED(latest.id));
  } else {
    entry = {
      id: newId(),
      authorId,
      entity: change.entity,
      entityId: change.entityId,
      op: change.op,
      data: change.data ?? {},
      ...(change.entity === 'note' && base ? { baseRevisionId: base } : {}),
      ...(change.resolvesConflict ? { resolvesConflict: true } : {}),
      createdAt: now,
      appVersion: APP_VERSION,
      status: 'waiting',
      attempts: 0,
      nextAttemptAt: now,
    };
  }
  await outbox.put(entry);
  await tx.done;
  return entry;
}

const finiteOr = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/**
 * An entry as stored, checked against schema/stored/outbox.ts: one that would be sent but no longer fits (an older
 * app queued it in another shape) is set aside for its author with what does not fit, never sent typed wrongly and
 * never dropped. Returns the entry to show and whether the store needs the set-aside version.
 */
function checked(stored: OutboxEntry): { entry: OutboxEntry; setAside: boolean } {
  if (stored.reason === STORED_ENTRY_UNFIT) return { entry: stored, setAside: false };
  const issues = storedEntryIssues(stored);
  const wouldBeSent = stored.status !== 'rejected' && stored.status !== 'conflict';
  const envelopeFits = !issues.some((issue) => !issue.field.startsWith('data.'));
  if (!issues.length || (envelopeFits && !wouldBeSent)) return { entry: stored, setAside: false };
  const now = Date.now();
  const entry: OutboxEntry = {
    ...stored,
    status: 'rejected',
    reason: STORED_ENTRY_UNFIT,
    issues,
    attempts: finiteOr(stored.attempts, 0),
    // an entry without its time still needs one to be listed by; the time it was set aside is the honest one left
    createdAt: finiteOr(stored.createdAt, now),
    nextAttemptAt: finiteOr(stored.nextAttemptAt, now),
  };
  return { entry, setAside: true };
}

/** The author's entries in the order they were made, those that no longer fit set aside (see `checked`). */
export async function entriesOf(authorId: string): Promise<OutboxEntry[]> {
  const db = await localDb();
  const results = (await db.getAllFromIndex('outbox', 'byAuthor', authorId)).map(checked);
  const setAside = results.filter((result) => result.setAside);
  if (setAside.length) {
    const tx = db.transaction('outbox', 'readwrite');
    for (const { entry } of setAside) {
      // only if it is still the same entry: a push may have settled it meanwhile
      if (await tx.store.get(entry.id)) await tx.store.put(entry);
    }
    await tx.done;
  }
  return results.map((result) => result.entry).sort(byQueueOrder);
}

export type OutboxCounts = {
  /** still to be sent */
  waiting: number;
  /** set aside (rejected, conflict): the author has to look at them */
  attention: number;
  /** entries of other people who used this device, kept for them */
  others: number;
};

export async function countsOf(authorId: string | null): Promise<OutboxCounts> {
  const db = await localDb();
  const all = await db.count('outbox');
  const own = authorId === null ? [] : await entriesOf(authorId);
  return {
    waiting: own.filter(isWaiting).length,
    attention: own.filter(needsAttention).length,
    others: all - own.length,
  };
}

/** Everything of the author that has not reached the server: what signing out would leave behind. */
export async function unsentCountOf(authorId: string): Promise<number> {
  return (await entriesOf(authorId)).length;
}

/** The author gives up a change that the server refused: their explicit choice, never done silently. */
export async function discard(authorId: string, id: string): Promise<void> {
  const db = await localDb();
  const tx = db.transaction('outbox', 'readwrite');
  const entry = await tx.store.get(id);
  if (entry && entry.authorId === authorId && needsAttention(entry)) await tx.store.delete(id);
  await tx.done;
}

/**
 * Sends a set-aside change again, as a new change with a new id (the server holds the old id's answer). A note keeps
 * the base it was written on, so if the note moved on meanwhile, both texts are kept.
 */
export async function resend(authorId: string, id: string): Promise<void> {
  const db = await localDb();
  const tx = db.transaction('outbox', 'readwrite');
  const entry = await tx.store.get(id);
  if (entry && entry.authorId === authorId && needsAttention(entry)) {
    const now = Date.now();
    const { reason: _reason, message: _message, issues: _issues, ...rest } = entry;
    await tx.store.delete(id);
    await tx.store.put({ ...rest, id: newId(), appVersion: APP_VERSION, status: 'waiting', attempts: 0, nextAttemptAt: now });
  }
  await tx.done;
}

/** When the next entry of the author is due (a retry after back-off), or null when nothing waits. */
export async function nextDueAt(authorId: string): Promise<number | null> {
  const waiting = (await entriesOf(authorId)).filter((entry) => entry.status === 'waiting');
  return waiting.length ? Math.min(...waiting.map((entry) => entry.nextAttemptAt)) : null;
}
