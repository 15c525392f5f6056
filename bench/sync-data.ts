/**
 * Meetings data for the API benchmark and the fault script: in one territory a working group with its coordinator
 * and `clients` members (each with a ready session, so no benchmark pays for PBKDF2 sign-ins), one meeting with
 * `rows` synced rows for pulls, and the changes a phone's outbox holds.
 */
import { createHash } from 'node:crypto';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { uuidv7 } from 'uuidv7';
import * as t from '../schema/tables.ts';
import { insertStatements } from '../seeds/sql.ts';

export type SyncSeed = ReturnType<typeof syncSeed>;
type Rows<T extends SQLiteTable> = T['$inferInsert'][];

const chunked = <T extends SQLiteTable>(table: T, rows: Rows<T>) => {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += 100) out.push(...insertStatements(table, rows.slice(i, i + 100), { multiRow: true }));
  return out;
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A session row and the Cookie header that carries it. */
function session(userId: string) {
  const token = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
  const now = Date.now();
  return { row: { id: uuidv7(), userId, tokenHash: sha256(token), expiresAt: now + 7 * 86_400_000, lastUsedAt: now }, cookie: `__Host-kpss_session=${token}` };
}

export function syncSeed(options: { territoryId: string; clients: number; rows: number }) {
  const group = { id: uuidv7(), territoryId: options.territoryId, kind: 'working_thematic' as const, name: 'Senioři' };
  const meeting = { id: uuidv7(), territoryId: options.territoryId, groupId: group.id, kind: 'working_group' as const, title: 'Jednání', startsAt: '2027-01-10T13:00' };
  const user = (name: string) => ({ id: uuidv7(), email: `${name}@bench.example`, name, passwordHash: 'pbkdf2-sha256$1$AAAA$AAAA' });
  const coordinator = user('koordinator');
  const members = Array.from({ length: options.clients }, (_, i) => user(`clen-${i}`));
  const people = members.map((m) => ({ id: uuidv7(), territoryId: options.territoryId, userId: m.id, name: m.name, planningRole: 'provider' as const }));
  const sessions = [coordinator, ...members].map((u) => session(u.id));
  // half notes (each with its revision), half tasks: what a group's year of meetings leaves
  const notes = Array.from({ length: Math.floor(options.rows / 3) }, (_, i) => ({ id: uuidv7(), revisionId: uuidv7(), body: `Bod ${i}: skupina projednala dostupnost terénních služeb v menších obcích.` }));
  const tasks = Array.from({ length: options.rows - 2 * notes.length }, (_, i) => ({ id: uuidv7(), meetingId: meeting.id, groupId: group.id, assignee: 'Lenka', description: `Úkol ${i}` }));
  const sql = [
    ...insertStatements(t.groups, [group]),
    ...chunked(t.users, [coordinator, ...members]),
    ...chunked(t.userRoles, [
      { id: uuidv7(), userId: coordinator.id, territoryId: options.territoryId, role: 'coordinator' },
      ...members.map((m) => ({ id: uuidv7(), userId: m.id, territoryId: options.territoryId, role: 'member' as const })),
    ]),
    ...chunked(t.people, people),
    ...chunked(t.groupMembers, people.map((p) => ({ id: uuidv7(), groupId: group.id, personId: p.id, planningRole: 'provider' as const }))),
    ...chunked(t.sessions, sessions.map((s) => s.row)),
    ...insertStatements(t.meetings, [meeting]),
    ...chunked(t.notes, notes.map((n) => ({ id: n.id, meetingId: meeting.id, body: n.body, headRevisionId: n.revisionId }))),
    ...chunked(t.noteRevisions, notes.map((n) => ({ id: n.revisionId, noteId: n.id, body: n.body }))),
    ...chunked(t.tasks, tasks),
  ];
  return { sql, group, meeting, coordinatorCookie: sessions[0]!.cookie, memberCookies: sessions.slice(1).map((s) => s.cookie) };
}

/** `count` new tasks and notes for the meeting, as one phone's outbox holds them: each a change with its own id. */
export function outboxChanges(meetingId: string, count: number, label = 'telefon') {
  return Array.from({ length: count }, (_, i) =>
    i % 2
      ? { id: uuidv7(), entity: 'task', op: 'upsert', entityId: uuidv7(), data: { meetingId, assignee: 'Lenka', description: `${label}: úkol ${i}` }, createdAt: Date.now() }
      : { id: uuidv7(), entity: 'note', op: 'upsert', entityId: uuidv7(), data: { meetingId, body: `${label}: poznámka ${i}` }, createdAt: Date.now() },
  );
}
