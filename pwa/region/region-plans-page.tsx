import { A, useParams } from '@solidjs/router';
import type * as v from 'valibot';
import { StoredRegionPlans } from '../../schema/stored/region.ts';
import { For, Show } from 'solid-js';
import { api, request } from '../lib/api.ts';
import { compareCzechNames, formatNumber } from '../lib/i18n.ts';
import { planMessages } from '../plan/messages.ts';
import { SnapshotScreen } from '../plan/snapshot-screen.tsx';
import { createSnapshotResource } from '../territory/offline-snapshot.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { regionMessages, regionPlanMessages } from './messages.ts';
import '../territory/territory.css';
import '../plan/plan.css';

type RegionPlans = v.InferOutput<typeof StoredRegionPlans>;
type Row = RegionPlans['territories'][number];

const fetchRegionPlans = (code: string) => request(api.api.regions[':code'].plans.$get({ param: { code } }));

/** `/kraj/:code/plany`: every district's current plan side by side, the input of the regional medium-term plan. */
export function RegionPlansPage() {
  const params = useParams<{ code: string }>();
  const [view, { refetch }] = createSnapshotResource(() => `region-plans:${params.code.toUpperCase()}`, () => fetchRegionPlans(params.code), StoredRegionPlans);
  return (
    <SnapshotScreen resource={view} refetch={refetch} notFound={{ title: regionMessages().notFoundTitle, text: regionMessages().notFoundText }} failedTitle={regionMessages().loadFailed} loadingLabel={regionMessages().loading}>
      {(data) => <RegionPlansView view={data} />}
    </SnapshotScreen>
  );
}

function RegionPlansView(props: { view: RegionPlans }) {
  const m = regionPlanMessages;
  const p = planMessages;
  const region = () => props.view.region;
  usePageTitle(() => m().title(region().name));
  const rows = () => [...props.view.territories].sort((a, b) => compareCzechNames(a.territory.name, b.territory.name));
  const withPlan = () => rows().filter((row) => row.plan);
  // Columns: the target groups, then chapters without one (cross-cutting, territorial), when any plan has them.
  const columns = () => {
    const codes: (string | null)[] = props.view.targetGroups.map((g) => g.code);
    if (props.view.territories.some((row) => row.cells.some((c) => c.targetGroupCode === null))) codes.push(null);
    return codes;
  };
  const groupName = (code: string | null) => (code === null ? m().crossCutting : (props.view.targetGroups.find((g) => g.code === code)?.name ?? code));
  const cellOf = (row: Row, code: string | null) => {
    const cells = row.cells.filter((c) => c.targetGroupCode === code);
    return { measures: cells.reduce((n, c) => n + c.measures, 0), cost: cells.reduce((n, c) => n + c.estimatedCostCzk, 0) };
  };
  const csv = () => `/api/regions/${encodeURIComponent(region().code)}/plans.csv`;
  return (
    <article class="plan-page region-plans" aria-labelledby="region-plans-title">
      <p class="back-link">
        <A href={`/kraj/${region().code}`}>
          <span aria-hidden="true">←</span>
          {region().name}
        </A>
      </p>
      <h1 id="region-plans-title">{m().title(region().name)}</h1>
      <p>{m().intro}</p>
      <p>
        <a class="button button--secondary" href={csv()} download="">
          {m().csv}
        </a>
      </p>

      <section aria-labelledby="region-plans-overview">
        <h2 id="region-plans-overview">{m().overview}</h2>
        <div class="table-scroll" tabindex="0" role="group" aria-labelledby="region-plans-overview">
          <table class="data-table stack-table" role="table">
            <thead role="rowgroup">
              <tr role="row">
                <th role="columnheader" scope="col">{m().territory}</th>
                <th role="columnheader" scope="col">{m().plan}</th>
                <th role="columnheader" scope="col" class="num">
                  {m().measures}
                </th>
                <th role="columnheader" scope="col" class="num">
                  {m().activities}
                </th>
                <th role="columnheader" scope="col" class="num">
                  {m().cost}
                </th>
                <th role="columnheader" scope="col">{m().evaluation}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              <For each={rows()}>
                {(row) => (
                  <tr role="row">
                    <th role="rowheader" scope="row">
                      <A href={`/uzemi/${row.territory.slug}`}>{row.territory.name}</A>
                    </th>
                    <td role="cell" data-label={m().plan}>
                      <Show when={row.plan} fallback={<span class="muted">{m().noPlan}</span>}>
                        {(plan) => (
                          <>
                            <A href={`/plany/${plan().id}`}>
                              {plan().periodFrom}–{plan().extendedTo ?? plan().periodTo}
                            </A>{' '}
                            ({p().status[plan().status].toLowerCase()})
                          </>
                        )}
                      </Show>
                    </td>
                    <td role="cell" class="num" data-label={m().measures}>
                      {formatNumber(row.totals.measures)}
                    </td>
                    <td role="cell" class="num" data-label={m().activities}>
                      {formatNumber(row.totals.activities)}
                    </td>
                    <td role="cell" class="num" data-label={m().cost}>
                      {p().czk(row.totals.estimatedCostCzk)}
                    </td>
                    <td role="cell" data-label={m().evaluation}>
                      <Show when={row.evaluation?.year} fallback={<span class="muted">{m().notEvaluated}</span>}>
                        {(year) => m().evaluated(year(), row.evaluation!.byStatus.done, Object.values(row.evaluation!.byStatus).reduce((a, b) => a + b, 0))}
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </section>

      <Show when={withPlan().length > 0}>
        <section class="overview-section" aria-labelledby="region-plans-groups">
          <h2 id="region-plans-groups">{m().byGroup}</h2>
          <p class="muted">{m().byGroupHint}</p>
          <div class="table-scroll" tabindex="0" role="group" aria-labelledby="region-plans-groups">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">{m().territory}</th>
                  <For each={columns()}>{(code) => <th scope="col">{groupName(code)}</th>}</For>
                </tr>
              </thead>
              <tbody>
                <For each={withPlan()}>
                  {(row) => (
                    <tr>
                      <th scope="row">{row.territory.name}</th>
                      <For each={columns()}>
                        {(code) => (
                          <td class="num">
                            {formatNumber(cellOf(row, code).measures)}
                            <div class="muted">{p().czk(cellOf(row, code).cost)}</div>
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
