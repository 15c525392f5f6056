import { uuidv7 } from 'uuidv7';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetings } from '../schema/tables.ts';
import { demoId } from '../seeds/ids.ts';
import { as, createUser, signIn } from './accounts.ts';
import { api, db, loadDemoSeed, type ErrorJson } from './helpers.ts';

type Meeting = { id: string; kind: string; title: string; startsAt: string; place: string | null; territorySlug: string };
type Plan = { id: string; title: string; periodFrom: number; periodTo: number; status: string; approved: boolean; inForce: boolean };
type Overview = {
  territory: {
    slug: string;
    name: string;
    planningSince: number | null;
    description: string | null;
    regionCode: string;
    contactEmail: string | null;
    contactPhone: string | null;
    subTerritories: { slug: string }[];
  };
  targetGroups: { code: string; name: string; nameEn: string; workingGroups: { name: string }[] }[];
  workingGroups: { thematic: { name: string }[]; territorial: { name: string; subTerritorySlug: string | null }[] };
  plan: Plan | null;
  plans: Plan[];
  projects: { current: { name: string }[]; past: { registrationNumber: string | null; activities: { kind: string; status: string }[] }[] };
  documents: { title: string; kind: string; isPublic: boolean }[];
  pressReleases: { title: string; hasBody: boolean }[];
  upcomingMeetings: Meeting[];
};

const nextYear = new Date().getUTCFullYear() + 1;
const jhId = demoId('territory:jindrichuv-hradec');
const taborId = demoId('territory:tabor');
const futureHearing = uuidv7();
const futureSteering = uuidv7();
const bechyneMeeting = uuidv7();

beforeAll(async () => {
  await loadDemoSeed();
  for (const row of [
    { id: futureHearing, territoryId: jhId, kind: 'public_hearing' as const, title: 'Veřejné projednání plánu na další období', startsAt: `${nextYear}-01-14T16:00`, place: 'Kulturní dům Střelnice' },
    { id: futureSteering, territoryId: jhId, kind: 'steering_group' as const, title: 'Řídicí skupina (neveřejné)', startsAt: `${nextYear}-01-15T14:00`, place: 'MěÚ' },
    { id: bechyneMeeting, territoryId: demoId('territory:bechynsko'), kind: 'public_meeting' as const, title: 'Veřejné setkání v Bechyni', startsAt: `${nextYear}-01-12T17:00`, place: 'Bechyně' },
  ]) {
    await db.insert(meetings).values(row);
  }
});

const overview = async (slug: string) => {
  const res = await api(`/api/territories/${slug}/overview`);
  expect(res.status).toBe(200);
  return res;
};

describe('GET /api/territories/:territory/overview for the demo district of Jindřichův Hradec', () => {
  let body: Overview;
  let text = '';
  beforeAll(async () => {
    text = await (await overview('jindrichuv-hradec')).text();
    body = JSON.parse(text) as Overview;
  });

  it('says since when the district plans and what it is', () => {
    expect(body.territory).toMatchObject({ slug: 'jindrichuv-hradec', name: 'Jindřichův Hradec', planningSince: 2008, regionCode: 'CZ031' });
    expect(body.territory.description).toMatch(/územní skupiny Strmilov/);
    expect(body.territory.subTerritories.map((t) => t.slug)).toEqual(expect.arrayContaining(['strmilov', 'nova-bystrice']));
  });

  it('lists the target groups with their thematic working groups, and the territorial groups', () => {
    expect(body.targetGroups.map((tg) => tg.workingGroups.map((g) => g.name)).flat()).toEqual(
      expect.arrayContaining(['Senioři', 'Osoby se zdravotním postižením', 'Děti, mládež a rodina', 'Osoby ohrožené sociálním vyloučením']),
    );
    expect(body.targetGroups.every((tg) => tg.name && tg.nameEn)).toBe(true);
    expect(body.workingGroups.territorial.find((g) => g.name === 'Územní skupina Strmilov')?.subTerritorySlug).toBe('strmilov');
    const names = [...body.workingGroups.thematic, ...body.workingGroups.territorial].map((g) => g.name);
    expect(names).not.toContain('Řídicí skupina');
    expect(names).not.toContain('Koordinační skupina');
  });

  it('shows the newest plan with its period and state, and all plans', () => {
    expect(body.plan).toMatchObject({ title: 'Komunitní plán sociálních služeb ORP Jindřichův Hradec 2020–2022', periodFrom: 2020, periodTo: 2022, status: 'consultation', approved: false });
    expect(body.plan?.id).toBe(demoId('plan:jh-2020'));
    expect(body.plans.length).toBeGreaterThanOrEqual(2);
  });

  it('shows the past planning project with its registration number and checklist', () => {
    const project = body.projects.past.find((p) => p.registrationNumber === 'CZ.03.2.63/0.0/0.0/16_063/0006571');
    expect(project?.activities.find((a) => a.kind === 'statute_update')?.status).toBe('done');
    expect(project?.activities.find((a) => a.kind === 'plan_approval')?.status).toBe('in_progress');
  });

  it('offers the public documents and press releases separately', () => {
    expect(body.documents.map((d) => d.kind)).toEqual(expect.arrayContaining(['statute', 'rules_of_procedure', 'minutes']));
    expect(body.documents.every((d) => d.isPublic && d.kind !== 'press_release')).toBe(true);
    expect(body.pressReleases).toEqual([expect.objectContaining({ title: 'Tisková zpráva: Veřejné projednání komunitního plánu 12. 4. 2018', hasBody: true })]);
  });

  it('lists upcoming public meetings with date, time and place, never the steering group', () => {
    const hearing = body.upcomingMeetings.find((m) => m.id === futureHearing);
    expect(hearing).toMatchObject({ kind: 'public_hearing', startsAt: `${nextYear}-01-14T16:00`, place: 'Kulturní dům Střelnice' });
    expect(body.upcomingMeetings.map((m) => m.id)).not.toContain(futureSteering);
    expect(body.upcomingMeetings.every((m) => m.startsAt >= new Date().toISOString().slice(0, 10))).toBe(true);
    const starts = body.upcomingMeetings.map((m) => m.startsAt);
    expect(starts).toEqual([...starts].sort());
  });

  it('carries no personal data: no names, e-mails or phones of the people who take part', () => {
    for (const personal of ['Hana Ukázková', 'Veronika Příkladná', '@example.org', '+420 777 555']) expect(text).not.toContain(personal);
  });
});

