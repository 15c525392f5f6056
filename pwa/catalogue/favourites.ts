import { createRoot, createSignal } from 'solid-js';
import { hasSaved, writeValue } from '../lib/local-db.ts';

/**
 * Services a person marked, kept only on this device (IndexedDB `kv`): no account needed, nothing sent anywhere.
 * One signal for every screen, so a star pressed on a service's page shows on the list at once.
 */
const KEY = 'catalogue:favourites';

async function readFavourites() {
  if (!(await hasSaved('kv', KEY))) return undefined;
  const [{ readValue }, { StoredFavourites }] = await Promise.all([import('../lib/saved-reads.ts'), import('../../schema/stored/values.ts')]);
  return readValue(KEY, StoredFavourites);
}

const store = createRoot(() => {
  const [ids, setIds] = createSignal<ReadonlySet<string>>(new Set());
  // The validator is loaded only when there are favourites to check (see catalogue-store.ts).
  void readFavourites()
    .then((saved) => {
      if (saved) setIds(new Set([...saved, ...ids()]));
    })
    .catch(() => undefined);
  return { ids, setIds };
});

export const favourites = store.ids;

export async function toggleFavourite(id: string): Promise<void> {
  const next = new Set(store.ids());
  if (next.has(id)) next.delete(id);
  else next.add(id);
  store.setIds(next);
  await writeValue(KEY, [...next]).catch(() => undefined);
}
