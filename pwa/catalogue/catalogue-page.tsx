import { A, useParams, useSearchParams } from '@solidjs/router';
import { For, Match, Show, Switch, createEffect, createMemo, createSignal, lazy, on, untrack } from 'solid-js';
import { ApiError } from '../lib/api-error.ts';
import { formatDate } from '../lib/i18n.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { type CodeNames, filterChoices } from './code-names.ts';
import { favourites } from './favourites.ts';
import { type Point, distanceKm, servicePoint, townPoints } from './geo.ts';
import { catalogueMessages } from './messages.ts';
import { browseServices } from './browse.ts';
import { ServiceResult } from './service-card.tsx';
import type { LocalCatalogue } from './types.ts';
import { loadSearchIndex, searchIndexModule, useCatalogue } from './use-catalogue.ts';
import { territoryLabels } from '../territory/territory-labels.ts';
import './catalogue.css';

// Loaded only for a territory that does not exist: the catalogue's first screen carries no code it does not need.
const UnknownTerritory = lazy(() => import('../not-found/not-found-page.tsx').then((module) => ({ default: module.UnknownTerritory })));

const PAGE = 30;

/**
 * The URL is the state of the search, so a link shares it: /uzemi/trebon/katalog?q=senior&skupina=seniors&forma=ter.
 * Czech parameter names, as the paths.
 */
type Params = { q?: string; skupina?: string; druh?: string; forma?: string; obec?: string; oblibene?: string; razeni?: string };

const isUnknownTerritory = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 400);

export default function CataloguePage() {
  const params = useParams<{ slug: string }>();
  const { loaded, latest, refetch, names, providerNames } = useCatalogue(() => params.slug);
  const m = catalogueMessages;
  usePageTitle(() => {
    const current = latest();
    return current ? m().title(current.catalogue.territory.name) : m().heading;
  });

  return (
    <>
      <p class="back-link">
        <A href={`/uzemi/${params.slug}`}>
          <span aria-hidden="true">←</span>
          {latest()?.catalogue.territory.name ?? territoryLabels().backToList}
        </A>
      </p>
      <Switch>
        <Match when={loaded.error && isUnknownTerritory(loaded.error)}>
          <UnknownTerritory />
        </Match>
        <Match when={loaded.error}>
          {(error) => (
            <>
              <h1>{m().loadFailed}</h1>
              <ErrorNotice error={error()} onRetry={() => void refetch()} />
            </>
          )}
        </Match>
        <Match when={latest() && names() ? { loaded: latest()!, names: names()! } : undefined}>
          {(ready) => (
            <>
              <Show when={ready().loaded.fromDevice}>
                <p class="notice snapshot-note" role="status">
                  {m().savedOffline(formatDate(ready().loaded.savedAt, { dateStyle: 'long', timeStyle: 'short' }))}
                </p>
              </Show>
              <CatalogueSearch catalogue={ready().loaded.catalogue} names={ready().names} providerNames={providerNames()} slug={params.slug} />
            </>
          )}
        </Match>
        <Match when={loaded.loading}>
          <Loading label={m().loading} />
        </Match>
      </Switch>
    </>
  );
}

