import { uuidv7 } from 'uuidv7';
import type { HearingState, PublicHearing } from '../schema/api/hearings.ts';
import type { ChangeResult, SyncChange } from '../schema/api/sync.ts';
import { CURRENT_CONSENT_VERSION } from '../schema/api/hearings.ts';
import * as t from '../schema/tables.ts';
import { api, db } from './helpers.ts';
import { call, createMunicipalities, newTerritory } from './plan-fixtures.ts';

/**
 * A territory whose plan (one measure with one activity) is in consultation, and a public hearing over it with a
 * two-item agenda, opened by its coordinator, with three voting options and 10 points. Each call makes its own.
 */
export async function hearingScene(options: { open?: boolean; votingOpen?: boolean } = {}) {
  const { regionId, territory, cookie } = await newTerritory();
  const [town] = await createMunicipalities(regionId, territory.id, ['Kardašova Řečice']);
  const plan = { id: uuidv7(), territoryId: territory.id, title: 'Komunitní plán 2027–2029', periodFrom: 2027, periodTo: 2029, status: 'consultation' as const };
  const section = { id: uuidv7(), planId: plan.id, title: 'Senioři' };
  const priority = { id: uuidv7(), planId: plan.id, sectionId: section.id, kind: 'system' as const, code: '1', title: 'Podpora systému' };
  const measure = { id: uuidv7(), planId: plan.id, priorityId: priority.id, code: 'SEN 1.1', title: 'Terénní služby', description: 'Rozšířit pečovatelskou službu.' };
  const activity = { id: uuidv7(), planId: plan.id, measureId: measure.id, code: 'SEN 1.1.1', title: 'Pečovatelská služba o víkendech' };
  await db.insert(t.plans).values(plan);
  await db.insert(t.planSections).values(section);
  await db.insert(t.priorities).values(priority);
  await db.insert(t.measures).values(measure);
  await db.insert(t.activities).values(activity);
  const meeting = { id: uuidv7(), territoryId: territory.id, kind: 'public_hearing' as const, title: 'Veřejné projednání KPSS', startsAt: '2027-05-12T16:00', place: 'Muzeum', planId: plan.id };
  await db.insert(t.meetings).values(meeting);
  const agenda = [1, 2].map((position) => ({ id: uuidv7(), meetingId: meeting.id, position, title: `Bod ${position}` }));
  await db.insert(t.agendaItems).values(agenda);
  const scene = { territory, town: town!, cookie, plan, measure, activity, meeting, agenda, code: '', optionIds: [] as string[] };
  if (options.open === false) return scene;
  const opened = await coordinator<HearingState>(scene, `/open`, 'POST');
  const settings = await coordinator<HearingState>(scene, '', 'PATCH', {
    votePoints: 10,
    options: [{ label: 'Zimní noclehárna' }, { label: 'Odlehčovací služba', measureId: measure.id }, { label: 'Dluhové poradenství' }],
  });
  scene.code = opened.body.code!;
  scene.optionIds = settings.body.options.map((o) => o.id);
  if (options.votingOpen !== false) await coordinator(scene, '/voting', 'POST', { open: true });
  return scene;
}

export type HearingScene = Awaited<ReturnType<typeof hearingScene>>;

/** A coordinator's request to `/api/hearings/:id<path>`. */
export function coordinator<T = Record<string, unknown>>(scene: Pick<HearingScene, 'cookie' | 'meeting'>, path: string, method = 'GET', json?: unknown) {
  return call<T>(scene.cookie, `/api/hearings/${scene.meeting.id}${path}`, method, json);
}

export const publicPage = async (code: string, address = '192.0.2.1') => {
  const res = await api(`/api/public-hearings/${code}`, { headers: { 'cf-connecting-ip': address } });
  return { status: res.status, headers: res.headers, body: await res.json<PublicHearing>() };
};

export async function publicPush(code: string, changes: unknown[], address = '192.0.2.1') {
  const res = await api(`/api/public-hearings/${code}/sync/push`, {
    method: 'POST',
    headers: { 'cf-connecting-ip': address, origin: 'https://kpss.test' },
    json: { clientId: 'tablet-1', appVersion: '1.0.0', changes },
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: JSON.parse(text) as { results: ChangeResult[] } & { error?: { code: string; issues?: { field: string }[] } } };
}

/** Pushes and returns the results, failing loudly on anything but 200. */
export async function pushed(code: string, changes: unknown[], address?: string) {
  const res = await publicPush(code, changes, address);
  if (res.status !== 200) throw new Error(`push answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.results;
}

const change = (entity: SyncChange['entity'], entityId: string, data: Record<string, unknown>): SyncChange => ({ id: uuidv7(), entity, op: 'upsert', entityId, data, createdAt: Date.now() });

/** What a device queues when a person signs in: a new participant token and their line on the sheet. */
export function signin(data: Record<string, unknown> = {}) {
  const participantToken = crypto.randomUUID();
  const id = uuidv7();
  return {
    participantToken,
    attendanceId: id,
    change: change('hearing_signin', id, { participantToken, name: 'Marie Zkušební', affiliation: 'public', consent: true, consentVersion: CURRENT_CONSENT_VERSION, ...data }),
  };
}

export const comment = (who: { participantToken: string; attendanceId?: string }, data: Record<string, unknown> = {}, id = uuidv7()) =>
  change('hearing_comment', id, { participantToken: who.participantToken, attendanceId: who.attendanceId ?? null, target: 'general', body: 'Chybí doprava seniorů k lékaři.', anonymous: false, ...data });

export const vote = (who: { participantToken: string; attendanceId: string }, allocations: Record<string, number>, id = uuidv7()) =>
  change('vote', id, { participantToken: who.participantToken, attendanceId: who.attendanceId, allocations });
