import { createRoot, createSignal } from 'solid-js';
import { StoredFavourites } from '../../schema/stored/values.ts';
import { readValue, writeValue } from '../lib/local-db.ts';

/**
 * Services a person marked, kept only on this device (IndexedDB `kv`): no account needed, nothing sent anywhere.
 * One signal for every screen, so a star pressed on a service's page shows on the list at once.
 */
const KEY = 'catalogue:favourites';

const store = createRoot(() => {
  const [ids, setIds] = createSignal<ReadonlySet<string>>(new Set());
  void readValue(KEY, StoredFavourites)
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
