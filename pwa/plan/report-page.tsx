import { A, useParams } from '@solidjs/router';
import type * as v from 'valibot';
import { StoredEvaluationReport } from '../../schema/stored/plan-pages.ts';
import { For, Show, onCleanup, onMount } from 'solid-js';
import { api, request } from '../lib/api.ts';
import { formatDate, formatNumber } from '../lib/i18n.ts';
import { createSnapshotResource } from '../territory/offline-snapshot.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { planMessages, reportMessages } from './messages.ts';
import { SnapshotScreen } from './snapshot-screen.tsx';
import '../territory/territory.css';
import './plan.css';

type Report = v.InferOutput<typeof StoredEvaluationReport>;
type Totals = Report['totals'];
type ReportActivity = Report['sections'][number]['priorities'][number]['measures'][number]['activities'][number];

const fetchReport = (id: string, year: string) => request(api.api.plans[':id']['evaluation-report'][':year'].$get({ param: { id, year } }));

/** `/plany/:id/vyhodnoceni/:year`: "Vyhodnocení KPSS za rok …" as a page that prints to an A4 PDF. */
export function ReportPage() {
  const params = useParams<{ id: string; year: string }>();
  const [report, { refetch }] = createSnapshotResource(() => `plan-report:${params.id}:${params.year}`, () => fetchReport(params.id, params.year), StoredEvaluationReport);
  const m = reportMessages;
  // The print rules apply only while the report is on screen (see plan.css).
  onMount(() => document.documentElement.classList.add('printing-report'));
  onCleanup(() => document.documentElement.classList.remove('printing-report'));
  return (
    <SnapshotScreen resource={report} refetch={refetch} notFound={{ title: planMessages().notFoundTitle, text: planMessages().notFoundText }} failedTitle={reportMessages().title(Number(params.year))}>
      {(data) => <ReportView report={data} />}
    </SnapshotScreen>
  );
}

function TotalsList(props: { totals: Totals }) {
  const m = reportMessages;
  const p = planMessages;
  return (
    <dl class="activity__facts">
      <dt>{m().activities}</dt>
      <dd>{formatNumber(props.totals.activities)}</dd>
      <dt>{m().evaluated}</dt>
      <dd>{formatNumber(props.totals.evaluated)}</dd>
      <dt>{m().planned}</dt>
      <dd>{p().czk(props.totals.plannedCzk)}</dd>
      <dt>{m().spent}</dt>
      <dd>{p().czk(props.totals.spentCzk)}</dd>
      <dt>{m().progress}</dt>
      <dd>{props.totals.averageProgress === null ? '–' : `${formatNumber(props.totals.averageProgress)} %`}</dd>
    </dl>
  );
}

function ActivityRows(props: { label: string; activities: ReportActivity[] }) {
  const m = reportMessages;
  const p = planMessages;
  return (
    <div class="table-scroll" tabindex="0" role="group" aria-label={props.label}>
      <table class="data-table stack-table" role="table">
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">{m().activity}</th>
            <th role="columnheader" scope="col">{m().statusHeading}</th>
            <th role="columnheader" scope="col" class="num">
              %
            </th>
            <th role="columnheader" scope="col" class="num">
              {m().planned}
            </th>
            <th role="columnheader" scope="col" class="num">
              {m().spent}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          <For each={props.activities}>
            {(a) => (
              <>
                <tr role="row">
                  <th role="rowheader" scope="row">
                    {a.code} {a.title}
                    <Show when={a.responsible}>{(who) => <div class="muted">{who()}</div>}</Show>
                  </th>
                  <td role="cell" data-label={m().statusHeading}>{m().status[a.status ?? 'not_evaluated']}</td>
                  <td role="cell" class="num" data-label={m().progressOne}>
                    {a.progress ?? '–'}
                  </td>
                  <td role="cell" class="num" data-label={m().planned}>
                    {a.plannedCzk === null ? '–' : p().czk(a.plannedCzk)}
                  </td>
                  <td role="cell" class="num" data-label={m().spent}>
                    {a.spentCzk === null ? '–' : p().czk(a.spentCzk)}
                  </td>
                </tr>
                <Show when={a.comment || a.indicators.length > 0}>
                  <tr role="row">
                    <td role="cell" colspan="5" class="stack-table__note">
                      <Show when={a.comment}>
                        {(comment) => (
                          <p>
                            <strong>{m().comment}:</strong> {comment()}
                          </p>
                        )}
                      </Show>
                      <Show when={a.indicators.length > 0}>
                        <ul class="activity__list">
                          <For each={a.indicators}>
                            {(i) => (
                              <li>
                                {i.name}: {i.value === null ? '–' : formatNumber(i.value)}
                                <Show when={i.target !== null}>
                                  {' '}
                                  / {p().target} {formatNumber(i.target ?? 0)}
                                </Show>{' '}
                                {i.unit ?? ''}
                              </li>
                            )}
                          </For>
                        </ul>
                      </Show>
                    </td>
                  </tr>
                </Show>
              </>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

function ReportView(props: { report: Report }) {
  const m = reportMessages;
  const plan = () => props.report.plan;
  usePageTitle(() => `${m().title(props.report.year)} – ${plan().title}`);
  return (
    <article class="report plan-page" aria-labelledby="report-title">
      <p class="back-link">
        <A href={`/plany/${plan().id}`}>
          <span aria-hidden="true">←</span>
          {plan().title}
        </A>
      </p>
      <h1 id="report-title">{m().title(props.report.year)}</h1>
      <p>
        <strong>{plan().title}</strong> ({planMessages().period(plan().periodFrom, plan().extendedTo ?? plan().periodTo)}, {planMessages().status[plan().status].toLowerCase()})
      </p>
      <p class="muted">{m().generated(formatDate(new Date(), { dateStyle: 'long' }))}</p>
      <p class="report__print no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          {m().print}
        </button>
      </p>
      <section aria-labelledby="report-summary">
        <h2 id="report-summary">{m().summary}</h2>
        <TotalsList totals={props.report.totals} />
      </section>
      <Show when={props.report.sections.length > 0} fallback={<p class="muted">{m().noActivities}</p>}>
        <For each={props.report.sections}>
          {(section) => (
            <section class="overview-section" aria-labelledby={`report-${section.id}`}>
              <h2 id={`report-${section.id}`}>{section.title}</h2>
              <For each={section.priorities}>
                {(priority) => (
                  <>
                    <h3>{priority.title}</h3>
                    <For each={priority.measures}>
                      {(measure) => (
                        <>
                          <h4>
                            {measure.code} {measure.title}
                          </h4>
                          <ActivityRows label={`${measure.code} ${measure.title}`} activities={measure.activities} />
                        </>
                      )}
                    </For>
                  </>
                )}
              </For>
            </section>
          )}
        </For>
      </Show>
    </article>
  );
}
