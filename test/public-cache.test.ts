/**
 * The public snapshots served from the Cache API (worker/cache/public-cache.ts): a repeated anonymous request is
 * answered from the cache, and no write (a service, a territory's municipalities, a region's name) ever leaves an
 * older answer in front of a reader.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { D1_BOOKMARK_HEADER } from '../schema/d1-bookmark.ts';
import { SEQUENCE_REUSE_MS } from '../worker/cache/public-cache.ts';
import { as, createUser, signIn } from './accounts.ts';
import { createMunicipality, createProvider, createService } from './catalogue.fixtures.ts';
import { api, createRegion, createTerritory } from './helpers.ts';

type Snapshot = { services: { id: string; name: string }[]; municipalities: { code: string }[] };

const ids = {} as Record<string, string>;
let region: { id: string; code: string };
let coordinator = '';
let admin = '';

beforeAll(async () => {
  region = await createRegion();
  const territory = await createTerritory(region.id, { slug: 'vimperk', name: 'Vimperk' });
  ids.territory = territory.id;
  const town = await createMunicipality(region.id, '550787', 'Vimperk', [territory.id]);
  ids.spare = (await createMunicipality(region.id, '550019', 'Bohumilice')).id;
  const provider = await createProvider({ name: 'Charita Vimperk' });
  ids.service = (await createService({ providerId: provider.id, territoryId: territory.id, name: 'Pečovatelská služba Vimperk', municipalityIds: [town.id] })).id;
  coordinator = await signIn((await createUser({ roles: [[territory.id, 'coordinator']] })).email);
  admin = await signIn((await createUser({ isAdmin: true })).email);
});

const catalogue = () => api('/api/territories/vimperk/catalogue');

describe('public snapshots from the cache', () => {
  it('answers a repeated anonymous request from the cache, with the same body and a 304 for the version held', async () => {
    const first = await catalogue();
    expect(first.status).toBe(200);
    expect(first.headers.get('X-KPSS-Cache')).toBeNull();
    const body = await first.text();
    const again = await catalogue();
    expect(again.headers.get('X-KPSS-Cache')).toBe('hit');
    expect(await again.text()).toBe(body);
    expect(again.headers.get('ETag')).toBe(first.headers.get('ETag'));
    expect(again.headers.get('Cache-Control')).toBe('no-cache');
    const held = await api('/api/territories/vimperk/catalogue', { headers: { 'If-None-Match': first.headers.get('ETag')! } });
    expect(held.status).toBe(304);
  });

  it('shows an edited service at once, never the kept copy', async () => {
    await catalogue();
    expect((await catalogue()).headers.get('X-KPSS-Cache')).toBe('hit');
    const edit = await as(coordinator, `/api/services/${ids.service}`, { method: 'PATCH', json: { name: 'Pečovatelská služba Vimperk a okolí' } });
    expect(edit.status).toBe(200);
    const after = await catalogue();
    expect(after.headers.get('X-KPSS-Cache')).toBeNull();
    expect(((await after.json()) as Snapshot).services.map((s) => s.name)).toEqual(['Pečovatelská služba Vimperk a okolí']);
  });

  it("shows a municipality added to the territory, although municipalities have no version of their own", async () => {
    await catalogue();
    const added = await as(admin, `/api/territories/vimperk/municipalities/${ids.spare}`, { method: 'PUT' });
    expect(added.status).toBe(200);
    const after = (await (await catalogue()).json()) as Snapshot;
    expect(after.municipalities.map((m) => m.code).sort()).toEqual(['550019', '550787']);
  });

  it("shows a region's new name in the region view", async () => {
    const path = `/api/regions/${region.code}/plans`;
    await api(path);
    expect((await api(path)).headers.get('X-KPSS-Cache')).toBe('hit');
    expect((await as(admin, `/api/regions/${region.code}`, { method: 'PATCH', json: { name: 'Kraj Vysočina' } })).status).toBe(200);
    const view = (await (await api(path)).json()) as { region: { name: string } };
    expect(view.region.name).toBe('Kraj Vysočina');
  });

  it('answers a repeated search from the cache and finds a service renamed since', async () => {
    const path = '/api/catalogue/search?q=' + encodeURIComponent('odlehčovací') + '&territory=vimperk';
    const names = async (res: Response) => ((await res.json()) as { results: { name: string }[] }).results.map((r) => r.name);
    expect(await names(await api(path))).toEqual([]);
    const again = await api(path);
    expect(again.headers.get('X-KPSS-Cache')).toBe('hit');
    expect(await names(again)).toEqual([]);
    const edit = await as(coordinator, `/api/services/${ids.service}`, { method: 'PATCH', json: { name: 'Odlehčovací služba Vimperk' } });
    expect(edit.status).toBe(200);
    const after = await api(path);
    expect(after.headers.get('X-KPSS-Cache')).toBeNull();
    expect(await names(after)).toEqual(['Odlehčovací služba Vimperk']);
  });

  it('never serves a signed-in person from the cache (they may see drafts)', async () => {
    await catalogue();
    const signedIn = await as(coordinator, '/api/territories/vimperk/catalogue');
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('X-KPSS-Cache')).toBeNull();
  });

  describe('a write made by another isolate (straight into D1, as a second Worker or the daily import would)', () => {
    const names = async (res: Response) => ((await res.json()) as Snapshot).services.map((s) => s.name);
    const renameElsewhere = (name: string) => env.DB.prepare('UPDATE services SET name = ? WHERE id = ?').bind(name, ids.service).run();

    it('shows at once to a device that sends back its bookmark', async () => {
      await catalogue();
      expect((await catalogue()).headers.get('X-KPSS-Cache')).toBe('hit');
      await renameElsewhere('Pečovatelská služba Vimperk – terén');
      // the bookmark of the device's latest read, which has seen the rename
      const bookmark = (await api(`/api/services/${ids.service}`)).headers.get(D1_BOOKMARK_HEADER);
      expect(bookmark).toBeTruthy();
      const withBookmark = await api('/api/territories/vimperk/catalogue', { headers: { [D1_BOOKMARK_HEADER]: bookmark! } });
      expect(await names(withBookmark)).toEqual(['Pečovatelská služba Vimperk – terén']);
    });

    it(`shows to every reader within ${SEQUENCE_REUSE_MS} ms`, async () => {
      await catalogue();
      await renameElsewhere('Pečovatelská služba Vimperk – domov');
      await new Promise((resolve) => setTimeout(resolve, SEQUENCE_REUSE_MS + 50));
      expect(await names(await catalogue())).toEqual(['Pečovatelská služba Vimperk – domov']);
    });
  });
});
