import { createMemo, createResource } from 'solid-js';
import { loadCatalogue } from './catalogue-store.ts';
import { codeNames } from './code-names.ts';
import { CatalogueIndex } from './search-index.ts';

/** A territory's catalogue with its search index and code names; the index is rebuilt only when the data changes. */
export function useCatalogue(slug: () => string) {
  const [loaded, { refetch }] = createResource(slug, loadCatalogue);
  const index = createMemo(() => {
    const current = loaded.latest;
    return current ? new CatalogueIndex(current.catalogue) : undefined;
  });
  const names = createMemo(() => {
    const current = loaded.latest;
    return current ? codeNames(current.catalogue.codeLists) : undefined;
  });
  const providerNames = createMemo(() => new Map((loaded.latest?.catalogue.providers ?? []).map((p) => [p.id, p.name])));
  return { loaded, refetch, index, names, providerNames };
}
