import { A } from '@solidjs/router';
import { For, Match, Switch, createResource } from 'solid-js';
import { api, request } from '../lib/api.ts';
import { formatDate } from '../lib/i18n.ts';
import { serviceEditPath } from './can-manage.ts';
import { describeFailure } from './form-kit.tsx';
import { adminMessages } from './messages.ts';

const loadAttention = async (slug: string) =>
  (await request(api.api.territories[':territory'].catalogue.attention.$get({ param: { territory: slug } }))).services;

/** The coordinators' work list: what a reader of the catalogue would miss or be misled by, each with its reasons. */
export function AttentionList(props: { slug: string }) {
  const m = adminMessages;
  const [services] = createResource(() => props.slug, loadAttention);
  const reasonsOf = (service: { reasons: string[]; registryEndsOn: string | null }) =>
    service.reasons
      .map((reason) =>
        reason === 'registry_ended' && service.registryEndsOn ? m().registryEnds(formatDate(new Date(service.registryEndsOn))) : (m().reasons[reason] ?? reason),
      )
      .join('; ');
  return (
    <section aria-labelledby="manage-attention">
      <h2 id="manage-attention">{m().attentionHeading}</h2>
      <Switch>
        <Match when={services.error}>
          <p class="notice notice--error">{describeFailure(services.error)}</p>
        </Match>
        <Match when={services.loading && !services.latest}>
          <p role="status">{m().loading}</p>
        </Match>
        <Match when={services.latest?.length === 0}>
          <p>{m().attentionNone}</p>
        </Match>
        <Match when={services.latest}>
          {(list) => (
            <ul class="catalogue-admin__list">
              <For each={list()}>
                {(service) => (
                  <li>
                    <A href={serviceEditPath(props.slug, service.id)} aria-label={m().editNamed(service.name)}>
                      {service.name}
                    </A>
                    : {reasonsOf(service)}
                  </li>
                )}
              </For>
            </ul>
          )}
        </Match>
      </Switch>
    </section>
  );
}
