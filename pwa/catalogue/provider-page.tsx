import { A } from '@solidjs/router';
import { For, Show, createMemo } from 'solid-js';
import { usePageTitle } from '../ui/page-title.ts';
import { telHref, webHref } from '../lib/links.ts';
import { codeNames } from './code-names.ts';
import { FoundPage } from './found-page.tsx';
import { addressLine } from './geo.ts';
import { findProvider } from './lookup.ts';
import { catalogueMessages } from './messages.ts';
import { ServiceResult } from './service-card.tsx';
import type { LocalCatalogue, ProviderCard } from './types.ts';
import { canManageCatalogue, providerEditPath, serviceEditPath } from '../catalogue-admin/can-manage.ts';
import { adminMessages } from '../catalogue-admin/messages.ts';
import './catalogue.css';

/** A provider: the organization's own contacts and seat (never people), and its services in the territory. */
export default function ProviderPage() {
  return (
    <FoundPage find={findProvider} notFoundTitle={catalogueMessages().providerNotFound}>
      {(found) => <ProviderView catalogue={found.catalogue} provider={found.provider} />}
    </FoundPage>
  );
}

function ProviderView(props: { catalogue: LocalCatalogue; provider: ProviderCard }) {
  const m = catalogueMessages;
  const names = createMemo(() => codeNames(props.catalogue.codeLists));
  const p = () => props.provider;
  const services = () => props.catalogue.services.filter((s) => s.providerId === p().id).sort((a, b) => a.name.localeCompare(b.name, 'cs'));
  const web = () => (p().web ? webHref(p().web!) : undefined);
  const now = new Date();
  usePageTitle(() => p().name);
  return (
    <article class="service-page" aria-labelledby="provider-title">
      <p class="back-link">
        <A href={`/uzemi/${props.catalogue.territory.slug}/katalog`}>
          <span aria-hidden="true">←</span>
          {m().backToCatalogue} ({props.catalogue.territory.name})
        </A>
      </p>
      <h1 id="provider-title">{p().name}</h1>
      <Show when={canManageCatalogue(props.catalogue.territory.id)}>
        <p>
          <A href={providerEditPath(props.catalogue.territory.slug, p().id)}>{adminMessages().edit}</A>
        </p>
      </Show>
      <dl class="detail-list">
        <Show when={p().ico}>
          <dt>{m().ico}</dt>
          <dd>{p().ico}</dd>
        </Show>
        <Show when={p().legalForm}>
          <dt>{m().legalForm}</dt>
          <dd>{p().legalForm}</dd>
        </Show>
        <Show when={addressLine(p())}>
          {(line) => (
            <>
              <dt>{m().seat}</dt>
              <dd>{line()}</dd>
            </>
          )}
        </Show>
        <Show when={p().phone}>
          {(phone) => (
            <>
              <dt>{m().call}</dt>
              <dd>
                <a href={telHref(phone())}>{phone()}</a>
              </dd>
            </>
          )}
        </Show>
        <Show when={p().email}>
          {(email) => (
            <>
              <dt>{m().email}</dt>
              <dd>
                <a href={`mailto:${email()}`}>{email()}</a>
              </dd>
            </>
          )}
        </Show>
        <Show when={web()}>
          {(link) => (
            <>
              <dt>{m().web}</dt>
              <dd>
                <a href={link().href}>{link().label}</a>
              </dd>
            </>
          )}
        </Show>
      </dl>
      <section class="service-section" aria-labelledby="provider-services-title">
        <h2 id="provider-services-title">{m().servicesOfProvider}</h2>
        <ul class="result-list" role="list">
          <For each={services()}>
            {(service) => (
              <li>
                <ServiceResult service={service} providerName={undefined} names={names()} distanceKm={undefined} now={now} />
              </li>
            )}
          </For>
        </ul>
      </section>
    </article>
  );
}
