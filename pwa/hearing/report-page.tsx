import { A, useParams } from '@solidjs/router';
import { For, Match, Show, Switch, createResource, onCleanup, onMount } from 'solid-js';
import type { HearingReport } from '../../schema/api/hearings.ts';
import { hearingPublicMessages } from '../hearing-public/messages.ts';
import { ResultsChart } from '../hearing-public/vote-form.tsx';
import { formatDate, formatNumber } from '../lib/i18n.ts';
import { formatMeetingTime } from '../meetings/format.ts';
import { meetingMessages } from '../meetings/messages.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { hearingReport, reportCsvHref } from './coordinator-api.ts';
import { hearingMessages } from './messages.ts';
import '../meetings/meetings.css';
import '../hearing-public/hearing-public.css';
import './hearing.css';

/** `/jednani/:id/zprava`: the summary report of a hearing, for the coordinator; prints to PDF on A4, or as CSV. */
export function ReportPage() {
  const m = hearingMessages;
  const params = useParams<{ id: string }>();
  const [report, { refetch }] = createResource(() => params.id, hearingReport);
  usePageTitle(() => `${m().reportHeading}: ${report.latest?.hearing.title ?? ''}`);
  onMount(() => document.documentElement.classList.add('printing-report'));
  onCleanup(() => document.documentElement.classList.remove('printing-report'));

  return (
    <Switch>
      <Match when={report.error}>
        <h1>{m().reportHeading}</h1>
        <ErrorNotice error={report.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={report.latest}>{(loaded) => <Report meetingId={params.id} report={loaded()} />}</Match>
      <Match when={true}>
        <Loading />
      </Match>
    </Switch>
  );
}

function Report(props: { meetingId: string; report: HearingReport }) {
  const m = hearingMessages;
  const mp = hearingPublicMessages;
  const mm = meetingMessages;
  const r = () => props.report;
  return (
    <article class="hearing-report" aria-labelledby="report-title">
      <p class="back-link no-print">
        <A href={`/jednani/${props.meetingId}/projednani`}>
          <span aria-hidden="true">←</span> {m().enter}
        </A>
      </p>
      <h1 id="report-title">{m().reportHeading}</h1>
      <p class="hearing-report__title">{r().hearing.title}</p>
      <p>
        {mm().kind[r().hearing.kind]} · {r().hearing.territoryName} · <time datetime={r().hearing.startsAt}>{formatMeetingTime(r().hearing.startsAt, null)}</time>
        <Show when={r().hearing.place}>{(place) => <> · {place()}</>}</Show>
      </p>
      <Show when={r().hearing.planTitle}>{(plan) => <p>{plan()}</p>}</Show>
      <div class="form__actions no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          {m().print}
        </button>
        <a class="button button--secondary" href={reportCsvHref(props.meetingId, 'summary')} download="">
          {m().csvSummary}
        </a>
        <a class="button button--secondary" href={reportCsvHref(props.meetingId, 'comments')} download="">
          {m().csvComments}
        </a>
      </div>

      <section class="capture-section" aria-labelledby="report-attendance">
        <h2 id="report-attendance">{m().reportAttendance}</h2>
        <table class="hearing-table">
          <thead>
            <tr>
              <th scope="col">{m().reportRole}</th>
              <th scope="col">{m().reportCount}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{m().affiliation.organization}</th>
              <td>{formatNumber(r().attendance.organization)}</td>
            </tr>
            <tr>
              <th scope="row">{m().affiliation.public}</th>
              <td>{formatNumber(r().attendance.public)}</td>
            </tr>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{m().total}</th>
              <td>{formatNumber(r().attendance.total)}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <section class="capture-section" aria-labelledby="report-comments">
        <h2 id="report-comments">{m().reportComments}</h2>
        <p>{m().reportCommentCount(r().comments.total)}</p>
        <ul class="hearing-report__counts">
          <For each={Object.entries(r().comments.bySettlement)}>
            {([answer, count]) => (
              <li>
                {mp().settlementAnswer[answer]}: {formatNumber(count)}
              </li>
            )}
          </For>
          <li>
            {m().hiddenCount}: {formatNumber(r().comments.hidden)}
          </li>
        </ul>
        <ol class="settlement__list">
          <For each={r().comments.list.filter((c) => c.hiddenAt === null)}>
            {(comment) => (
              <li class="settlement__item">
                <p class="settlement__target">{comment.targetItem ? `${comment.targetItem.code} ${comment.targetItem.title}` : m().general}</p>
                <p class="settlement__body">{comment.body}</p>
                <p class="hearing-comment__meta">
                  {comment.authorName ?? mp().anonymousAuthor} · {formatDate(comment.createdAt, { timeStyle: 'short' })} · {mp().settlementAnswer[comment.settlement]}
                </p>
                <Show when={comment.settlementReason}>{(reason) => <p class="settlement__reason">{reason()}</p>}</Show>
              </li>
            )}
          </For>
        </ol>
      </section>

      <section class="capture-section" aria-labelledby="report-votes">
        <h2 id="report-votes">{m().reportVotes}</h2>
        <table class="hearing-table">
          <thead>
            <tr>
              <th scope="col">{m().reportOption}</th>
              <th scope="col">{m().reportPoints}</th>
              <th scope="col">{m().reportVoters}</th>
            </tr>
          </thead>
          <tbody>
            <For each={[...r().votes.options].sort((a, b) => b.points - a.points)}>
              {(row) => (
                <tr>
                  <th scope="row">{row.label}</th>
                  <td>{formatNumber(row.points)}</td>
                  <td>{formatNumber(row.voters)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <p>{m().reportParticipants(r().votes.participants)}</p>
        <ResultsChart results={r().votes.options.map((row) => ({ optionId: row.optionId, title: row.label, points: row.points }))} />
      </section>
    </article>
  );
}
