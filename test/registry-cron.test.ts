import { createExecutionContext, createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import worker from '../worker/index.ts';
import { as, createUser, signIn } from './accounts.ts';
import { createMunicipality } from './catalogue.fixtures.ts';
import { api, createRegion, createTerritory, type ErrorJson } from './helpers.ts';
import { registryItem, rpssFile } from './registry-fixtures.ts';

const URL_ = 'https://opendata.example.cz/od/soubory/rpss/rpss.json';
type Run = { id: string; status: string; message: string | null; totalItems: number | null; counts: Record<string, number> | null; report?: { new: { position: number; registrationId: string }[]; applied: boolean } };
type Pending = { pending: Run | null; lastRun: Run | null };

let coordinator = '';
let taborCoordinator = '';
let member = '';
const file = JSON.stringify(rpssFile([
  registryItem({ id: '3000001', obec: '552046', name: 'Pečovatelská služba Tábor' }),
  registryItem({ id: '3000002', name: 'Pečovatelská služba Třeboň' }),
  registryItem({ id: '3000003', obec: '999999' }),
  registryItem({ id: '3000004', kind: '13', name: 'Domov Třeboň' }),
]));
let served: () => Response = () => new Response(file);
const fetchSpy = vi.spyOn(globalThis, 'fetch');

async function runCron() {
  fetchSpy.mockClear();
  fetchSpy.mockImplementation(async (input) => {
    if (String(input instanceof Request ? input.url : input) !== URL_) return new Response('not found', { status: 404 });
    return served();
  });
  await worker.scheduled(createScheduledController({ cron: '30 4 * * *' }), env, createExecutionContext());
}
const pending = async (slug = 'trebon', cookie = coordinator) => (await as(cookie, `/api/territories/${slug}/registry-import/pending`)).json<Pending>();
const services = async (slug: string) => (await (await api(`/api/territories/${slug}/catalogue`)).json<{ services: { registrationId: string }[] }>()).services.map((s) => s.registrationId).sort();
const setSource = (slug: string, cookie: string, body: unknown) => as(cookie, `/api/territories/${slug}/registry-source`, { method: 'PUT', json: body });

beforeAll(async () => {
  const region = await createRegion();
  const trebon = await createTerritory(region.id, { slug: 'trebon', name: 'Třeboň' });
  const tabor = await createTerritory(region.id, { slug: 'tabor', name: 'Tábor' });
  await createMunicipality(region.id, '547336', 'Třeboň', [trebon.id]);
  await createMunicipality(region.id, '552046', 'Tábor', [tabor.id]);
  coordinator = await signIn((await createUser({ roles: [[trebon.id, 'coordinator']] })).email);
  taborCoordinator = await signIn((await createUser({ roles: [[tabor.id, 'coordinator']] })).email);
  member = await signIn((await createUser({ roles: [[trebon.id, 'member']] })).email);
});
afterEach(() => {
  served = () => new Response(file);
});

describe('GET|PUT /api/territories/:territory/registry-source', () => {
  it('is the coordinator’s, takes only an https address, and names a bad field', async () => {
    expect((await setSource('trebon', member, { url: URL_, autoApply: false })).status).toBe(403);
    expect((await setSource('tabor', coordinator, { url: URL_, autoApply: false })).status).toBe(403);
    const insecure = await setSource('trebon', coordinator, { url: 'http://opendata.example.cz/rpss.json', autoApply: false });
    expect(insecure.status).toBe(400);
    expect((await insecure.json<ErrorJson>()).error.issues?.[0]?.field).toBe('json.url');
    expect((await setSource('trebon', coordinator, { url: URL_ })).status).toBe(400);
    expect((await setSource('trebon', coordinator, { url: URL_, autoApply: false })).status).toBe(200);
    expect((await setSource('tabor', taborCoordinator, { url: URL_, autoApply: true })).status).toBe(200);
    const res = await as(coordinator, '/api/territories/trebon/registry-source');
    expect(await res.json()).toMatchObject({ source: { url: URL_, autoApply: false }, lastRun: null });
    expect((await as(member, '/api/territories/trebon/registry-source')).status).toBe(403);
  });
});

describe('the daily Cron import', () => {
  it('downloads each address once; autoApply applies at once, otherwise the dry run waits as a pending import', async () => {
    await runCron();
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(await services('tabor')).toEqual(['3000001']);
    expect(await services('trebon')).toEqual([]);
    const { pending: run } = await pending();
    expect(run).toMatchObject({ status: 'pending', totalItems: 4, counts: { items: 2, totalItems: 4, new: 2 } });
    expect(run!.report!.new.map((n) => [n.position, n.registrationId])).toEqual([[1, '3000002'], [3, '3000004']]);
    expect((await pending('tabor', taborCoordinator)).lastRun).toMatchObject({ status: 'applied', counts: { new: 1 } });
    expect((await as(member, '/api/territories/trebon/registry-import/pending')).status).toBe(403);
  });

  it('keeps a truncated file or a failed download as a failed run with its message and writes nothing', async () => {
    const before = (await pending()).pending!.id;
    served = () => new Response(file.slice(0, Math.floor(file.length / 2)));
    await runCron();
    let state = await pending();
    expect(state.lastRun).toMatchObject({ status: 'failed', message: expect.stringContaining('not valid JSON') });
    expect(state.pending?.id).toBe(before);
    expect((await pending('tabor', taborCoordinator)).lastRun?.status).toBe('failed');
    expect(await services('tabor')).toEqual(['3000001']);

    served = () => new Response('busy', { status: 503 });
    await runCron();
    state = await pending();
    expect(state.lastRun).toMatchObject({ status: 'failed', message: 'the download answered HTTP 503' });
    expect(state.pending?.id).toBe(before);
  });

  it('a coordinator applies the pending import once; a second apply finds nothing', async () => {
    expect((await as(member, '/api/territories/trebon/registry-import/pending/apply', { method: 'POST' })).status).toBe(403);
    const res = await as(coordinator, '/api/territories/trebon/registry-import/pending/apply', { method: 'POST' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ applied: true, counts: { new: 2 } });
    expect(await services('trebon')).toEqual(['3000002', '3000004']);
    expect((await pending()).pending).toBeNull();
    expect((await as(coordinator, '/api/territories/trebon/registry-import/pending/apply', { method: 'POST' })).status).toBe(404);
  });

  it('autoApply of the same file again changes nothing; a dismissed pending import is never applied', async () => {
    await runCron();
    expect((await pending('tabor', taborCoordinator)).lastRun).toMatchObject({ status: 'applied', counts: { new: 0, unchanged: 1 } });
    served = () => new Response(JSON.stringify(rpssFile([registryItem({ id: '3000005', name: 'Nová služba Třeboň' })])));
    await runCron();
    // The later file no longer lists two services: the pending dry run says they are gone, and nothing is retired yet.
    expect((await pending()).pending).toMatchObject({ counts: { new: 1, gone: 2 } });
    expect((await as(coordinator, '/api/territories/trebon/registry-import/pending', { method: 'DELETE' })).status).toBe(204);
    expect(await pending()).toMatchObject({ pending: null, lastRun: { status: 'dismissed' } });
    expect(await services('trebon')).toEqual(['3000002', '3000004']);
    expect((await as(coordinator, '/api/territories/trebon/registry-import/pending', { method: 'DELETE' })).status).toBe(404);
  });

  it('stops importing a territory whose source is removed', async () => {
    expect((await setSource('trebon', coordinator, { url: null, autoApply: false })).status).toBe(200);
    expect((await setSource('tabor', taborCoordinator, { url: null, autoApply: false })).status).toBe(200);
    await runCron();
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
