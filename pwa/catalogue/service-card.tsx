import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { formatNumber } from '../lib/i18n.ts';
import type { CodeNames } from './code-names.ts';
import { favourites } from './favourites.ts';
import { catalogueMessages } from './messages.ts';
import { openState } from '../../schema/opening-hours.ts';
import type { ServiceCard } from './types.ts';

/** One search result: the whole card is the link's tap area, its text the service's name. */
export function ServiceResult(props: { service: ServiceCard; providerName: string | undefined; names: CodeNames; distanceKm: number | undefined; now: Date }) {
  const m = catalogueMessages;
  const open = () => openState(props.service.openingHours, props.service.alwaysOpen, props.now);
  return (
    <article class="card service-result">
      <h3 class="card__title">
        <A href={`/sluzby/${props.service.id}`} class="card__link">
          {props.service.name}
        </A>
      </h3>
      <p class="meta-line">
        <span class="badge">{props.names.kind(props.service.kind)}</span>
        <Show when={favourites().has(props.service.id)}>
          <span class="badge badge--favourite">★ {m().favourite}</span>
        </Show>
      </p>
      <Show when={props.providerName}>{(name) => <p class="service-result__provider">{name()}</p>}</Show>
      <p class="service-result__facts">
        <Show when={props.service.city}>{(city) => <span>{city()}</span>}</Show>
        <Show when={props.distanceKm !== undefined}>
          <span>{m().km(formatNumber(Math.round(props.distanceKm! * 10) / 10))}</span>
        </Show>
        <Show when={open().state !== 'unknown'}>
          <span classList={{ 'open-state': true, 'open-state--open': open().state === 'open' || open().state === 'always' }}>{m().open(open())}</span>
        </Show>
      </p>
    </article>
  );
}
