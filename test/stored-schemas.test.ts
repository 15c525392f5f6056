import { describe, expect, it } from 'vitest';
import { readStoredRow } from '../schema/stored/meeting-rows.ts';
import { storedEntryIssues } from '../schema/stored/outbox.ts';

const id = '0190a3e4-7b2c-7d3e-8f4a-123456789abc';
const entry = {
  id,
  authorId: 'user-1',
  entity: 'agenda_item',
  entityId: id,
  op: 'upsert',
  data: { meetingId: id, title: 'Různé', position: 2 },
  createdAt: 1,
  appVersion: 'kpss-pwa-1',
  status: 'waiting',
  attempts: 0,
  nextAttemptAt: 0,
};

describe('stored outbox entries', () => {
  it('accepts an entry as the app queues it', () => {
    expect(storedEntryIssues(entry)).toEqual([]);
  });

  it('names the field of data that no longer fits its entity', () => {
    expect(storedEntryIssues({ ...entry, data: { ...entry.data, title: { cs: 'Různé' } } }).map((issue) => issue.field)).toEqual(['data.title']);
  });

  it('names a broken envelope', () => {
    expect(storedEntryIssues({ ...entry, status: 'queued' }).map((issue) => issue.field)).toEqual(['status']);
  });
});

describe('stored meeting rows', () => {
  const meeting = { id, territoryId: id, groupId: null, kind: 'working_group', title: 'Jednání', startsAt: '2027-05-20T13:00', endsAt: null, place: null, status: 'planned', publishedAt: null, deletedAt: null };

  it('reads a row made on the device, filling missing nullable columns with null', () => {
    const { endsAt: _endsAt, ...withoutEnd } = meeting;
    expect(readStoredRow('meeting', withoutEnd)).toMatchObject({ endsAt: null, title: 'Jednání' });
  });

  it('refuses a row whose fields the screens would show typed wrongly', () => {
    expect(readStoredRow('meeting', { ...meeting, title: 2027 })).toBeNull();
    expect(readStoredRow('meeting', { ...meeting, kind: 'pracovni_skupina' })).toBeNull();
    expect(readStoredRow('unknown', meeting)).toBeNull();
  });
});
