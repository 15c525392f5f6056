/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { mayBeKept, publicRoute } from '../schema/cache-policy.ts';
import { StoredSyncUser } from '../schema/stored/values.ts';
import { localDb } from './lib/local-db.ts';
import { readValue } from './lib/saved-reads.ts';
import { PUBLIC_API_CACHE, isPublicCache } from './lib/private-data.ts';
import { markedAsSavedCopy } from './lib/saved-copy.ts';
import { SYNC_USER_KEY, isPublicAuthor, publicAuthor, syncAs, syncPublic } from './lib/sync.ts';
import { publicPusher } from './hearing-public/hearing-api.ts';

declare let self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Any deep link (/uzemi/tabor) opens offline from the precached shell; /api/* must reach the API or fail as JSON,
// never be answered with HTML.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));

/** The home screen's request, exactly as lib/api.ts `fetchTopLevelTerritories` makes it. */
const HOME_TERRITORIES_URL = '/api/territories?topLevel=true';

/** A copy is kept only of a public answer: a 200 that its route's policy and its own Cache-Control allow. */
const keepPublicOnly = {
  cacheWillUpdate: async ({ request, response }: { request: Request; response: Response }) =>
    response.status === 200 && publicRoute(request.method, new URL(request.url).pathname)?.offline && mayBeKept(response.headers.get('cache-control'))
      ? response
      : null,
  // Only a copy served because the network did not answer passes through here.
  cachedResponseWillBeUsed: async ({ cachedResponse }: { cachedResponse?: Response }) => cachedResponse && markedAsSavedCopy(cachedResponse),
};

// Public answers (schema/cache-policy.ts lists the routes, one by one; any other route is private and never cached
// here): fresh when online, the last answer when not. An answer given to a signed-in person that differs from the
// public one (drafts, private documents) comes marked private, so it is not kept either: offline they see the public
// copy, and the screens' own IndexedDB copies (cleared at sign-out, lib/private-data.ts) fill in the rest.
registerRoute(
  ({ url, request, sameOrigin }) => sameOrigin && publicRoute(request.method, url.pathname)?.offline === true,
  new NetworkFirst({ cacheName: PUBLIC_API_CACHE, networkTimeoutSeconds: 6, plugins: [keepPublicOnly] }),
);

async function warmTerritoryCache() {
  try {
    const request = new Request(HOME_TERRITORIES_URL);
    const response = await fetch(request);
    if (await keepPublicOnly.cacheWillUpdate({ request, response })) await (await caches.open(PUBLIC_API_CACHE)).put(request, response);
  } catch {
    // Offline or the API is down: the list gets cached on its next load instead.
  }
}

/** Caches of earlier versions of this worker (the old territory cache kept private answers too) go. */
async function dropOtherCaches() {
  for (const name of await caches.keys()) if (!isPublicCache(name)) await caches.delete(name);
}

// On the first visit the page asked for the territories before this worker existed, so that answer is not cached.
// Fetch it once more, then take control of the open page: a single visit on Wi-Fi is then enough to see the list
// in the field. Control comes after the warm-up so that a controlled page can rely on it.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    dropOtherCaches()
      .catch(() => undefined)
      .then(warmTerritoryCache)
      .finally(() => self.clients.claim()),
  );
});

// An update is different: it waits until the user presses "Aktualizovat" (ui/reload-prompt.tsx sends SKIP_WAITING),
// because taking over on its own would leave open pages running old code against a precache that no longer has it.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

/** The hearings whose public devices left something in this device's outbox. */
async function publicHearingCodes(): Promise<string[]> {
  const entries = await (await localDb()).getAll('outbox');
  const authors = new Set(entries.map((entry) => entry.authorId).filter(isPublicAuthor));
  return [...authors].map((author) => author.slice(publicAuthor('').length));
}

/** Background Sync's event (not in TypeScript's webworker types yet). */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

// The page registers this tag after each change it saves (lib/sync-runner.ts). The browser fires it once the device
// is online again, even after the app was closed: the waiting changes of whoever was signed in last go out then.
// Changes of other people who used the device stay for them. A failed attempt rejects, so the browser tries again.
self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag !== 'kpss-outbox') return;
  sync.waitUntil(
    (async () => {
      const outcomes: string[] = [];
      const userId = await readValue(SYNC_USER_KEY, StoredSyncUser);
      if (userId) outcomes.push((await syncAs(userId, { ignoreBackoff: true })).outcome);
      // a hearing's public devices (phones, the kiosk) queue under the hearing's code, not a person
      for (const code of await publicHearingCodes()) outcomes.push((await syncPublic(publicAuthor(code), publicPusher(code), { ignoreBackoff: true })).outcome);
      const failed = outcomes.find((outcome) => outcome === 'offline' || outcome === 'server_error');
      if (failed) throw new Error(`sync ${failed}; the browser retries later`);
    })(),
  );
});
