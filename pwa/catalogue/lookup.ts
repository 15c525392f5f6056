import { ApiError, api, request } from '../lib/api.ts';
import { loadCatalogue, savedCatalogues } from './catalogue-store.ts';
import type { LocalCatalogue, ProviderCard } from './types.ts';

export type Found = { catalogue: LocalCatalogue; fromDevice: boolean };

const online = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/**
 * The catalogue that holds a service or provider: a copy on the device first (so a page opens offline and at once),
 * refreshed from the server when online; a shared link to a service never seen on this device asks the API which
 * territory it belongs to and loads that catalogue, which then is on the device too.
 */
async function catalogueWith(has: (catalogue: LocalCatalogue) => boolean, territoryOf: () => Promise<string | undefined>): Promise<Found | undefined> {
  const local = (await savedCatalogues()).find(has);
  if (local) {
    if (!online()) return { catalogue: local, fromDevice: true };
    const fresh = await loadCatalogue(local.territory.slug).catch(() => undefined);
    if (!fresh) return { catalogue: local, fromDevice: true };
    return has(fresh.catalogue) ? { catalogue: fresh.catalogue, fromDevice: fresh.fromDevice } : undefined;
  }
  const slug = await territoryOf();
  if (!slug) return undefined;
  const loaded = await loadCatalogue(slug);
  return has(loaded.catalogue) ? { catalogue: loaded.catalogue, fromDevice: loaded.fromDevice } : undefined;
}

const unlessNotFound = async <T>(call: () => Promise<T>): Promise<T | undefined> => {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return undefined;
    throw error;
  }
};

const territoryOfService = (id: string) =>
  unlessNotFound(async () => (await request(api.api.services[':id'].$get({ param: { id } }))).service.territory?.slug);

export function findService(id: string) {
  return catalogueWith((c) => c.services.some((s) => s.id === id), () => territoryOfService(id));
}

export async function findProvider(id: string): Promise<(Found & { provider: ProviderCard }) | undefined> {
  const found = await catalogueWith(
    (c) => c.providers.some((p) => p.id === id),
    () =>
      unlessNotFound(async () => {
        const { provider } = await request(api.api.providers[':id'].$get({ param: { id } }));
        const first = provider.services[0];
        return first ? await territoryOfService(first.id) : undefined;
      }),
  );
  const provider = found?.catalogue.providers.find((p) => p.id === id);
  return found && provider ? { ...found, provider } : undefined;
}
