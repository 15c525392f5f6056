import { A, useParams } from '@solidjs/router';
import { For, Match, Show, Switch } from 'solid-js';
import { catalogueMessages } from '../catalogue/messages.ts';
import { ApiError, api, request } from '../lib/api.ts';
import { formatDate } from '../lib/i18n.ts';
import { telHref, webHref } from '../lib/links.ts';
import { NotFoundMessage } from '../not-found/not-found-page.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { CoordinatorTools } from './coordinator-tools.tsx';
import { territoryMessages } from './messages.ts';
import { StoredTerritoryOverview } from '../../schema/stored/territory.ts';
import { createSnapshotResource } from './offline-snapshot.ts';
import { DocumentsSection, GroupsSection, MeetingsSection, PlanSection, PressSection, ProjectsSection } from './overview-sections.tsx';
import type { TerritoryOverview } from './types.ts';
import { territoryLabels } from './territory-labels.ts';
import { notFoundMessages } from '../not-found/messages.ts';
import './territory.css';

/** A slug the API rejects as malformed (400) names no territory either; to the reader both are "not found". */
const isUnknownTerritory = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 400);

const fetchOverview = (slug: string) => request(api.api.territories[':territory'].overview.$get({ param: { territory: slug } }));

/** The public face of one territory's planning, in one response that is kept for offline reading. */
export function TerritoryPage() {
  const params = useParams<{ slug: string }>();
  const [overview, { refetch }] = createSnapshotResource(
    () => `overview:${params.slug}`,
    () => fetchOverview(params.slug),
    StoredTerritoryOverview,
  );

  return (
    <>
      <p class="back-link">
        <A href="/">
          <span aria-hidden="true">←</span>
          {territoryLabels().backToList}
        </A>
      </p>
      <Switch>
        <Match when={overview.error && isUnknownTerritory(overview.error)}>
          <NotFoundMessage title={notFoundMessages().territoryTitle} text={notFoundMessages().territoryText} />
        </Match>
        <Match when={overview.error}>
          {(error) => (
            <>
              <h1>{territoryLabels().loadFailed}</h1>
              <ErrorNotice error={error()} onRetry={() => void refetch()} />
            </>
          )}
        </Match>
        <Match when={overview.latest}>
          {(loaded) => (
            <>
              <Show when={loaded().fromSnapshot}>
                <p class="notice snapshot-note" role="status">
                  {territoryMessages().savedOffline(formatDate(loaded().savedAt, { dateStyle: 'long', timeStyle: 'short' }))}
                </p>
              </Show>
              <TerritoryOverviewView overview={loaded().data} slug={params.slug} onChanged={() => void refetch()} />
            </>
          )}
        </Match>
        <Match when={overview.loading}>
          <Loading label={territoryMessages().loading} />
        </Match>
      </Switch>
    </>
  );
}

function TerritoryOverviewView(props: { overview: TerritoryOverview; slug: string; onChanged: () => void }) {
  const m = territoryMessages;
  const territory = () => props.overview.territory;
  usePageTitle(() => territory().name);
  return (
    <article class="territory" aria-labelledby="territory-title">
      <header class="territory__header">
        <h1 id="territory-title">{territory().name}</h1>
        <p class="meta-line">
          <span class="badge">{territoryLabels().kind[territory().kind]}</span>
          <A href={`/kraj/${territory().regionCode}`}>{territory().regionName}</A>
          <Show when={territory().parent}>
            {(parent) => (
              <span>
                {m().partOf}: <A href={`/uzemi/${parent().slug}`}>{parent().name}</A>
              </span>
            )}
          </Show>
        </p>
        <Show when={territory().planningSince}>{(year) => <p class="territory__since">{territoryLabels().planningSince(year())}</p>}</Show>
        <Show when={territory().description} fallback={<p class="muted">{territoryLabels().noDescription}</p>}>
          {(description) => <p class="territory__description">{description()}</p>}
        </Show>
        <Show when={territory().subTerritories.length > 0}>
          <p>
            {m().subTerritories}:{' '}
            <For each={territory().subTerritories}>
              {(sub, index) => (
                <>
                  {index() > 0 ? ', ' : ''}
                  <A href={`/uzemi/${sub.slug}`}>{sub.name}</A>
                </>
              )}
            </For>
          </p>
        </Show>
        <p class="territory__catalogue">
          <A class="button" href={`/uzemi/${props.slug}/katalog`}>
            {catalogueMessages().linkFromTerritory}
          </A>
        </p>
      </header>

      <Show when={territory().contactEmail || territory().contactPhone || territory().web}>
        <section class="overview-section contact" aria-labelledby="contact-title">
          <h2 id="contact-title">{m().contactHeading}</h2>
          <dl class="contact__list">
            <Show when={territory().contactEmail}>
              {(email) => (
                <>
                  <dt>{m().email}</dt>
                  <dd>
                    <a href={`mailto:${email()}`}>{email()}</a>
                  </dd>
                </>
              )}
            </Show>
            <Show when={territory().contactPhone}>
              {(phone) => (
                <>
                  <dt>{m().phone}</dt>
                  <dd>
                    <a href={telHref(phone())}>{phone()}</a>
                  </dd>
                </>
              )}
            </Show>
            <Show when={territory().web ? webHref(territory().web!) : undefined}>
              {(link) => (
                <>
                  <dt>{territoryLabels().web}</dt>
                  <dd>
                    <a href={link().href}>{link().label}</a>
                  </dd>
                </>
              )}
            </Show>
          </dl>
        </section>
      </Show>

      <MeetingsSection overview={props.overview} slug={props.slug} />
      <GroupsSection overview={props.overview} />
      <PlanSection overview={props.overview} />
      <ProjectsSection overview={props.overview} />
      <DocumentsSection overview={props.overview} />
      <PressSection overview={props.overview} />
      <CoordinatorTools territoryId={territory().id} slug={props.slug} projects={[...props.overview.projects.current, ...props.overview.projects.past]} onChanged={props.onChanged} />
    </article>
  );
}
