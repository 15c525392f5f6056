/** The device's saved copies (IndexedDB `kpss`, store `snapshots`), read and aged by the browser tests of issue 14 point 5. */
import type { Page } from 'playwright-core';

/**
 * Rewrites a saved copy as an older app might have left it, keeping its envelope and ETag: a copy that were trusted
 * would get a 304 and be shown as it is. `catalogue`: service names per language and no code lists yet; `plan`: the
 * title and the sections' titles per language; `page` (one of pwa/territory/offline-snapshot.ts): the territory's and
 * the group's names per language, the meetings as one object.
 */
export function ageSnapshot(page: Page, key: string, shape: 'catalogue' | 'plan' | 'page') {
  return page.evaluate(
    ({ key, shape }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kpss');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('snapshots', 'readwrite');
          const store = tx.objectStore('snapshots');
          const read = store.get(key);
          read.onsuccess = () => {
            const snapshot = read.result as { data: Record<string, any> } | undefined;
            if (!snapshot) return reject(new Error(`no saved copy ${key}`));
            const data = snapshot.data;
            if (shape === 'catalogue') {
              data.services = data.services.map((service: { name: string }) => ({ ...service, name: { cs: service.name } }));
              delete data.codeLists;
            } else if (shape === 'plan') {
              data.plan = { ...data.plan, title: { cs: data.plan.title } };
              data.sections = data.sections.map((section: { title: string }) => ({ ...section, title: { cs: section.title } }));
            } else {
              if (data.territory) data.territory = { ...data.territory, name: { cs: data.territory.name } };
              if (data.group) data.group = { ...data.group, name: { cs: data.group.name } };
              if (Array.isArray(data.meetings)) data.meetings = { upcoming: data.meetings };
            }
            store.put(snapshot);
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key, shape },
  );
}

/** The saved copy's field at `path` (the whole envelope for `[]`), as the device now holds it; undefined if none. */
export function savedField(page: Page, key: string, path: string[]) {
  return page.evaluate(
    ({ key, path }) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('kpss');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('snapshots').objectStore('snapshots').get(key);
          read.onsuccess = () => resolve(path.reduce<any>((value, step) => value?.[step], read.result));
          read.onerror = () => reject(read.error);
        };
      }),
    { key, path },
  );
}

/** Whether the device still holds a saved copy under `key`. */
export async function hasSavedCopy(page: Page, key: string) {
  return (await savedField(page, key, [])) !== undefined;
}
