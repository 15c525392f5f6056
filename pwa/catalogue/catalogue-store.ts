/**
 * The device's copy of a territory's catalogue, in IndexedDB (`snapshots`, key `catalogue:<slug>`): a full snapshot
 * once, then deltas (`?since=<version>`, changed rows and tombstones) while online. The delta request carries the
 * ETag of the last answer to the same request, so an unchanged catalogue costs an empty 304. Offline, or when the
 * server cannot be reached, the saved copy is used as it is; the service worker does not cache these answers.
 */
import { ApiError, apiErrorFrom } from '../lib/api-error.ts';
import { observedFetch } from '../lib/api-fetch.ts';
import { hasSaved, keysStartingWith, writeSnapshot } from '../lib/local-db.ts';
import { noCopyError } from '../lib/unusable-copy.ts';
import type { CatalogueResponse, LocalCatalogue } from './types.ts';

export type LoadedCatalogue = { catalogue: LocalCatalogue; savedAt: number; fromDevice: boolean };

const KEY_PREFIX = 'catalogue:';
const keyOf = (slug: string) => `${KEY_PREFIX}${slug}`;
/**
 * The validator and the schema of a saved copy, loaded only when there is one to check: a first visit has none, and
 * its first screen stays within the 40 KB of issue 15.
 */
const checkedReads = async () => {
  const [reads, { StoredCatalogue }] = await Promise.all([import('../lib/saved-reads.ts'), import('../../schema/stored/catalogue.ts')]);
  return { readSnapshot: (key: string) => reads.readSnapshot(key, StoredCatalogue), readSnapshots: (prefix: string) => reads.readSnapshots(prefix, StoredCatalogue) };
};

/** The saved copy, if it still fits schema/stored/catalogue.ts; one that does not is dropped and fetched again. */
async function saved(slug: string): Promise<{ data: LocalCatalogue; savedAt: number; etag?: string } | undefined> {
  try {
    if (!(await hasSaved('snapshots', keyOf(slug)))) return undefined;
    return await (await checkedReads()).readSnapshot(keyOf(slug));
  } catch {
    // IndexedDB blocked (private mode): nothing on the device.
    return undefined;
  }
}

/** A delta applied to the saved copy: changed services and providers replaced, tombstoned ones removed. */
export function applyDelta(base: LocalCatalogue, delta: CatalogueResponse): LocalCatalogue {
  const gone = 'deleted' in delta && delta.deleted ? delta.deleted : { services: [], providers: [] };
  const goneServices = new Set(gone.services);
  const goneProviders = new Set(gone.providers);
  const services = new Map(base.services.filter((s) => !goneServices.has(s.id)).map((s) => [s.id, s]));
  for (const service of delta.services) services.set(service.id, service);
  const providers = new Map(base.providers.filter((p) => !goneProviders.has(p.id)).map((p) => [p.id, p]));
  for (const provider of delta.providers) providers.set(provider.id, provider);
  const municipalities = new Map(base.municipalities.map((m) => [m.code, m]));
  for (const m of delta.municipalities) if (!municipalities.has(m.code)) municipalities.set(m.code, m);
  return { ...base, territory: delta.territory, version: delta.version, services: [...services.values()], providers: [...providers.values()], municipalities: [...municipalities.values()] };
}

const fromFull = (body: CatalogueResponse): LocalCatalogue | undefined =>
  'codeLists' in body && body.codeLists
    ? { territory: body.territory, version: body.version, services: body.services, providers: body.providers, municipalities: body.municipalities, codeLists: body.codeLists }
    : undefined;

async function fetchCatalogue(slug: string, since: number | undefined, etag: string | undefined) {
  // A plain fetch of GET /api/territories/:territory/catalogue, its answer typed from the route (types.ts): the typed
  // client would add 2 KB to the first screen of every citizen, which must stay within 40 KB (issue 15).
  const query = since === undefined ? '' : `?since=${since}`;
  const response = await observedFetch(`/api/territories/${encodeURIComponent(slug)}/catalogue${query}`, { headers: etag ? { 'If-None-Match': etag } : {} });
  if (response.status === 304) return { unchanged: true as const };
  if (!response.ok) throw await apiErrorFrom(response);
  return { unchanged: false as const, body: (await response.json()) as CatalogueResponse, etag: response.headers.get('ETag') ?? undefined };
}

/**
 * The territory's catalogue, from the server when it answers (and then saved), else from the device. A 404 never
 * falls back: a deleted territory should not live on from a saved copy.
 */
export async function loadCatalogue(slug: string): Promise<LoadedCatalogue> {
  const local = await saved(slug);
  if (local && typeof navigator !== 'undefined' && navigator.onLine === false) return { catalogue: local.data, savedAt: local.savedAt, fromDevice: true };
  try {
    const answer = await fetchCatalogue(slug, local?.data.version, local?.etag);
    let catalogue: LocalCatalogue | undefined;
    if (answer.unchanged) catalogue = local?.data;
    else catalogue = fromFull(answer.body) ?? (local ? applyDelta(local.data, answer.body) : undefined);
    // A delta without a base (the copy was cleared meanwhile): ask for everything.
    if (!catalogue) return await loadFresh(slug);
    const savedAt = Date.now();
    const etag = answer.unchanged ? local?.etag : answer.etag;
    await writeSnapshot({ key: keyOf(slug), version: catalogue.version, ...(etag ? { etag } : {}), savedAt, data: catalogue }).catch(() => undefined);
    return { catalogue, savedAt, fromDevice: false };
  } catch (error) {
    if (local && error instanceof ApiError && (error.isNetworkError || error.status >= 500)) return { catalogue: local.data, savedAt: local.savedAt, fromDevice: true };
    if (error instanceof ApiError) throw error.isNetworkError ? noCopyError(keyOf(slug), error) : error;
    // fetch itself rejected: the network is down.
    if (local) return { catalogue: local.data, savedAt: local.savedAt, fromDevice: true };
    throw noCopyError(keyOf(slug), error);
  }
}

async function loadFresh(slug: string): Promise<LoadedCatalogue> {
  const answer = await fetchCatalogue(slug, undefined, undefined);
  const catalogue = answer.unchanged ? undefined : fromFull(answer.body);
  if (!catalogue) throw new ApiError(502, 'bad_snapshot', 'The server sent no full catalogue');
  const savedAt = Date.now();
  await writeSnapshot({ key: keyOf(slug), version: catalogue.version, ...(answer.etag ? { etag: answer.etag } : {}), savedAt, data: catalogue }).catch(() => undefined);
  return { catalogue, savedAt, fromDevice: false };
}

/** Every catalogue saved on the device: a service's or provider's page opens offline from whichever holds it. */
export async function savedCatalogues(): Promise<LocalCatalogue[]> {
  try {
    if (!(await hasSaved('snapshots', keysStartingWith(KEY_PREFIX)))) return [];
    const copies: { data: LocalCatalogue }[] = await (await checkedReads()).readSnapshots(KEY_PREFIX);
    return copies.map((snapshot) => snapshot.data);
  } catch {
    return [];
  }
}
