import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import type { Territory } from '../lib/api.ts';
import { catalogueMessages } from '../catalogue/messages.ts';
import { territoryLabels } from '../territory/territory-labels.ts';

/** The whole card is one link target (a large tap area), while the link's text stays the territory's name. */
export function TerritoryCard(props: { territory: Territory }) {
  return (
    <article class="card territory-card">
      <h3 class="card__title" id={`card-${props.territory.slug}`}>
        <A href={`/uzemi/${props.territory.slug}`} class="card__link">
          {props.territory.name}
        </A>
      </h3>
      <p class="meta-line">
        <span class="badge">{territoryLabels().kind[props.territory.kind]}</span>
        <span>{props.territory.regionName}</span>
      </p>
      <Show when={props.territory.planningSince}>{(year) => <p class="card__detail">{territoryLabels().planningSince(year())}</p>}</Show>
      <p class="card__extra">
        <A href={`/uzemi/${props.territory.slug}/katalog`} class="card__extra-link" aria-describedby={`card-${props.territory.slug}`}>
          {catalogueMessages().linkFromHome}
        </A>
      </p>
    </article>
  );
}
