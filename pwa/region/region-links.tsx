import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { api, request } from '../lib/api.ts';
import { regionMessages } from './messages.ts';
import './region.css';

export type RegionLink = { code: string; name: string };

/** The regions for the home page; none when they cannot be loaded (offline): the links are a way on, not the page. */
export const fetchRegionLinks = async (): Promise<RegionLink[]> => {
  try {
    return (await request(api.api.regions.$get())).regions;
  } catch {
    return [];
  }
};

/** Links to the region pages. The caller loads them with its own data, so they never arrive later and push it down. */
export function RegionLinks(props: { regions: readonly RegionLink[] }) {
  return (
    <Show when={props.regions.length > 0}>
      <nav class="region-links" aria-label={regionMessages().regionsNav}>
        <ul class="region-links__list" role="list">
          <For each={props.regions}>
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
