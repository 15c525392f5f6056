import { A } from '@solidjs/router';
import { For, Show, createResource } from 'solid-js';
import { api, request } from '../lib/api.ts';
import { regionMessages } from './messages.ts';
import './region.css';

const fetchRegions = async () => (await request(api.api.regions.$get())).regions;

/** Links to the region pages, for the home page; nothing is shown when the list cannot be loaded (offline). */
export function RegionLinks() {
  const [regions] = createResource(fetchRegions);
  const list = () => (regions.error ? [] : (regions() ?? []));
  return (
    <Show when={list().length > 0}>
      <nav class="region-links" aria-label={regionMessages().regionsNav}>
        <ul class="region-links__list" role="list">
          <For each={list()}>
            {(region) => (
              <li>
                <A href={`/kraj/${region.code}`} class="button button--secondary">
                  {regionMessages().regionLink(region.name)}
                </A>
              </li>
            )}
          </For>
        </ul>
      </nav>
    </Show>
  );
}
