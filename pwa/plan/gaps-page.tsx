import { A, useParams, useSearchParams } from '@solidjs/router';
import type * as v from 'valibot';
import { StoredGaps } from '../../schema/stored/plan-pages.ts';
import { For, Show } from 'solid-js';
import { api, request } from '../lib/api.ts';
import { compareCzechNames, formatNumber } from '../lib/i18n.ts';
import { createSnapshotResource } from '../territory/offline-snapshot.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { gapMessages } from './messages.ts';
import { SnapshotScreen } from './snapshot-screen.tsx';
import { notFoundMessages } from '../not-found/messages.ts';
import '../sign-in/form.css';
import '../territory/territory.css';
import './plan.css';

type Gaps = v.InferOutput<typeof StoredGaps>;
type GapStatus = Gaps['municipalities'][number]['cells'][number]['status'];
const STATUSES: GapStatus[] = ['covered', 'need_without_service', 'service_without_measure', 'nothing'];
/** A letter per status, so the grid reads without colour too. */
const MARK: Record<GapStatus, string> = { covered: '✓', need_without_service: '!', service_without_measure: 'S', nothing: '–' };

const fetchGaps = (territory: string, plan: string | undefined) =>
  request(api.api.territories[':territory'].gaps.$get({ param: { territory }, query: plan ? { plan } : {} }));

/** `/uzemi/:slug/pokryti`: per municipality and target group, what the catalogue offers against what the plan names. */
export function GapsPage() {
  const params = useParams<{ slug: string }>();
  const [search] = useSearchParams<{ plan?: string }>();
  const [gaps, { refetch }] = createSnapshotResource(
    () => `gaps:${params.slug}:${search.plan ?? ''}`,
    () => fetchGaps(params.slug, search.plan),
    StoredGaps,
  );
  return (
    <SnapshotScreen resource={gaps} refetch={refetch} notFound={{ title: notFoundMessages().territoryTitle, text: notFoundMessages().territoryText }} failedTitle={gapMessages().title(params.slug)} loadingLabel={gapMessages().loading}>
      {(data) => <GapsView gaps={data} />}
    </SnapshotScreen>
  );
}

function GapsView(props: { gaps: Gaps }) {
  const m = gapMessages;
  const territory = () => props.gaps.territory;
  usePageTitle(() => m().title(territory().name));
  const municipalities = () => [...props.gaps.municipalities].sort((a, b) => compareCzechNames(a.name, b.name));
  const groupName = new Map(props.gaps.targetGroups.map((g) => [g.code, g.name]));
  const cellLabel = (cell: Gaps['municipalities'][number]['cells'][number]) =>
    `${groupName.get(cell.targetGroupCode)}: ${m().status[cell.status]} (${cell.services} ${m().services}, ${cell.activities} ${m().activities})`;
  return (
    <article class="plan-page" aria-labelledby="gaps-title">
      <p class="back-link">
        <A href={`/uzemi/${territory().slug}`}>
          <span aria-hidden="true">←</span>
          {territory().name}
        </A>
      </p>
      <h1 id="gaps-title">{m().title(territory().name)}</h1>
      <p>{m().intro}</p>
      <Show when={props.gaps.plan} fallback={<p class="muted">{m().noPlan}</p>}>
        {(plan) => (
          <p>
            <A href={`/plany/${plan().id}`}>{m().basedOn(plan().title)}</A>
          </p>
        )}
      </Show>

      <h2>{m().legend}</h2>
      <ul class="gap-legend" role="list">
        <For each={STATUSES}>
          {(status) => (
            <li>
              <span class={`gap-cell gap-cell--${status}`} aria-hidden="true">
                {MARK[status]}
              </span>{' '}
              {m().status[status]}: {formatNumber(props.gaps.summary[status])}
            </li>
          )}
        </For>
      </ul>

      <Show when={props.gaps.municipalities.length > 0} fallback={<p class="muted">{m().noMunicipalities}</p>}>
        <section class="overview-section" aria-labelledby="gaps-grid-title">
          <h2 id="gaps-grid-title">{m().grid}</h2>
          <p class="muted" aria-hidden="true">
            {props.gaps.targetGroups.map((g, i) => `${i + 1} ${g.name}`).join(' · ')}
          </p>
          <ul class="gap-grid" role="list">
            <For each={municipalities()}>
              {(municipality) => (
                <li class="gap-grid__row">
                  <span class="gap-grid__name">{municipality.name}</span>
                  <ul class="gap-grid__cells" role="list">
                    <For each={municipality.cells}>
                      {(cell, index) => (
                        <li class={`gap-cell gap-cell--${cell.status}`} title={cellLabel(cell)}>
                          <span aria-hidden="true">
                            {index() + 1}
                            {MARK[cell.status]}
                          </span>
                          <span class="visually-hidden">{cellLabel(cell)}</span>
                        </li>
                      )}
                    </For>
                  </ul>
                </li>
              )}
            </For>
          </ul>
        </section>

        <section class="overview-section" aria-labelledby="gaps-table-title">
          <h2 id="gaps-table-title">{m().table}</h2>
          <div class="table-scroll" tabindex="0" role="group" aria-labelledby="gaps-table-title">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">{m().municipality}</th>
                  <For each={props.gaps.targetGroups}>{(group) => <th scope="col">{group.name}</th>}</For>
                </tr>
              </thead>
              <tbody>
                <For each={municipalities()}>
                  {(municipality) => (
                    <tr>
                      <th scope="row">{municipality.name}</th>
                      <For each={municipality.cells}>
                        {(cell) => (
                          <td>
                            {m().status[cell.status]}
                            <div class="muted">
                              {cell.services} {m().services}, {cell.activities} {m().activities}
                            </div>
                          </td>
                        )}
                      </For>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </section>
      </Show>
    </article>
  );
}
