import * as v from 'valibot';
import { uuidv7 } from 'uuidv7';
import { beforeAll, describe, expect, it } from 'vitest';
import { RegistrationNumber } from '../schema/api/projects.ts';
import { documents, PROJECT_ACTIVITY_KINDS } from '../schema/tables.ts';
import { as, createUser, signIn } from './accounts.ts';
import { api, createRegion, createTerritory, db, type ErrorJson } from './helpers.ts';

type Activity = { kind: string; status: string; doneOn: string | null; note: string | null };
type ProjectJson = {
  id: string;
  territoryId: string;
  registrationNumber: string | null;
  name: string;
  partners: string[];
  startsOn: string;
  endsOn: string;
  programme: string | null;
  budgetCzk: number | null;
  activities: Activity[];
};

let tabor = '';
let coordinator = '';
let member = '';
let otherCoordinator = '';
beforeAll(async () => {
  const region = await createRegion();
  tabor = (await createTerritory(region.id, { slug: 'tabor', name: 'ORP Tábor' })).id;
  const trebon = (await createTerritory(region.id, { slug: 'trebon', name: 'ORP Třeboň' })).id;
  coordinator = await signIn((await createUser({ roles: [[tabor, 'coordinator']] })).email);
  member = await signIn((await createUser({ roles: [[tabor, 'member']] })).email);
  otherCoordinator = await signIn((await createUser({ roles: [[trebon, 'coordinator']] })).email);
});

const taborProject = {
  registrationNumber: 'CZ.03.2.63/0.0/0.0/16_063/0006569',
  name: 'Střednědobé plánování sociálních služeb na Táborsku',
  implementer: 'Město Tábor',
  partners: ['Centrum pro komunitní práci jižní Čechy'],
  startsOn: '2018-05-01',
  endsOn: '2020-04-30',
  programme: 'OPZ',
  budgetCzk: 1_900_000,
};

const createProject = (body: Record<string, unknown>, cookie = coordinator) =>
  as(cookie, '/api/territories/tabor/projects', { method: 'POST', json: { ...taborProject, ...body } });

async function created(body: Record<string, unknown> = {}) {
  const res = await createProject(body);
  expect(res.status).toBe(201);
  return (await res.json<{ project: ProjectJson }>()).project;
}

const fieldsOf = async (res: Response) => {
  expect(res.status).toBe(400);
  return (await res.json<ErrorJson>()).error.issues?.map((i) => i.field);
};

describe('registration numbers', () => {
  it.each([
    // the projects named in the issue and in the demo data (OPZ 2014–2020, call 063 and call 007)
    'CZ.03.2.63/0.0/0.0/16_063/0006569',
    'CZ.03.2.63/0.0/0.0/16_063/0006571',
    'CZ.03.2.63/0.0/0.0/15_007/0003792',
    // Kaplice's planning project, as the town publishes it
    'CZ.03.2.63/0.0/0.0/16_063/0006539',
    // OPZ+ 2021–2027, as published for a desegregation project
    'CZ.03.02.02/00/22_004/0003844',
    // OP LZZ 2007–2013, as the managing authority's glossary explains the number
    'CZ.1.04/4.1.01/53.00168',
  ])('accepts %s', (number) => {
    expect(v.is(RegistrationNumber, number)).toBe(true);
  });

  it.each([
    ['a project number one digit short', 'CZ.03.2.63/0.0/0.0/16_063/000656'],
    ['a dash instead of the underscore', 'CZ.03.2.63/0.0/0.0/16-063/0006569'],
    ['no country prefix', '03.2.63/0.0/0.0/16_063/0006569'],
    ['a space for the dot', 'CZ 03.2.63/0.0/0.0/16_063/0006569'],
    ['a trailing letter', 'CZ.03.2.63/0.0/0.0/16_063/0006569x'],
    ['lower case', 'cz.03.2.63/0.0/0.0/16_063/0006569'],
    ['a missing segment', 'CZ.03.2.63/0.0/16_063/0006569'],
    ['a 2021–2027 number with a short project number', 'CZ.03.02.02/00/22_004/000384'],
    ['a 2021–2027 number with one-digit parts', 'CZ.03.2.2/00/22_004/0003844'],
  ])('refuses %s', (_, number) => {
    expect(v.is(RegistrationNumber, number)).toBe(false);
  });

  it('tolerates spaces pasted around the number', async () => {
    const project = await created({ registrationNumber: '  CZ.03.2.63/0.0/0.0/15_007/0003792 ' });
    expect(project.registrationNumber).toBe('CZ.03.2.63/0.0/0.0/15_007/0003792');
  });
});

