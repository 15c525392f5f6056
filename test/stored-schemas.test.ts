import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { StoredCatalogue } from '../schema/stored/catalogue.ts';
import { StoredParticipant } from '../schema/stored/hearings.ts';
import { readStoredRow } from '../schema/stored/meeting-rows.ts';
import { StoredPlanSnapshot } from '../schema/stored/plan.ts';
import { StoredMeetingPeople } from '../schema/stored/values.ts';
import { createMunicipality, createProvider, createService } from './catalogue.fixtures.ts';
import { api, createRegion, createTerritory } from './helpers.ts';
import { buildPlan, call, newTerritory } from './plan-fixtures.ts';
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

/** Where a stored copy no longer fits, as dot paths (`services.0.name`); empty when it fits. */
const unfit = (schema: v.GenericSchema, value: unknown) => {
  const parsed = v.safeParse(schema, value);
  return parsed.success ? [] : parsed.issues.map((issue) => v.getDotPath(issue));
};

describe('stored catalogue', () => {
  it('reads the full catalogue the server sends, every optional field of a service filled in', { timeout: 30_000 }, async () => {
    const region = await createRegion();
    const territory = await createTerritory(region.id);
    const town = await createMunicipality(region.id, '550094', 'Prachatice', [territory.id], 49.01, 14.0);
    const provider = await createProvider({ name: 'Charita', ico: '12345679', web: 'https://charita.example' });
    await createService({
      providerId: provider.id,
      territoryId: territory.id,
      name: 'Domov',
      kindCode: 'domovy-pro-seniory',
      forms: ['pob'],
      clientGroups: ['seniori'],
      municipalityIds: [town.id],
      phone: '+420 388 555 111',
      capacity: 40,
      openingHours: [{ day: 1, opens: '08:00', closes: '16:00' }],
    });
    const res = await api(`/api/territories/${territory.slug}/catalogue`);
    const body = await res.json<Record<string, unknown>>();
    expect(unfit(StoredCatalogue, body)).toEqual([]);
  });

  it('names what an older copy has in another shape: a name that is no longer text, a code this release does not know', () => {
    const copy = {
      territory: { id: 't', slug: 'prachatice', name: 'Prachatice' },
      version: 7,
      services: [{ id: 's', providerId: 'p', territoryId: 't', kind: 'domovy-pro-seniory', name: { cs: 'Domov' } }],
      providers: [{ id: 'p', name: 'Charita' }],
      municipalities: [{ code: '550094', name: 'Prachatice' }],
      codeLists: { serviceKinds: [{ code: 'domov-seniori', name: 'domov', nameEn: 'home' }], serviceForms: [], targetGroups: [], clientGroups: [] },
    };
    expect(unfit(StoredCatalogue, copy)).toEqual(['services.0.name', 'codeLists.serviceKinds.0.code', 'codeLists.serviceKinds.0.name', 'codeLists.serviceKinds.0.nameEn']);
    // an app of before code lists were part of the copy
    const { codeLists: _gone, ...withoutCodeLists } = copy;
    expect(unfit(StoredCatalogue, withoutCodeLists)).toContain('codeLists');
  });
});

describe('stored plan snapshot', () => {
  it('reads the snapshot the server sends', { timeout: 30_000 }, async () => {
    const { territory, cookie } = await newTerritory();
    const built = await buildPlan(cookie, territory.slug);
    const snapshot = await call(cookie, `/api/plans/${built.plan.id}/snapshot`);
    expect(snapshot.status).toBe(200);
    expect(unfit(StoredPlanSnapshot, snapshot.body)).toEqual([]);
  });

  it('names the fields of an older shape: a status the plan no longer has, a year as text, a measure without activities', () => {
    const old = {
      plan: { id: 'p', territoryId: 't', title: 'Plán', periodFrom: '2019', periodTo: 2021, extendedTo: null, status: 'published', version: 1, previousVersionId: null, approvedOn: null, approvalResolution: null, updatedAt: 1, territory: null },
      sections: [{ id: 's', title: 'Senioři', priorities: [{ id: 'r', kind: 'system', code: '1', title: 'P', measures: [{ id: 'm', code: 'SEN 1.1', title: 'M' }] }] }],
      names: { targetGroups: {}, workingGroups: {}, municipalities: {}, services: {} },
      totals: { sections: 1, priorities: 1, measures: 1, activities: 0, estimatedCostCzk: 0 },
    };
    expect(unfit(StoredPlanSnapshot, old)).toEqual(['plan.periodFrom', 'plan.status', 'sections.0.priorities.0.measures.0.activities']);
  });
});

describe('stored small values', () => {
  it('refuses a participant without its token and people whose names are not text', () => {
    expect(unfit(StoredParticipant, { attendanceId: null, name: null })).toEqual(['token']);
    expect(unfit(StoredMeetingPeople, { byAttendance: { a: { name: 7, organization: null } }, members: [] })).toEqual(['byAttendance.a.name']);
  });
});