describe('GET /api/territories/:territory/overview', () => {
  it('leaves private documents out', async () => {
    const body = await (await overview('cesky-krumlov')).json<Overview>();
    expect(body.documents.map((d) => d.title)).not.toContain('Podklady řídicí skupiny k rozpočtu 2019 (interní)');
  });

  it('includes the meetings of sub-areas in the district', async () => {
    const body = await (await overview('tabor')).json<Overview>();
    expect(body.upcomingMeetings.find((m) => m.id === bechyneMeeting)?.territorySlug).toBe('bechynsko');
  });

  it('answers 404 for a territory that does not exist', async () => {
    expect((await api('/api/territories/neexistuje/overview')).status).toBe(404);
  });
});

describe('PATCH /api/territories/:territory/profile', () => {
  it('publishes the planning office contact set by a coordinator', async () => {
    const cookie = await signIn((await createUser({ roles: [[demoId('territory:trebon'), 'coordinator']] })).email);
    const res = await as(cookie, '/api/territories/trebon/profile', {
      method: 'PATCH',
      json: { contactEmail: 'KPSS@Trebon.example', contactPhone: '+420 384 342 111', web: 'https://www.itrebon.cz/kpss', planningSince: 2011 },
    });
    expect(res.status).toBe(200);
    const body = await (await overview('trebon')).json<Overview>();
    expect(body.territory).toMatchObject({ contactEmail: 'kpss@trebon.example', contactPhone: '+420 384 342 111' });
  });

  it('names invalid fields with 400', async () => {
    const cookie = await signIn((await createUser({ roles: [[taborId, 'coordinator']] })).email);
    const res = await as(cookie, '/api/territories/tabor/profile', { method: 'PATCH', json: { contactEmail: 'nikdo', web: 'javascript:alert(1)', planningSince: 1850 } });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.map((i) => i.field).sort()).toEqual(['json.contactEmail', 'json.planningSince', 'json.web']);
  });

  it('is for coordinators of the territory only', async () => {
    const member = await signIn((await createUser({ roles: [[taborId, 'member']] })).email);
    const other = await signIn((await createUser({ roles: [[jhId, 'coordinator']] })).email);
    expect((await as(member, '/api/territories/tabor/profile', { method: 'PATCH', json: { planningSince: 2006 } })).status).toBe(403);
    expect((await as(other, '/api/territories/tabor/profile', { method: 'PATCH', json: { planningSince: 2006 } })).status).toBe(403);
  });
});

describe('GET /api/regions', () => {
  it('lists the regions by code and name, for links to their pages', async () => {
    const res = await api('/api/regions');
    expect(res.status).toBe(200);
    const { regions } = await res.json<{ regions: { code: string; name: string }[] }>();
    expect(regions).toContainEqual({ code: 'CZ031', name: 'Jihočeský kraj' });
  });
});

describe('GET /api/regions/:code/overview', () => {
  type RegionOverview = {
    region: { code: string; name: string };
    territories: { slug: string; subTerritories: { slug: string }[]; plan: Plan | null; nextPublicMeeting: Meeting | null }[];
  };
  let body: RegionOverview;
  beforeAll(async () => {
    const res = await api('/api/regions/CZ031/overview');
    expect(res.status).toBe(200);
    body = await res.json<RegionOverview>();
  });

  it('lists the districts of South Bohemia with their sub-areas', () => {
    expect(body.region.name).toBe('Jihočeský kraj');
    expect(body.territories.map((t) => t.slug).sort()).toEqual(['cesky-krumlov', 'jindrichuv-hradec', 'prachatice', 'tabor', 'trebon', 'trhove-sviny']);
    expect(body.territories.find((t) => t.slug === 'tabor')?.subTerritories.map((t) => t.slug)).toContain('bechynsko');
  });

  it('gives each district its plan period and whether it was approved', () => {
    const plan = (slug: string) => body.territories.find((t) => t.slug === slug)?.plan;
    expect(plan('trhove-sviny')).toMatchObject({ periodFrom: 2019, periodTo: 2021, status: 'approved', approved: true });
    expect(plan('jindrichuv-hradec')).toMatchObject({ periodFrom: 2020, approved: false });
  });

  it('gives each district its next public meeting, counting its sub-areas and never a steering group', () => {
    const next = (slug: string) => body.territories.find((t) => t.slug === slug)?.nextPublicMeeting;
    expect(next('tabor')?.id).toBe(bechyneMeeting);
    expect(next('jindrichuv-hradec')?.id).toBe(futureHearing);
  });

  it('answers 404 for an unknown region and 400 for a malformed code', async () => {
    expect((await api('/api/regions/CZ099/overview')).status).toBe(404);
    expect((await api('/api/regions/C%3B/overview')).status).toBe(400);
  });
});