describe('POST /api/territories/:territory/projects', () => {
  it('creates a project with its full key activities checklist, readable by everyone', async () => {
    const project = await created();
    expect(project).toMatchObject({ ...taborProject, territoryId: tabor });
    expect(project.activities.map((a) => a.kind)).toEqual([...PROJECT_ACTIVITY_KINDS]);
    expect(project.activities.every((a) => a.status === 'planned')).toBe(true);
    const res = await api(`/api/projects/${project.id}`);
    expect(res.status).toBe(200);
    expect((await res.json<{ project: ProjectJson }>()).project.name).toBe(taborProject.name);
    const list = await (await api('/api/territories/tabor/projects')).json<{ projects: ProjectJson[] }>();
    expect(list.projects.map((p) => p.id)).toContain(project.id);
  });

  it('allows a project without a registration number, as SROP projects had none', async () => {
    const project = await created({ registrationNumber: null, programme: 'SROP', startsOn: '2007-01-01', endsOn: '2008-02-29' });
    expect(project.registrationNumber).toBeNull();
  });

  it('refuses a malformed registration number naming the field', async () => {
    expect(await fieldsOf(await createProject({ registrationNumber: 'CZ.03.2.63/0.0/0.0/16_063/000656' }))).toEqual(['json.registrationNumber']);
  });

  it('refuses a period that ends before it starts, naming endsOn', async () => {
    expect(await fieldsOf(await createProject({ startsOn: '2020-05-01', endsOn: '2020-04-30' }))).toEqual(['json.endsOn']);
  });

  it('refuses dates that do not exist or are not dates', async () => {
    expect(await fieldsOf(await createProject({ startsOn: '2019-02-29', endsOn: '30. 4. 2020' }))).toEqual(['json.startsOn', 'json.endsOn']);
  });

  it('refuses a negative or fractional budget and empty names', async () => {
    expect(await fieldsOf(await createProject({ budgetCzk: -1 }))).toEqual(['json.budgetCzk']);
    expect(await fieldsOf(await createProject({ budgetCzk: 1.5 }))).toEqual(['json.budgetCzk']);
    expect(await fieldsOf(await createProject({ name: '  ', implementer: '' }))).toEqual(['json.name', 'json.implementer']);
  });

  it('answers 409 to an id that is taken', async () => {
    const id = uuidv7();
    await created({ id });
    expect((await createProject({ id })).status).toBe(409);
  });

  it('is refused to members and to coordinators of another territory', async () => {
    expect((await createProject({}, member)).status).toBe(403);
    expect((await createProject({}, otherCoordinator)).status).toBe(403);
    expect((await api('/api/territories/tabor/projects', { method: 'POST', json: taborProject })).status).toBe(401);
  });
});

