/**
 * The device's copy of the meetings a person takes part in: rows as the server last sent them (pull), plus what this
 * device knows the server has since accepted (a push's `applied`), until the next pull brings the server's own row.
 * Screens show these rows with the person's waiting changes laid over them (`withChange`). No DOM, no Solid: the
 * service worker settles pushes into this store too.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { PullEntry } from '../../schema/api/sync.ts';
import { readStoredRow } from '../../schema/stored/meeting-rows.ts';
import { type KpssDb, type LocalRow, type OutboxEntry, localDb } from './local-db.ts';

export type Row = Record<string, unknown> & { id: string };

/** What a row starts as when a change creates it, as the server's defaults would make it. */
const DEFAULTS: Record<string, Record<string, unknown>> = {
  meeting: { status: 'planned', groupId: null, endsAt: null, place: null, publishedAt: null, deletedAt: null },
  agenda_item: { position: 0, presenter: null, deletedAt: null },
  attendance: { status: 'invited', personId: null, name: null, organization: null, planningRole: null, deletedAt: null },
  note: { kind: 'note', agendaItemId: null, body: '', headRevisionId: null, conflicted: false, deletedAt: null },
  task: { status: 'open', dueOn: null, doneAt: null, deletedAt: null },
};

/**
 * A row with a change applied, as the server would apply it: an upsert sets the fields sent (and brings a deleted
 * row back), a delete leaves a tombstone. A note's text becomes the head revision, named after the change.
 */
export function withChange(row: Row | undefined, entry: Pick<OutboxEntry, 'id' | 'entity' | 'entityId' | 'op' | 'data'>): Row {
  if (entry.op === 'delete') return { ...(row ?? { ...DEFAULTS[entry.entity], id: entry.entityId }), deletedAt: row?.deletedAt ?? Date.now() };
  const data = (entry.data ?? {}) as Record<string, unknown>;
  const next: Row = { ...DEFAULTS[entry.entity], ...row, ...data, id: entry.entityId, deletedAt: null };
  if (entry.entity === 'note' && data.body !== undefined) next.headRevisionId = entry.id;
  if (entry.entity === 'task' && data.status !== undefined && data.status !== row?.status) next.doneAt = data.status === 'done' ? Date.now() : null;
  return next;
}

const parentOf = (entity: string, data: Record<string, unknown>, id: string): string =>
  entity === 'meeting' ? id : entity === 'note_revision' ? String(data.noteId) : String(data.meetingId);

/** The `rows` store inside a transaction that also writes the outbox or the cursor. */
export type RowsStore = IDBPObjectStore<KpssDb, ArrayLike<StoreNames<KpssDb>>, 'rows', 'readwrite'>;

/** Writes a pulled page into the store; a tombstone removes the row. */
export async function storePulled(rows: RowsStore, owner: string, changes: PullEntry[]) {
  for (const change of changes) {
    if (change.deleted) {
      await rows.delete([owner, change.entity, change.id]);
      continue;
    }
    const data = change.data as unknown as Record<string, unknown>;
    const row: LocalRow = { owner, entity: change.entity, id: change.id, parentId: parentOf(change.entity, data, change.id), seq: change.seq, data };
    await rows.put(row);
  }
}

/**
 * Records a change the server accepted, so the screen shows it as synced before the next pull. `conflicted` is the
 * server's word on a note that now has diverging texts.
 */
export async function storeAcknowledged(rows: RowsStore, owner: string, entry: OutboxEntry, conflicted: boolean) {
  const stored = await rows.get([owner, entry.entity, entry.entityId]);
  const storedData = stored ? readStoredRow(stored.entity, stored.data) : null;
  const current = stored && storedData ? ({ ...storedData, id: stored.id } as Row) : undefined;
  const next = withChange(current, entry);
  if (entry.entity === 'note') {
    next.conflicted = conflicted;
    const data = entry.data as Record<string, unknown>;
    if (entry.op === 'delete' || data.body !== undefined) {
      const revision = {
        id: entry.id,
        noteId: entry.entityId,
        baseRevisionId: entry.baseRevisionId ?? null,
        body: entry.op === 'delete' ? '' : data.body,
        deletes: entry.op === 'delete',
        mergedIntoId: null,
        authorId: owner,
      };
      await rows.put({ owner, entity: 'note_revision', id: entry.id, parentId: entry.entityId, seq: 0, data: revision } satisfies LocalRow);
    }
  }
  if (next.deletedAt && entry.entity !== 'note') {
    await rows.delete([owner, entry.entity, entry.entityId]);
    return;
  }
  const parentId = parentOf(entry.entity, next, entry.entityId);
  // the pulled seq stays: the next pull replaces this guess with the server's row whatever its seq
  await rows.put({ owner, entity: entry.entity, id: entry.entityId, parentId, seq: stored?.seq ?? 0, data: next } satisfies LocalRow);
}

/** Where the person's pull goes on from (`GET /api/sync/pull?since=`). */
export const cursorKey = (owner: string) => `sync.cursor.${owner}`;

/**
 * The stored rows that still fit schema/stored/meeting-rows.ts, as the screens may use them. One that does not (an
 * older app or server wrote it) is dropped, and the person's pull starts again from the beginning so that the next
 * sync brings the server's row back: a replaceable copy, unlike the outbox.
 */
async function fitting(rows: LocalRow[]): Promise<LocalRow[]> {
  const kept: LocalRow[] = [];
  const unfit: LocalRow[] = [];
  for (const row of rows) {
    const data = readStoredRow(row.entity, row.data);
    if (data && typeof row.id === 'string') kept.push({ ...row, data });
    else unfit.push(row);
  }
  if (unfit.length) await dropUnfit(unfit);
  return kept;
}

const droppedListeners = new Set<() => void>();

/** Called after rows that no longer fit were dropped: the page's sync runner pulls at once to bring them back. */
export function onUnfitRowsDropped(listener: () => void): () => void {
  droppedListeners.add(listener);
  return () => droppedListeners.delete(listener);
}

/**
 * Owners whose pull this app run already started again: a server whose rows do not fit this app either (a newer
 * server) would otherwise have every read start a whole pull again. Their next unfit row is only dropped.
 */
const pulledAgainFor = new Set<string>();

async function dropUnfit(unfit: LocalRow[]) {
  const db = await localDb();
  const tx = db.transaction(['rows', 'kv'], 'readwrite');
  const again = new Set(unfit.map((row) => row.owner).filter((owner) => !pulledAgainFor.has(owner)));
  for (const row of unfit) await tx.objectStore('rows').delete([row.owner, row.entity, row.id]);
  for (const owner of again) await tx.objectStore('kv').put(0, cursorKey(owner));
  await tx.done;
  for (const owner of again) pulledAgainFor.add(owner);
  if (again.size) for (const listener of droppedListeners) listener();
}

/** A meeting and everything that hangs off it (agenda, attendance, notes, tasks), as pulled. */
export async function rowsUnder(owner: string, parentId: string): Promise<LocalRow[]> {
  const db = await localDb();
  return fitting(await db.getAllFromIndex('rows', 'byParent', [owner, parentId]));
}

export async function rowsOfEntity(owner: string, entity: string): Promise<LocalRow[]> {
  const db = await localDb();
  return fitting(await db.getAllFromIndex('rows', 'byEntity', [owner, entity]));
}

export async function rowOf(owner: string, entity: string, id: string): Promise<LocalRow | undefined> {
  const db = await localDb();
  const row = await db.get('rows', [owner, entity, id]);
  return row ? (await fitting([row]))[0] : undefined;
}
