import { A, useParams } from '@solidjs/router';
import type * as v from 'valibot';
import { StoredRegionOverview } from '../../schema/stored/region.ts';
import { For, Match, Show, Switch, createMemo } from 'solid-js';
import { formatLocalDate, formatLocalTime } from '../documents/format.ts';
import { ApiError, api, request } from '../lib/api.ts';
import { compareCzechNames, formatDate } from '../lib/i18n.ts';
import { NotFoundMessage } from '../not-found/not-found-page.tsx';
import { territoryMessages } from '../territory/messages.ts';
import { createSnapshotResource } from '../territory/offline-snapshot.ts';
import { CalendarLinks, PlanSummary } from '../territory/overview-sections.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { regionMessages, regionPlanMessages } from './messages.ts';
import { territoryLabels } from '../territory/territory-labels.ts';
import '../home/home.css';
import './region.css';

type RegionOverview = v.InferOutput<typeof StoredRegionOverview>;
type RegionTerritory = RegionOverview['territories'][number];

const fetchRegion = (code: string) => request(api.api.regions[':code'].overview.$get({ param: { code } }));

const isUnknown = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 400);

/** The region at a glance: where planning stands in each district. Kept for offline reading like a territory page. */
export function RegionPage() {
  const params = useParams<{ code: string }>();
  const [region, { refetch }] = createSnapshotResource(
    () => `region:${params.code.toUpperCase()}`,
    () => fetchRegion(params.code),
    StoredRegionOverview,
  );
  const m = regionMessages;
  return (
    <Switch>
      <Match when={region.error && isUnknown(region.error)}>
        <NotFoundMessage title={m().notFoundTitle} text={m().notFoundText} />
      </Match>
      <Match when={region.error}>
        {(error) => (
          <>
            <h1>{m().loadFailed}</h1>
            <ErrorNotice error={error()} onRetry={() => void refetch()} />
          </>
        )}
      </Match>
      <Match when={region.latest}>
        {(loaded) => (
          <>
            <Show when={loaded().fromSnapshot}>
              <p class="notice snapshot-note" role="status">
                {territoryMessages().savedOffline(formatDate(loaded().savedAt, { dateStyle: 'long', timeStyle: 'short' }))}
              </p>
            </Show>
            <RegionView region={loaded().data} />
          </>
        )}
      </Match>
      <Match when={region.loading}>
        <Loading label={m().loading} />
      </Match>
    </Switch>
  );
}

function RegionView(props: { region: RegionOverview }) {
  const m = regionMessages;
  usePageTitle(() => props.region.region.name);
  const sorted = createMemo(() => [...props.region.territories].sort((a, b) => compareCzechNames(a.name, b.name)));
  return (
    <article aria-labelledby="region-title">
      <h1 id="region-title">{props.region.region.name}</h1>
      <p>{m().intro}</p>
      <p>
        <A class="button button--secondary" href={`/kraj/${props.region.region.code}/plany`}>
          {regionPlanMessages().link}
        </A>
      </p>
      <section aria-labelledby="region-territories-title">
        <h2 id="region-territories-title">{m().territoriesHeading}</h2>
        <ul class="card-list region-list" role="list">
          <For each={sorted()}>
            {(territory) => (
              <li>
                <RegionTerritoryCard territory={territory} />
              </li>
            )}
          </For>
        </ul>
      </section>
      <section class="overview-section" aria-labelledby="region-calendar-title">
        <h2 id="region-calendar-title">{m().calendarHeading}</h2>
        <CalendarLinks path={`/api/regions/${encodeURIComponent(props.region.region.code)}/calendar.ics`} />
      </section>
    </article>
  );
}

function RegionTerritoryCard(props: { territory: RegionTerritory }) {
  const m = regionMessages;
  return (
    <article class="card region-card">
      <h3 class="card__title">
        <A href={`/uzemi/${props.territory.slug}`}>{props.territory.name}</A>
      </h3>
      <p class="meta-line">
        <span class="badge">{territoryLabels().kind[props.territory.kind]}</span>
        <Show when={props.territory.planningSince}>{(year) => <span>{territoryLabels().planningSince(year())}</span>}</Show>
      </p>
      <dl class="region-card__facts">
        <dt>{m().plan}</dt>
        <dd>
          <Show when={props.territory.plan} fallback={m().noPlan}>
            {(plan) => (
              <>
                <PlanSummary plan={plan()} />
                <Show when={!plan().inForce}>
                  <p class="region-card__warning">{m().notInForce}</p>
                </Show>
              </>
            )}
          </Show>
        </dd>
        <dt>{m().nextMeeting}</dt>
        <dd>
          <Show when={props.territory.nextPublicMeeting} fallback={m().noMeeting}>
            {(meeting) => (
              <>
                <time datetime={meeting().startsAt}>
                  {formatLocalDate(meeting().startsAt)}, {formatLocalTime(meeting().startsAt)}
                </time>
                : {meeting().title}
                <Show when={meeting().place}>{(place) => <> ({place()})</>}</Show>
              </>
            )}
          </Show>
        </dd>
        <Show when={props.territory.subTerritories.length > 0}>
          <dt>{m().subTerritories}</dt>
          <dd>
            <For each={props.territory.subTerritories}>
              {(sub, index) => (
                <>
                  {index() > 0 ? ', ' : ''}
                  <A href={`/uzemi/${sub.slug}`}>{sub.name}</A>
                </>
              )}
            </For>
          </dd>
        </Show>
      </dl>
    </article>
  );
}