describe('PATCH /api/projects/:id', () => {
  it('changes the fields given and keeps the others', async () => {
    const project = await created();
    const res = await as(coordinator, `/api/projects/${project.id}`, { method: 'PATCH', json: { budgetCzk: 2_100_000, partners: ['Město Sezimovo Ústí'] } });
    expect(res.status).toBe(200);
    const { project: updated } = await res.json<{ project: ProjectJson }>();
    expect(updated).toMatchObject({ budgetCzk: 2_100_000, partners: ['Město Sezimovo Ústí'], name: taborProject.name });
  });

  it('checks the new period against the stored one', async () => {
    const project = await created();
    expect(await fieldsOf(await as(coordinator, `/api/projects/${project.id}`, { method: 'PATCH', json: { endsOn: '2018-04-30' } }))).toEqual(['json.endsOn']);
    expect(await fieldsOf(await as(coordinator, `/api/projects/${project.id}`, { method: 'PATCH', json: { startsOn: '2020-05-01' } }))).toEqual(['json.startsOn']);
  });

  it('refuses a period that would leave one of its documents outside', async () => {
    const project = await created();
    await db.insert(documents).values({ id: uuidv7(), territoryId: tabor, projectId: project.id, kind: 'analysis', title: 'Analýza', issuedOn: '2019-01-31' });
    const res = await as(coordinator, `/api/projects/${project.id}`, { method: 'PATCH', json: { endsOn: '2018-12-31' } });
    expect(await fieldsOf(res)).toEqual(['json.endsOn']);
  });

  it('says so when nothing is to change, and is for coordinators of the territory only', async () => {
    const project = await created();
    expect((await as(coordinator, `/api/projects/${project.id}`, { method: 'PATCH', json: {} })).status).toBe(400);
    expect((await as(member, `/api/projects/${project.id}`, { method: 'PATCH', json: { name: 'x' } })).status).toBe(403);
    expect((await as(otherCoordinator, `/api/projects/${project.id}`, { method: 'PATCH', json: { name: 'x' } })).status).toBe(403);
  });
});

describe('PUT /api/projects/:id/activities/:kind', () => {
  const put = (id: string, kind: string, json: unknown, cookie = coordinator) => as(cookie, `/api/projects/${id}/activities/${kind}`, { method: 'PUT', json });

  it('ticks off an activity with the date it was done', async () => {
    const project = await created();
    const res = await put(project.id, 'public_meetings', { status: 'done', doneOn: '2019-04-12', note: 'Veřejné projednání v Muzeu fotografie.' });
    expect(res.status).toBe(200);
    const body = await res.json<{ activity: Activity; project: ProjectJson }>();
    expect(body.activity).toEqual({ kind: 'public_meetings', status: 'done', doneOn: '2019-04-12', note: 'Veřejné projednání v Muzeu fotografie.' });
    const again = await put(project.id, 'public_meetings', { status: 'in_progress' });
    expect((await again.json<{ activity: Activity }>()).activity).toEqual({ kind: 'public_meetings', status: 'in_progress', doneOn: null, note: null });
    const read = await (await api(`/api/projects/${project.id}`)).json<{ project: ProjectJson }>();
    expect(read.project.activities.filter((a) => a.status !== 'planned').map((a) => a.kind)).toEqual(['public_meetings']);
  });

  it('refuses a date outside the project period, naming doneOn', async () => {
    const project = await created();
    const res = await put(project.id, 'catalogue', { status: 'done', doneOn: '2020-05-01' });
    expect(await fieldsOf(res)).toEqual(['json.doneOn']);
  });

  it('refuses a done date on an activity that is not done, and an unknown activity or status', async () => {
    const project = await created();
    expect(await fieldsOf(await put(project.id, 'catalogue', { status: 'planned', doneOn: '2019-01-01' }))).toEqual(['json.doneOn']);
    expect(await fieldsOf(await put(project.id, 'brochure', { status: 'done' }))).toEqual(['param.kind']);
    expect(await fieldsOf(await put(project.id, 'catalogue', { status: 'finished' }))).toEqual(['json.status']);
  });

  it('is for coordinators of the territory only', async () => {
    const project = await created();
    expect((await put(project.id, 'catalogue', { status: 'done' }, member)).status).toBe(403);
    expect((await put(project.id, 'catalogue', { status: 'done' }, otherCoordinator)).status).toBe(403);
  });
});

describe('DELETE /api/projects/:id', () => {
  it('leaves a tombstone: the project is gone from the territory', async () => {
    const project = await created();
    expect((await as(member, `/api/projects/${project.id}`, { method: 'DELETE' })).status).toBe(403);
    expect((await as(coordinator, `/api/projects/${project.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await api(`/api/projects/${project.id}`)).status).toBe(404);
    const list = await (await api('/api/territories/tabor/projects')).json<{ projects: ProjectJson[] }>();
    expect(list.projects.map((p) => p.id)).not.toContain(project.id);
  });
});
