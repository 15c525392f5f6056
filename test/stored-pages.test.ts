/**
 * The pages a visit saves for offline reading (pwa/territory/offline-snapshot.ts) read their saved copy back through
 * the schemas of schema/stored/: each must take what the server answers today from the demo data, or a person who
 * saved the page yesterday would find it dropped as unfit. An older shape is refused by the field that changed.
 */
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupId, meetingId, planId } from '../seeds/demo/keys.ts';
import { StoredGroupPage, StoredTerritoryGroups } from '../schema/stored/groups.ts';
import { StoredMinutes } from '../schema/stored/minutes.ts';
import { StoredEvaluationReport, StoredGaps, StoredMonitoring, StoredPlanMeta } from '../schema/stored/plan-pages.ts';
import { StoredRegionOverview, StoredRegionPlans } from '../schema/stored/region.ts';
import { StoredTerritoryOverview } from '../schema/stored/territory.ts';
import { signIn } from './accounts.ts';
import { loadDemoSeed } from './helpers.ts';
import { call } from './plan-fixtures.ts';

/** Where a saved copy no longer fits, as dot paths (`plan.title`); empty when it fits. */
const unfit = (schema: v.GenericSchema, value: unknown) => {
  const parsed = v.safeParse(schema, value);
  return parsed.success ? [] : parsed.issues.map((issue) => v.getDotPath(issue));
};

/** The answer of a route as the page asks it, failing loudly if the route itself fails. */
async function answer<T = Record<string, unknown>>(cookie: string | null, path: string) {
  const res = await call<T>(cookie, path);
  expect(res.status, path).toBe(200);
  return res.body as T;
}

/** What pwa/groups/group-data.ts `fetchGroup` puts together for a group's page, from its three answers. */
async function groupPage(cookie: string | null, id: string) {
  const { group, members } = await answer<{ group: { territoryId: string }; members: unknown }>(cookie, `/api/groups/${id}`);
  const meetings = await answer<{ meetings: unknown[] }>(cookie, `/api/territories/${group.territoryId}/meetings?groupId=${id}`);
  const open = await answer<{ tasks: unknown[] }>(cookie, `/api/groups/${id}/open-tasks`);
  return { group, members, meetings: meetings.meetings, openTasks: open.tasks };
}

const TS_PLAN = planId('ts-2019');
const JH_PLAN_2020 = planId('jh-2020');

describe('saved copies of the pages read back through schema/stored', () => {
  beforeAll(loadDemoSeed);

  it('take the plan pages the server answers: versions, evaluation report, monitoring, gaps', { timeout: 30_000 }, async () => {
    for (const plan of [TS_PLAN, JH_PLAN_2020]) {
      expect(unfit(StoredPlanMeta, await answer(null, `/api/plans/${plan}`)), plan).toEqual([]);
      expect(unfit(StoredMonitoring, await answer(null, `/api/plans/${plan}/monitoring`)), plan).toEqual([]);
    }
    const report = await answer<{ sections: unknown[] }>(null, `/api/plans/${TS_PLAN}/evaluation-report/2019`);
    expect(report.sections.length).toBeGreaterThan(0);
    expect(unfit(StoredEvaluationReport, report)).toEqual([]);
    expect(unfit(StoredGaps, await answer(null, '/api/territories/trhove-sviny/gaps'))).toEqual([]);
    expect(unfit(StoredGaps, await answer(null, `/api/territories/trhove-sviny/gaps?plan=${TS_PLAN}`))).toEqual([]);
  });

  it('take a territory’s page, its groups and its region’s pages', { timeout: 30_000 }, async () => {
    for (const slug of ['jindrichuv-hradec', 'tabor', 'trebon']) {
      expect(unfit(StoredTerritoryOverview, await answer(null, `/api/territories/${slug}/overview`)), slug).toEqual([]);
      const [territory, groups] = await Promise.all([answer<{ territory: unknown }>(null, `/api/territories/${slug}`), answer<{ groups: unknown[] }>(null, `/api/territories/${slug}/groups`)]);
      expect(groups.groups.length, slug).toBeGreaterThan(0);
      expect(unfit(StoredTerritoryGroups, { territory: territory.territory, groups: groups.groups }), slug).toEqual([]);
    }
    expect(unfit(StoredRegionOverview, await answer(null, '/api/regions/CZ031/overview'))).toEqual([]);
    expect(unfit(StoredRegionPlans, await answer(null, '/api/regions/CZ031/plans'))).toEqual([]);
  });

  it('take published minutes, a public hearing’s with its vote and settlement', { timeout: 30_000 }, async () => {
    for (const key of ['jh-excluded-2018-03', 'jh-hearing-2018-04']) {
      const { minutes } = await answer<{ minutes: { hearing: unknown } }>(null, `/api/meetings/${meetingId(key)}/minutes`);
      expect(unfit(StoredMinutes, minutes), key).toEqual([]);
      if (key === 'jh-hearing-2018-04') expect(minutes.hearing).not.toBeNull();
    }
  });

  it('take a group’s page as the public sees it and as its coordinator does, keeping the members’ contacts', { timeout: 30_000 }, async () => {
    const id = groupId('jh-excluded');
    expect(unfit(StoredGroupPage, await groupPage(null, id))).toEqual([]);
    const cookie = await signIn('koordinator@kpss.example', 'demo-heslo-koordinator');
    const page = await groupPage(cookie, id);
    expect(unfit(StoredGroupPage, page)).toEqual([]);
    const read = v.parse(StoredGroupPage, page);
    expect(read.members?.length).toBeGreaterThan(0);
    expect(read.members?.every((member) => 'email' in member && 'phone' in member)).toBe(true);
    expect(read.openTasks.length).toBeGreaterThan(0);
  });
});

describe('saved copies in an older shape', () => {
  beforeAll(loadDemoSeed);

  it('are refused by the fields that changed: a name per language, a status the plan no longer has, members as bare names', { timeout: 30_000 }, async () => {
    const overview = await answer<{ territory: Record<string, unknown>; plan: Record<string, unknown> | null }>(null, '/api/territories/trhove-sviny/overview');
    expect(overview.plan).not.toBeNull();
    const older = { ...overview, territory: { ...overview.territory, name: { cs: 'Trhové Sviny' } }, plan: { ...overview.plan, status: 'published' } };
    expect(unfit(StoredTerritoryOverview, older)).toEqual(['territory.name', 'plan.status']);

    const page = await groupPage(null, groupId('jh-excluded'));
    expect(unfit(StoredGroupPage, { ...page, members: ['Lenka Modelová'] })).toEqual(['members.0']);
    const { openTasks: _gone, ...withoutTasks } = page;
    expect(unfit(StoredGroupPage, withoutTasks)).toEqual(['openTasks']);
  });
});
