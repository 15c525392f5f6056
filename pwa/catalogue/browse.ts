/**
 * The catalogue without search words: the services that pass the filters, in Czech alphabetical order. It is what the
 * catalogue's first screen shows, so that screen needs no search index: the index (search-index.ts, MiniSearch's
 * radix tree and the life situations) is loaded only once someone searches. Same order and filters as the index's
 * `search('', filter)` (test/catalogue-queries.test.ts checks that).
 */
import type { CatalogueFilter } from './search-index.ts';
import type { ServiceCard } from './types.ts';

const czechOrder = new Intl.Collator('cs-CZ');
const byName = new WeakMap<readonly ServiceCard[], ServiceCard[]>();

export function browseServices(services: readonly ServiceCard[], filter: CatalogueFilter = {}): ServiceCard[] {
  let sorted = byName.get(services);
  if (!sorted) byName.set(services, (sorted = [...services].sort((a, b) => czechOrder.compare(a.name, b.name))));
  const { kind, form, targetGroup, municipality, only } = filter;
  if (!kind && !form && !targetGroup && !municipality && !only) return sorted;
  return sorted.filter(
    (s) =>
      (!kind || s.kind === kind) &&
      (!form || (s.forms ?? []).includes(form)) &&
      (!targetGroup || (s.targetGroups ?? []).includes(targetGroup)) &&
      (!municipality || (s.municipalityCodes ?? []).includes(municipality)) &&
      (!only || only.has(s.id)),
  );
}
