import { A } from '@solidjs/router';
import { For, Match, Show, Switch, createMemo } from 'solid-js';
import { formatNumber } from '../lib/i18n.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { telHref, webHref } from '../lib/links.ts';
import { codeNames } from './code-names.ts';
import { favourites, toggleFavourite } from './favourites.ts';
import { FoundPage } from './found-page.tsx';
import { addressLine, mapLinks } from './geo.ts';
import { findService } from './lookup.ts';
import { catalogueMessages } from './messages.ts';
import { hoursByDay, openState, pragueNow } from '../../schema/opening-hours.ts';
import type { LocalCatalogue, ServiceCard } from './types.ts';
import { canManageCatalogue, providerEditPath, serviceEditPath } from '../catalogue-admin/can-manage.ts';
import { adminMessages } from '../catalogue-admin/messages.ts';
import './catalogue.css';

export default function ServicePage() {
  return (
    <FoundPage find={findService} notFoundTitle={catalogueMessages().notFound}>
      {(found, id) => <ServiceView catalogue={found.catalogue} service={found.catalogue.services.find((s) => s.id === id)!} />}
    </FoundPage>
  );
}

function ServiceView(props: { catalogue: LocalCatalogue; service: ServiceCard }) {
  const m = catalogueMessages;
  const names = createMemo(() => codeNames(props.catalogue.codeLists));
  const s = () => props.service;
  const provider = () => props.catalogue.providers.find((p) => p.id === s().providerId);
  const served = () => {
    const byCode = new Map(props.catalogue.municipalities.map((place) => [place.code, place.name]));
    return (s().municipalityCodes ?? []).map((code) => byCode.get(code) ?? code).sort((a, b) => (a ?? '').localeCompare(b ?? '', 'cs'));
  };
  const now = new Date();
  const today = pragueNow(now).day;
  const open = () => openState(s().openingHours, s().alwaysOpen, now);
  const isFavourite = () => favourites().has(s().id);
  const web = () => (s().web ? webHref(s().web!) : undefined);
  const maps = () => mapLinks(s());
  usePageTitle(() => s().name);

  return (
    <article class="service-page" aria-labelledby="service-title">
      <p class="back-link">
        <A href={`/uzemi/${props.catalogue.territory.slug}/katalog`}>
          <span aria-hidden="true">←</span>
          {m().backToCatalogue} ({props.catalogue.territory.name})
        </A>
      </p>
      <h1 id="service-title">{s().name}</h1>
      <Show when={canManageCatalogue(props.catalogue.territory.id)}>
        <p>
          <A href={serviceEditPath(props.catalogue.territory.slug, s().id)}>{adminMessages().edit}</A>
        </p>
      </Show>
      <p class="service-page__kind">
        {names().kind(s().kind)}
        <Show when={names().paragraph(s().kind)}>{(paragraph) => <> ({paragraph()})</>}</Show>
        {' · '}
        {names().isRelated(s().kind) ? m().related : m().registered}
      </p>
      <Show when={provider()}>
        {(p) => (
          <p>
            {m().provider}: <A href={`/poskytovatele/${p().id}`}>{p().name}</A>
          </p>
        )}
      </Show>
      <Show when={open().state !== 'unknown'}>
        <p classList={{ 'service-page__open': true, 'open-state': true, 'open-state--open': open().state === 'open' || open().state === 'always' }}>{m().open(open())}</p>
      </Show>
      <Show when={s().description}>{(text) => <p>{text()}</p>}</Show>

      <div class="contact-actions">
        <Show when={s().phone}>
          {(phone) => (
            <a class="button" href={telHref(phone())}>
              {m().call} {phone()}
            </a>
          )}
        </Show>
        <Show when={s().email}>
          {(email) => (
            <a class="button button--secondary" href={`mailto:${email()}`}>
              {m().email}
            </a>
          )}
        </Show>
        <Show when={web()}>
          {(link) => (
            <a class="button button--secondary" href={link().href}>
              {m().web}
            </a>
          )}
        </Show>
        <button type="button" class="button button--secondary favourite-toggle" aria-pressed={isFavourite()} aria-describedby="favourite-hint" onClick={() => void toggleFavourite(s().id)}>
          {isFavourite() ? `★ ${m().favourite}` : `☆ ${m().addFavourite}`}
        </button>
      </div>
      <p id="favourite-hint" class="field__hint">
        {m().favouriteHint}
      </p>

      <section class="service-section" aria-labelledby="address-title">
        <h2 id="address-title">{m().address}</h2>
        <Show
          when={!s().addressSecret}
          fallback={
            <>
              <Show when={s().city}>{(city) => <p>{city()}</p>}</Show>
              <p>{m().secretAddress}</p>
            </>
          }
        >
          <Show when={addressLine(s())}>{(line) => <p>{line()}</p>}</Show>
          <Show when={maps()}>
            {(links) => (
              <p class="meta-line">
                <a href={links().mapy}>{m().mapy}</a>
                <a href={links().osm}>{m().osm}</a>
              </p>
            )}
          </Show>
        </Show>
      </section>

      <section class="service-section" aria-labelledby="hours-title">
        <h2 id="hours-title">{m().hours}</h2>
        <Switch fallback={<p>{m().noHours}</p>}>
          <Match when={s().alwaysOpen}>
            <p>{m().alwaysOpen}</p>
          </Match>
          <Match when={s().openingHours?.length}>
            <table class="hours-table">
              <caption class="visually-hidden">{m().hours}</caption>
              <tbody>
                <For each={hoursByDay(s().openingHours ?? [])}>
                  {([day, times]) => (
                    <tr classList={{ 'hours-table__today': day === today }}>
                      <th scope="row">{m().day(day)}</th>
                      <td>{times.map((time) => `${time.opens}–${time.closes}${time.note ? ` (${time.note})` : ''}`).join(', ')}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <p class="field__hint">{m().pragueTime}</p>
          </Match>
        </Switch>
      </section>

      <section class="service-section" aria-labelledby="facts-title">
        <h2 id="facts-title">{m().aboutHeading}</h2>
        <dl class="detail-list">
          <Show when={s().targetGroups?.length}>
            <dt>{m().targetGroups}</dt>
            <dd>{(s().targetGroups ?? []).map((code) => names().targetGroup(code)).join(', ')}</dd>
          </Show>
          <Show when={s().clientGroups?.length}>
            <dt>{m().clientGroups}</dt>
            <dd>{(s().clientGroups ?? []).map((code) => names().clientGroup(code)).join(', ')}</dd>
          </Show>
          <Show when={s().forms?.length}>
            <dt>{m().forms}</dt>
            <dd>{(s().forms ?? []).map((code) => names().form(code)).join(', ')}</dd>
          </Show>
          <Show when={s().capacity != null}>
            <dt>{m().capacity}</dt>
            <dd>{(s().capacities ?? [{ unit: s().capacityUnit ?? undefined, count: s().capacity ?? 0 }]).map((c) => m().capacityIn(formatNumber(c.count), c.unit)).join(', ')}</dd>
          </Show>
          <Show when={s().registrationId}>
            <dt>{m().registrationId}</dt>
            <dd>{s().registrationId}</dd>
          </Show>
          <Show when={served().length}>
            <dt>{m().served}</dt>
            <dd class="place-list">{served().join(', ')}</dd>
          </Show>
        </dl>
      </section>
    </article>
  );
}