function CatalogueSearch(props: { catalogue: LocalCatalogue; names: CodeNames; providerNames: ReadonlyMap<string, string>; slug: string }) {
  const m = catalogueMessages;
  const [search, setSearch] = useSearchParams<Params>();
  const choices = createMemo(() => filterChoices(props.catalogue));
  const towns = createMemo(() => townPoints(props.catalogue.municipalities));
  const [shown, setShown] = createSignal(PAGE);
  const [position, setPosition] = createSignal<Point>();
  const [locating, setLocating] = createSignal(false);
  const [locationFailed, setLocationFailed] = createSignal(false);
  const [copied, setCopied] = createSignal(false);
  const now = new Date();

  const query = () => (search.q ?? '').trim();
  createEffect(() => {
    if (query()) loadSearchIndex();
  });
  const index = createMemo(() => {
    const module = searchIndexModule();
    return module ? new module.CatalogueIndex(props.catalogue) : undefined;
  });
  /** undefined while the search index is still on its way */
  const found = createMemo(() => {
    const filter = {
      targetGroup: search.skupina,
      kind: search.druh,
      form: search.forma,
      municipality: search.obec,
      only: search.oblibene === '1' ? favourites() : undefined,
    };
    if (!query()) return browseServices(props.catalogue.services, filter);
    return index()?.search(query(), filter);
  });
  const results = () => found() ?? [];
  const near = () => search.razeni === 'vzdalenost';
  // Near me: services with a known place by distance, the rest after them in the search's order.
  const ordered = createMemo(() => {
    const list = results();
    const here = position();
    if (!near() || !here) return list.map((service) => ({ service, km: undefined as number | undefined }));
    return list
      .map((service, rank) => {
        const point = servicePoint(service, towns());
        return { service, rank, km: point ? distanceKm(here, point) : undefined };
      })
      .sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity) || a.rank - b.rank);
  });
  createEffect(on(results, () => setShown(PAGE), { defer: true }));

  const locate = () => {
    if (!('geolocation' in navigator)) return setLocationFailed(true);
    setLocating(true);
    setLocationFailed(false);
    navigator.geolocation.getCurrentPosition(
      (found) => {
        setLocating(false);
        setPosition({ lat: found.coords.latitude, lng: found.coords.longitude });
      },
      () => {
        setLocating(false);
        setLocationFailed(true);
        setSearch({ razeni: undefined }, { replace: true });
      },
      { maximumAge: 300_000, timeout: 15_000 },
    );
  };
  // A shared link with ?razeni=vzdalenost asks for the reader's own location, never the sender's.
  createEffect(() => {
    if (near() && !position() && !locating() && !locationFailed()) locate();
  });

  const choose = (key: keyof Params) => (event: Event & { currentTarget: HTMLSelectElement }) =>
    setSearch({ [key]: event.currentTarget.value || undefined }, { replace: true });
  const filtered = () => Boolean(search.skupina || search.druh || search.forma || search.obec || search.oblibene);
  // Open when a link brings filters; after that the reader opens and closes them, clearing them does not.
  const filtersOpenAtStart = untrack(filtered);
  // The four lists (a territory's every municipality among them) are built when the panel is first opened: most
  // people never open it, and on a cheap phone they were a good part of the first screen's work.
  const [filtersBuilt, setFiltersBuilt] = createSignal(filtersOpenAtStart);
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section class="catalogue" aria-labelledby="catalogue-title">
      <header class="catalogue__header">
        <h1 id="catalogue-title">{m().heading}</h1>
        <p class="catalogue__territory">{props.catalogue.territory.name}</p>
      </header>
      <search class="catalogue__search">
        <label for="catalogue-q" class="field__label">
          {m().searchLabel}
        </label>
        <input
          id="catalogue-q"
          class="field__input catalogue__input"
          type="search"
          autocomplete="off"
          enterkeyhint="search"
          aria-describedby="catalogue-q-hint"
          value={search.q ?? ''}
          onFocus={loadSearchIndex}
          onInput={(event) => setSearch({ q: event.currentTarget.value || undefined }, { replace: true })}
        />
        <p id="catalogue-q-hint" class="field__hint">
          {m().searchHint}
        </p>
        <details class="catalogue__filters" open={filtersOpenAtStart} on:toggle={(event) => event.currentTarget.open && setFiltersBuilt(true)}>
          <summary>{m().filtersHeading}</summary>
          <Show when={filtersBuilt()}>
            <div class="filter-grid">
              <FilterSelect id="f-group" label={m().targetGroup} value={search.skupina} options={choices().targetGroups.map((code) => [code, props.names.targetGroup(code)])} onChange={choose('skupina')} />
              <FilterSelect id="f-kind" label={m().kind} value={search.druh} options={choices().kinds.map((code) => [code, props.names.kind(code)])} onChange={choose('druh')} />
              <FilterSelect id="f-form" label={m().form} value={search.forma} options={choices().forms.map((code) => [code, props.names.form(code)])} onChange={choose('forma')} />
              <FilterSelect id="f-place" label={m().municipality} value={search.obec} options={choices().municipalities.map((place) => [place.code ?? '', place.name ?? ''])} onChange={choose('obec')} />
            </div>
            <div class="filter-row">
              <label class="checkbox">
                <input type="checkbox" checked={search.oblibene === '1'} onChange={(event) => setSearch({ oblibene: event.currentTarget.checked ? '1' : undefined }, { replace: true })} />
                {m().onlyFavourites}
              </label>
              <Show when={filtered()}>
                <button type="button" class="button button--secondary" onClick={() => setSearch({ skupina: undefined, druh: undefined, forma: undefined, obec: undefined, oblibene: undefined }, { replace: true })}>
                  {m().clearFilters}
                </button>
              </Show>
            </div>
          </Show>
        </details>
      </search>

      <div class="catalogue__tools">
        <button type="button" class="button button--secondary" aria-pressed={near()} onClick={() => setSearch({ razeni: near() ? undefined : 'vzdalenost' }, { replace: true })}>
          {near() ? m().byRelevance : m().nearMe}
        </button>
        <A class="button button--secondary" href={`/uzemi/${props.slug}/katalog/tisk`}>
          {m().print}
        </A>
        <button type="button" class="button button--secondary" onClick={() => void copyLink()}>
          {m().share}
        </button>
      </div>
      <div role="status" class="catalogue__status">
        <Show when={copied()}>
          <p>{m().copied}</p>
        </Show>
        <Show when={locating()}>
          <p>{m().locating}</p>
        </Show>
        <Show when={locationFailed()}>
          <p>{m().locationDenied}</p>
        </Show>
        <Show when={near() && position()}>
          <p>{m().sortedByDistance}</p>
        </Show>
        <p class="catalogue__count">{found() ? m().resultCount(results().length) : m().searching}</p>
      </div>

      <h2 class="visually-hidden">{m().resultsHeading}</h2>
      <Show when={results().length > 0} fallback={<Show when={found()}>{<p>{m().noResults}</p>}</Show>}>
        <ul class="result-list" role="list">
          <For each={ordered().slice(0, shown())}>
            {(entry) => (
              <li>
                <ServiceResult service={entry.service} providerName={props.providerNames.get(entry.service.providerId)} names={props.names} distanceKm={entry.km} now={now} />
              </li>
            )}
          </For>
        </ul>
        <Show when={ordered().length > shown()}>
          <button type="button" class="button button--secondary result-list__more" onClick={() => setShown(shown() + PAGE)}>
            {m().showMore(Math.min(PAGE, ordered().length - shown()))}
          </button>
        </Show>
      </Show>
    </section>
  );
}

function FilterSelect(props: { id: string; label: string; value: string | undefined; options: [string, string][]; onChange: (event: Event & { currentTarget: HTMLSelectElement }) => void }) {
  return (
    <div class="filter">
      <label for={props.id} class="field__label">
        {props.label}
      </label>
      <select id={props.id} class="field__select" onChange={(event) => props.onChange(event)}>
        <option value="" selected={!props.value}>
          {catalogueMessages().any}
        </option>
        <For each={props.options}>
          {([value, label]) => (
            <option value={value} selected={props.value === value}>
              {label}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
