import { uuidv7 } from 'uuidv7';
import * as t from '../schema/tables.ts';
import { as, createUser, signIn } from './accounts.ts';
import { api, createRegion, createTerritory, db, type ErrorJson } from './helpers.ts';

/** A request as `cookie` (or as the public when it is null), answered with its status and JSON body. */
export async function call<T = Record<string, unknown>>(cookie: string | null, path: string, method = 'GET', json?: unknown) {
  const init = { method, ...(json === undefined ? {} : { json }) };
  // The public also comes from the app's own origin, so a refusal is the policy's and not the cross-site guard's.
  const res = cookie ? await as(cookie, path, init) : await api(path, { ...init, headers: { origin: 'https://kpss.test' } });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : null) as T & Partial<ErrorJson> };
}

/** The fields an error names, for assertions like `expect(fields(res)).toContain('json.startYear')`. */
export const fields = (res: { body: Partial<ErrorJson> }) => res.body.error?.issues?.map((i) => i.field) ?? [];

export async function coordinatorCookie(territoryId: string) {
  const user = await createUser({ roles: [[territoryId, 'coordinator']] });
  return signIn(user.email);
}

/** A region with one territory and its coordinator: each test makes its own, as storage is shared within a file. */
export async function newTerritory(regionId?: string) {
  const region = regionId ? { id: regionId } : await createRegion();
  const territory = await createTerritory(region.id);
  const cookie = await coordinatorCookie(territory.id);
  return { regionId: region.id, territory, cookie };
}

export async function createMunicipalities(regionId: string, territoryId: string, names: string[]) {
  const rows = names.map((name) => ({ id: uuidv7(), code: String(100000 + Math.floor(Math.random() * 899999)), name, regionId }));
  await db.insert(t.municipalities).values(rows);
  await db.insert(t.territoryMunicipalities).values(rows.map((m) => ({ territoryId, municipalityId: m.id })));
  return rows;
}

/** A catalogue service for the given client groups (registry codes such as `seniori`) serving the given municipalities. */
export async function createService(territoryId: string, clientGroups: string[], municipalityIds: string[], registrationId: string | null = null) {
  const providerId = uuidv7();
  await db.insert(t.providers).values({ id: providerId, name: `Poskytovatel ${providerId.slice(-6)}` });
  const id = uuidv7();
  await db.insert(t.services).values({ id, providerId, territoryId, kindCode: 'pecovatelska-sluzba', name: `Služba ${id.slice(-6)}`, registrationId });
  if (clientGroups.length) await db.insert(t.serviceClientGroups).values(clientGroups.map((clientGroupCode) => ({ serviceId: id, clientGroupCode })));
  if (municipalityIds.length) await db.insert(t.serviceMunicipalities).values(municipalityIds.map((municipalityId) => ({ serviceId: id, municipalityId })));
  return id;
}

type Created<K extends string> = { [key in K]: { id: string } };

/**
 * A small plan built through the API: Senioři (priority 1, measure SEN 1.1 with activities SEN 1.1.1 and
 * SEN 1.1.2) and Děti, mládež a rodiny (priority 2, measure RD 2.1 with activity RD 2.1.1). It takes a dozen
 * requests, hence the 30 s timeouts of the plan tests on a busy machine.
 */
export async function buildPlan(cookie: string, territorySlug: string, period = { periodFrom: 2019, periodTo: 2021 }, extra: { municipalityIds?: string[] } = {}) {
  const post = async <T>(path: string, json: unknown) => {
    const res = await call<T>(cookie, path, 'POST', json);
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const { plan } = await post<{ plan: { id: string; version: number; status: string } }>(`/api/territories/${territorySlug}/plans`, {
    title: `Komunitní plán ${period.periodFrom}–${period.periodTo}`,
    ...period,
  });
  const { section: seniors } = await post<Created<'section'>>(`/api/plans/${plan.id}/sections`, { title: 'Senioři', targetGroupCode: 'seniors' });
  const { section: families } = await post<Created<'section'>>(`/api/plans/${plan.id}/sections`, { title: 'Rodiny', targetGroupCode: 'families' });
  const { priority: sen1 } = await post<Created<'priority'>>(`/api/sections/${seniors.id}/priorities`, { kind: 'system', code: '1', title: 'Priorita 1' });
  const { priority: rd2 } = await post<Created<'priority'>>(`/api/sections/${families.id}/priorities`, { kind: 'development', code: '2', title: 'Priorita 2' });
  const { measure: sen11 } = await post<Created<'measure'>>(`/api/priorities/${sen1.id}/measures`, { code: 'SEN 1.1', title: 'Terénní služby' });
  const { measure: rd21 } = await post<Created<'measure'>>(`/api/priorities/${rd2.id}/measures`, { code: 'RD 2.1', title: 'Rodiny s dětmi' });
  const y = period.periodFrom;
  const { activity: a1 } = await post<Created<'activity'>>(`/api/measures/${sen11.id}/activities`, {
    code: 'SEN 1.1.1',
    title: 'Pečovatelská služba',
    startYear: y,
    endYear: period.periodTo,
    estimatedCostCzk: 1000,
    funding: [{ source: 'municipality', amountCzk: 1000 }],
    indicators: [{ name: 'klienti', unit: 'osoby', target: 100 }],
    municipalityIds: extra.municipalityIds ?? [],
  });
  const { activity: a2 } = await post<Created<'activity'>>(`/api/measures/${sen11.id}/activities`, {
    code: 'SEN 1.1.2',
    title: 'Víkendová péče',
    startYear: y + 1,
    endYear: period.periodTo,
    estimatedCostCzk: 500,
  });
  const { activity: a3 } = await post<Created<'activity'>>(`/api/measures/${rd21.id}/activities`, {
    code: 'RD 2.1.1',
    title: 'Sociálně aktivizační služba',
    startYear: y,
    endYear: y,
    estimatedCostCzk: 300,
  });
  return { plan, sections: { seniors, families }, priorities: { sen1, rd2 }, measures: { sen11, rd21 }, activities: { a1, a2, a3 } };
}

export async function approve(cookie: string, planId: string) {
  await call(cookie, `/api/plans/${planId}/transition`, 'POST', { to: 'consultation' });
  const res = await call(cookie, `/api/plans/${planId}/transition`, 'POST', { to: 'approved', approvedOn: '2018-12-10', resolution: 'usnesení ZM č. 198/2018' });
  if (res.status !== 200) throw new Error(`approval answered ${res.status}: ${JSON.stringify(res.body)}`);
}
