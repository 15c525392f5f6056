import { createMemo, createResource, createSignal } from 'solid-js';
import { loadCatalogue } from './catalogue-store.ts';
import { codeNames } from './code-names.ts';

/** A territory's catalogue with its code names; they are worked out again only when the data changes. */
export function useCatalogue(slug: () => string) {
  const [loaded, { refetch }] = createResource(slug, loadCatalogue);
  // A failed load (offline without a usable copy) makes `latest` throw: the page shows the error, these stay empty.
  const latest = () => (loaded.error ? undefined : loaded.latest);
  const names = createMemo(() => {
    const current = latest();
    return current ? codeNames(current.catalogue.codeLists) : undefined;
  });
  const providerNames = createMemo(() => new Map((latest()?.catalogue.providers ?? []).map((p) => [p.id, p.name])));
  return { loaded, latest, refetch, names, providerNames };
}

type SearchIndexModule = typeof import('./search-index.ts');
// A signal, not a resource: waiting for the index must never suspend the screen that is already shown.
const [searchIndexModule, setSearchIndexModule] = createSignal<SearchIndexModule>();
let searchIndexLoading: Promise<unknown> | undefined;

/**
 * The search index's code (MiniSearch's radix tree, the life situations, the code lists), loaded the first time
 * someone searches or puts the cursor in the search box: the catalogue's first screen does without it.
 */
export function loadSearchIndex() {
  searchIndexLoading ??= import('./search-index.ts').then(
    (module) => setSearchIndexModule(() => module),
    // Offline with an old service worker, say: the next search tries again.
    () => (searchIndexLoading = undefined),
  );
}

export { searchIndexModule };
