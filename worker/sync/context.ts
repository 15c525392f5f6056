import { getTableColumns, inArray } from 'drizzle-orm';
import {
  agendaItems,
  attendance,
  groups,
  hearingComments,
  meetings,
  municipalities,
  noteRevisions,
  notes,
  people,
  tasks,
  territories,
  votes,
} from '../../schema/tables.ts';
import { can } from '../auth/policy.ts';
import type { Actor, Database } from '../env.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** D1 binds at most 100 parameters per statement. */
const CHUNK = 90;

const { body: _noteBody, ...noteColumns } = getTableColumns(notes);

const loaders = {
  meeting: (db: Database, ids: string[]) => db.select().from(meetings).where(inArray(meetings.id, ids)),
  agenda_item: (db: Database, ids: string[]) => db.select().from(agendaItems).where(inArray(agendaItems.id, ids)),
  attendance: (db: Database, ids: string[]) => db.select().from(attendance).where(inArray(attendance.id, ids)),
  // the body is not needed to decide anything, and a push may touch hundreds of long notes
  note: (db: Database, ids: string[]) => db.select(noteColumns).from(notes).where(inArray(notes.id, ids)),
  task: (db: Database, ids: string[]) => db.select().from(tasks).where(inArray(tasks.id, ids)),
  hearing_comment: (db: Database, ids: string[]) => db.select().from(hearingComments).where(inArray(hearingComments.id, ids)),
  vote: (db: Database, ids: string[]) => db.select().from(votes).where(inArray(votes.id, ids)),
  revision: (db: Database, ids: string[]) =>
    db.select({ id: noteRevisions.id, noteId: noteRevisions.noteId }).from(noteRevisions).where(inArray(noteRevisions.id, ids)),
  group: (db: Database, ids: string[]) =>
    db.select({ id: groups.id, territoryId: groups.territoryId, deletedAt: groups.deletedAt }).from(groups).where(inArray(groups.id, ids)),
  person: (db: Database, ids: string[]) =>
    db.select({ id: people.id, territoryId: people.territoryId }).from(people).where(inArray(people.id, ids)),
  territory: (db: Database, ids: string[]) => db.select({ id: territories.id }).from(territories).where(inArray(territories.id, ids)),
  municipality: (db: Database, ids: string[]) =>
    db.select({ id: municipalities.id }).from(municipalities).where(inArray(municipalities.id, ids)),
};

type Kind = keyof typeof loaders;
export type Row<K extends Kind> = Awaited<ReturnType<(typeof loaders)[K]>>[number];
export type MeetingRow = Row<'meeting'>;

/** Which row kinds a pushed change refers to, by where the reference sits in the change. */
const ENTITY_KINDS = new Map<string, Kind>([
  ['meeting', 'meeting'],
  ['agenda_item', 'agenda_item'],
  ['attendance', 'attendance'],
  ['note', 'note'],
  ['task', 'task'],
  // a public hearing's sign-in is a line of the meeting's attendance sheet
  ['hearing_signin', 'attendance'],
  ['hearing_comment', 'hearing_comment'],
  ['vote', 'vote'],
]);
const DATA_REFERENCES = new Map<string, Kind>([
  ['meetingId', 'meeting'],
  ['agendaItemId', 'agenda_item'],
  ['groupId', 'group'],
  ['personId', 'person'],
  ['territoryId', 'territory'],
  ['municipalityId', 'municipality'],
  ['attendanceId', 'attendance'],
]);

/** Asked for a row that a planned change of this push writes but has not written yet. */
export class PendingRow extends Error {}

/**
 * What one push knows about the rows its changes touch. The rows are read in bulk before the first change (a Worker
 * may make only so many D1 calls per request) and kept current as changes apply. Reading ahead is safe because every
 * change's batch is guarded by the seq of the row it was planned from: if another request wrote that row since,
 * the batch does nothing and the change is planned again from fresh rows.
 */
