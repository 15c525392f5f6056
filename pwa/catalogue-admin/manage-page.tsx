import { A, useParams } from '@solidjs/router';
import { For, Show, createResource } from 'solid-js';
import { loadCatalogue } from '../catalogue/catalogue-store.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { AttentionList } from './attention-list.tsx';
import { canManageCatalogue, managePath, providerEditPath, serviceEditPath } from './can-manage.ts';
import { describeFailure } from './form-kit.tsx';
import { adminMessages } from './messages.ts';
import './catalogue-admin.css';

/** The territory's services and providers for its coordinators, each with a way to edit it. */
export default function ManagePage() {
  const params = useParams<{ slug: string }>();
  const m = adminMessages;
  const [loaded] = createResource(() => params.slug, loadCatalogue);
  const catalogue = () => loaded()?.catalogue;
  usePageTitle(() => (catalogue() ? m().manageTitle(catalogue()!.territory.name) : undefined));
  const byName = <T extends { name: string }>(list: readonly T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name, 'cs'));

  return (
    <article class="catalogue-admin" aria-labelledby="manage-title">
      <Show when={loaded.error}>
        <p class="notice notice--error">{describeFailure(loaded.error)}</p>
      </Show>
      <Show when={catalogue()} fallback={<Show when={!loaded.error}><p role="status">{m().loading}</p></Show>}>
        {(c) => (
          <>
            <p class="back-link">
              <A href={`/uzemi/${c().territory.slug}/katalog`}>
                <span aria-hidden="true">←</span> {m().publicCatalogue} ({c().territory.name})
              </A>
            </p>
            <h1 id="manage-title">{m().manageTitle(c().territory.name)}</h1>
            <Show when={canManageCatalogue(c().territory.id)} fallback={<p class="notice">{m().forbidden}</p>}>
              <p class="catalogue-admin__actions">
                <A class="button" href={`${managePath(params.slug)}/sluzba/novy`}>
                  {m().addService}
                </A>
                <A class="button button--secondary" href={`${managePath(params.slug)}/poskytovatel/novy`}>
                  {m().addProvider}
                </A>
              </p>
              <AttentionList slug={params.slug} />
              <section aria-labelledby="manage-services">
                <h2 id="manage-services">{m().servicesHeading}</h2>
                <Show when={c().services.length > 0} fallback={<p>{m().noServices}</p>}>
                  <ul class="catalogue-admin__list">
                    <For each={byName(c().services)}>
                      {(service) => (
                        <li>
                          <A href={serviceEditPath(params.slug, service.id)} aria-label={m().editNamed(service.name)}>
                            {service.name}
                          </A>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </section>
              <section aria-labelledby="manage-providers">
                <h2 id="manage-providers">{m().providersHeading}</h2>
                <ul class="catalogue-admin__list">
                  <For each={byName(c().providers)}>
                    {(provider) => (
                      <li>
                        <A href={providerEditPath(params.slug, provider.id)} aria-label={m().editNamed(provider.name)}>
                          {provider.name}
                        </A>
                      </li>
                    )}
                  </For>
                </ul>
              </section>
            </Show>
          </>
        )}
      </Show>
    </article>
  );
}
