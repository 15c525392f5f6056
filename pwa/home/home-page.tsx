import { For, Match, Show, Switch, createMemo, createResource } from 'solid-js';
import { fetchTopLevelTerritories } from '../lib/api.ts';
import { compareCzechNames } from '../lib/i18n.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { RegionLinks, fetchRegionLinks } from '../region/region-links.tsx';
import { TerritoryCard } from './territory-card.tsx';
import { homeMessages } from './messages.ts';
import './home.css';

export function HomePage() {
  usePageTitle(() => undefined);
  // Territories and regions together: region links arriving later would push the territories down under the reader.
  const [loaded, { refetch }] = createResource(async () => {
    const [territories, regions] = await Promise.all([fetchTopLevelTerritories(), fetchRegionLinks()]);
    return { territories, regions };
  });
  // The API sorts bytewise (Český Krumlov after Tábor); readers expect Czech order.
  const sorted = createMemo(() => (loaded.error ? [] : [...(loaded()?.territories ?? [])].sort((a, b) => compareCzechNames(a.name, b.name))));

  return (
    <>
      <section class="intro" aria-labelledby="home-title">
        <h1 id="home-title">{homeMessages().title}</h1>
        <For each={homeMessages().intro}>{(paragraph) => <p>{paragraph}</p>}</For>
      </section>

      <section class="territories" aria-labelledby="territories-title">
        <div class="section-heading">
          <h2 id="territories-title">{homeMessages().territoriesHeading}</h2>
          <Show when={!loaded.loading && !loaded.error && sorted().length > 0}>
            <p class="section-heading__count">{homeMessages().territoryCount(sorted().length)}</p>
          </Show>
        </div>
        <RegionLinks regions={loaded.error ? [] : (loaded()?.regions ?? [])} />
        <Switch>
          <Match when={loaded.error}>{(error) => <ErrorNotice error={error()} onRetry={() => void refetch()} />}</Match>
          <Match when={loaded.loading}>
            <Loading label={homeMessages().loadingTerritories} />
          </Match>
          <Match when={sorted().length === 0}>
            <p>{homeMessages().noTerritories}</p>
          </Match>
          <Match when={sorted().length > 0}>
            <ul class="card-list" role="list">
              <For each={sorted()}>
                {(territory) => (
                  <li>
                    <TerritoryCard territory={territory} />
                  </li>
                )}
              </For>
            </ul>
          </Match>
        </Switch>
      </section>
    </>
  );
}