export class PushContext {
  private readonly cache: { [K in Kind]: Map<string, Row<K> | null> } = {
    meeting: new Map(),
    agenda_item: new Map(),
    attendance: new Map(),
    note: new Map(),
    task: new Map(),
    hearing_comment: new Map(),
    vote: new Map(),
    revision: new Map(),
    group: new Map(),
    person: new Map(),
    territory: new Map(),
    municipality: new Map(),
  };
  private readonly permissions = new Map<string, Promise<boolean>>();
  /** ids of rows (and note revisions) that planned changes will write with the next batch */
  readonly pending = new Set<string>();
  /** entity kinds applied by this push, for the audit log */
  readonly appliedEntities = new Set<string>();
  /** told the entities a batch will have applied, before it goes out (the route's audit note) */
  beforeWrite: (entities: string[]) => void = () => {};

  readonly db: Database;
  /** null for a push nobody signed in to (the public hearing's kiosk and phones): only its own modules accept those */
  readonly actor: Actor | null;

  constructor(db: Database, actor: Actor | null) {
    this.db = db;
    this.actor = actor;
  }

  async get<K extends Kind>(kind: K, id: string): Promise<Row<K> | null> {
    if (this.pending.has(id)) throw new PendingRow(`${kind} ${id} is about to be written`);
    if (!this.cache[kind].has(id)) await this.load(kind, [id]);
    return this.cache[kind].get(id) ?? null;
  }

  remember<K extends Kind>(kind: K, id: string, row: Row<K> | null) {
    this.cache[kind].set(id, row);
  }

  forget(kind: Kind, id: string) {
    this.cache[kind].delete(id);
  }

  /** The row a change's batch read back, under its entity's name. */
  rememberRow(entity: string, row: Record<string, unknown>) {
    const kind = ENTITY_KINDS.get(entity);
    if (kind && typeof row.id === 'string') this.cache[kind].set(row.id, row as never);
  }

  forgetRow(entity: string, id: string) {
    const kind = ENTITY_KINDS.get(entity);
    if (kind) this.cache[kind].delete(id);
  }

  async load<K extends Kind>(kind: K, ids: Iterable<string>) {
    const wanted = [...new Set(ids)].filter((id) => UUID.test(id) && !this.cache[kind].has(id));
    for (let i = 0; i < wanted.length; i += CHUNK) {
      const chunk = wanted.slice(i, i + CHUNK);
      const rows = (await loaders[kind](this.db, chunk)) as Row<K>[];
      for (const id of chunk) this.cache[kind].set(id, null);
      for (const row of rows) this.cache[kind].set(row.id, row);
    }
  }

  /** Reads ahead every row the changes name, in a handful of queries instead of a few per change. */
  async prefetch(changes: readonly Record<string, unknown>[]) {
    const wanted = new Map<Kind, Set<string>>();
    const want = (kind: Kind | undefined, id: unknown) => {
      if (!kind || typeof id !== 'string') return;
      wanted.set(kind, (wanted.get(kind) ?? new Set()).add(id));
    };
    for (const change of changes) {
      want(ENTITY_KINDS.get(String(change.entity)), change.entityId);
      want('revision', change.baseRevisionId);
      if (change.data && typeof change.data === 'object') {
        for (const [field, value] of Object.entries(change.data)) want(DATA_REFERENCES.get(field), value);
      }
    }
    for (const [kind, ids] of wanted) if (kind !== 'meeting') await this.load(kind, ids);
    // the meetings of the rows just read, so that changes to existing rows find their meeting without a query each
    for (const kind of ['agenda_item', 'attendance', 'note', 'task', 'hearing_comment', 'vote'] as const) {
      for (const row of this.cache[kind].values()) if (row) want('meeting', row.meetingId);
    }
    await this.load('meeting', wanted.get('meeting') ?? []);
  }

  /**
   * May the person write this meeting's rows? Its group's members and the territory's coordinators may; a meeting
   * without a group (a public hearing, a round table) is the coordinators' alone.
   */
  mayWriteMeeting(meeting: { territoryId: string; groupId: string | null }): Promise<boolean> {
    const key = `${meeting.territoryId}/${meeting.groupId ?? ''}`;
    let answer = this.permissions.get(key);
    if (!answer) {
      answer = meeting.groupId
        ? can(this.db, this.actor, { to: 'take_part_in_group', territoryId: meeting.territoryId, groupId: meeting.groupId })
        : can(this.db, this.actor, { to: 'manage_territory', territoryId: meeting.territoryId });
      this.permissions.set(key, answer);
    }
    return answer;
  }

  mayManage(territoryId: string): Promise<boolean> {
    return can(this.db, this.actor, { to: 'manage_territory', territoryId });
  }
}
