import { A, useParams } from '@solidjs/router';
import { For, Match, Show, Switch } from 'solid-js';
import { ApiError, api, request } from '../lib/api.ts';
import { formatDate } from '../lib/i18n.ts';
import { NotFoundMessage } from '../not-found/not-found-page.tsx';
import { StoredTerritoryGroups } from '../../schema/stored/groups.ts';
import { createSnapshotResource } from '../territory/offline-snapshot.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { groupMessages } from './messages.ts';
import '../meetings/meetings.css';
import './groups.css';

const KIND_ORDER = ['steering', 'coordination', 'working_thematic', 'working_territorial'] as const;

async function fetchGroups(slug: string) {
  const [territory, groups] = await Promise.all([
    request(api.api.territories[':territory'].$get({ param: { territory: slug } })),
    request(api.api.territories[':territory'].groups.$get({ param: { territory: slug } })),
  ]);
  return { territory: territory.territory, groups: groups.groups };
}

/** `/uzemi/:slug/skupiny`: a territory's steering, coordination and working groups; public, kept for offline. */
export function TerritoryGroupsPage() {
  const m = groupMessages;
  const params = useParams<{ slug: string }>();
  const [page, { refetch }] = createSnapshotResource(
    () => `groups:${params.slug}`,
    () => fetchGroups(params.slug),
    StoredTerritoryGroups,
  );
  usePageTitle(() => (page.latest ? m().groupsOf(page.latest.data.territory.name) : m().groupsTitle));

  return (
    <Switch>
      <Match when={page.error instanceof ApiError && (page.error.status === 404 || page.error.status === 400)}>
        <NotFoundMessage title={m().territoryNotFound} text={m().territoryNotFoundText} />
      </Match>
      <Match when={page.error}>
        {(error) => (
          <>
            <h1>{m().loadFailed}</h1>
            <ErrorNotice error={error()} onRetry={() => void refetch()} />
          </>
        )}
      </Match>
      <Match when={page.latest}>
        {(loaded) => (
          <section class="groups" aria-labelledby="groups-title">
            <p class="back-link">
              <A href={`/uzemi/${loaded().data.territory.slug}`}>
                <span aria-hidden="true">←</span> {m().backToTerritory(loaded().data.territory.name)}
              </A>
            </p>
            <h1 id="groups-title">{m().groupsOf(loaded().data.territory.name)}</h1>
            <Show when={loaded().fromSnapshot}>
              <p class="notice notice--saved">{m().savedOffline(formatDate(loaded().savedAt, { dateStyle: 'long', timeStyle: 'short' }))}</p>
            </Show>
            <p>{m().groupsIntro}</p>
            <Show when={loaded().data.groups.length > 0} fallback={<p class="muted">{m().noGroups}</p>}>
              <For each={KIND_ORDER.filter((kind) => loaded().data.groups.some((group) => group.kind === kind))}>
                {(kind) => (
                  <section class="groups__kind" aria-labelledby={`groups-${kind}`}>
                    <h2 id={`groups-${kind}`}>{m().kindHeading[kind]}</h2>
                    <ul class="group-cards" role="list">
                      <For each={loaded().data.groups.filter((group) => group.kind === kind)}>
                        {(group) => (
                          <li class="group-card">
                            <A class="group-card__link" href={`/skupiny/${group.id}`}>
                              {group.name}
                            </A>
                            <Show when={group.targetGroupName ?? group.subTerritoryName}>
                              {(focus) => <p class="group-card__focus">{focus()}</p>}
                            </Show>
                            <Show when={group.description}>{(text) => <p class="group-card__description">{text()}</p>}</Show>
                          </li>
                        )}
                      </For>
                    </ul>
                  </section>
                )}
              </For>
            </Show>
          </section>
        )}
      </Match>
      <Match when={page.loading}>
        <Loading label={m().loadingGroups} />
      </Match>
    </Switch>
  );
}
