import { A, useParams, useSearchParams } from '@solidjs/router';
import type { InferResponseType } from 'hono/client';
import { For, Match, Show, Switch, createResource } from 'solid-js';
import { api, request } from '../lib/api.ts';
import { NotFoundMessage } from '../not-found/not-found-page.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { diffMessages, planMessages } from './messages.ts';
import { fetchPlanMeta, isMissing } from './plan-data.ts';
import '../sign-in/form.css';
import '../territory/territory.css';
import './plan.css';

type Diff = InferResponseType<(typeof api.api.plans)[':id']['diff']['$get'], 200>;
type Level = Diff['activities'];
const LEVELS = ['sections', 'priorities', 'measures', 'activities'] as const;

const fetchDiff = (id: string, against: string) => request(api.api.plans[':id'].diff.$get({ param: { id }, query: { against } }));

/** A field's value in a sentence: lists joined, objects as their JSON (funding, indicators), nothing as "(empty)". */
function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return diffMessages().empty;
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ') : diffMessages().empty;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** `/plany/:id/zmeny?proti=<id>`: what changed from an older version (or another period) of the plan to this one. */
export function DiffPage() {
  const params = useParams<{ id: string }>();
  const [search, setSearch] = useSearchParams<{ proti?: string }>();
  const [meta] = createResource(() => params.id, fetchPlanMeta);
  const against = () => search.proti ?? meta.latest?.plan.previousVersionId ?? undefined;
  const [diff, { refetch }] = createResource(
    () => (against() ? ([params.id, against()!] as const) : undefined),
    ([id, other]) => fetchDiff(id, other),
  );
  const d = diffMessages;
  const others = () => (meta.latest?.versions ?? []).filter((v) => v.id !== params.id);
  return (
    <article class="plan-page" aria-labelledby="diff-title">
      <p class="back-link">
        <A href={`/plany/${params.id}`}>
          <span aria-hidden="true">←</span>
          {meta.latest?.plan.title ?? planMessages().structureHeading}
        </A>
      </p>
      <h1 id="diff-title">{d().title}</h1>
      <Show when={others().length > 0}>
        <form
          class="form plan-diff__choose"
          onSubmit={(event) => {
            event.preventDefault();
            setSearch({ proti: String(new FormData(event.currentTarget).get('against')) });
          }}
        >
          <div class="field">
            <label class="field__label" for="diff-against">
              {d().chooseAgainst}
            </label>
            <select class="field__select" id="diff-against" name="against" value={against() ?? ''}>
              <For each={others()}>
                {(v) => (
                  <option value={v.id}>
                    {planMessages().version(v.version)} – {planMessages().status[v.status]}
                  </option>
                )}
              </For>
            </select>
          </div>
          <button type="submit" class="button button--secondary">
            {d().compare}
          </button>
        </form>
      </Show>
      <Switch>
        <Match when={!against() && meta.latest}>
          <p class="muted">{d().noOther}</p>
        </Match>
        <Match when={(diff.error && isMissing(diff.error)) || (meta.error && isMissing(meta.error))}>
          <NotFoundMessage title={planMessages().notFoundTitle} text={planMessages().notFoundText} />
        </Match>
        <Match when={diff.error ?? meta.error}>{(error) => <ErrorNotice error={error()} onRetry={() => void refetch()} />}</Match>
        <Match when={diff.latest}>{(loaded) => <DiffView diff={loaded()} />}</Match>
        <Match when={true}>
          <Loading />
        </Match>
      </Switch>
    </article>
  );
}

function DiffView(props: { diff: Diff }) {
  const d = diffMessages;
  const p = planMessages;
  usePageTitle(() => `${d().title} – ${props.diff.to.title}`);
  const s = () => props.diff.summary;
  return (
    <>
      <dl class="activity__facts">
        <dt>{d().from}</dt>
        <dd>
          <A href={`/plany/${props.diff.from.id}`}>
            {props.diff.from.title} ({p().version(props.diff.from.version)}, {p().status[props.diff.from.status].toLowerCase()})
          </A>
        </dd>
        <dt>{d().to}</dt>
        <dd>
          <A href={`/plany/${props.diff.to.id}`}>
            {props.diff.to.title} ({p().version(props.diff.to.version)}, {p().status[props.diff.to.status].toLowerCase()})
          </A>
        </dd>
      </dl>
      <p role="status">
        <strong>{d().summary(s().added, s().removed, s().changed)}</strong>
      </p>
      <Show when={s().added + s().removed + s().changed === 0}>
        <p>{d().nothing}</p>
      </Show>
      <Show when={props.diff.plan.length > 0}>
        <h2>{d().planFields}</h2>
        <ChangeList changes={props.diff.plan} />
      </Show>
      <For each={LEVELS}>{(level) => <LevelDiff id={`diff-${level}`} title={d().levels[level]} level={props.diff[level] as Level} linkTo={props.diff.to.id} />}</For>
    </>
  );
}

function ChangeList(props: { changes: { field: string; before: unknown; after: unknown }[] }) {
  return (
    <ul class="diff-list">
      <For each={props.changes}>
        {(change) => (
          <li class="diff-change">
            {diffMessages().fields[change.field] ?? change.field}: <del>{show(change.before)}</del> → <ins>{show(change.after)}</ins>
          </li>
        )}
      </For>
    </ul>
  );
}

function LevelDiff(props: { id: string; title: string; level: Level; linkTo: string }) {
  const d = diffMessages;
  const label = (row: { code?: string | null; title: string }) => `${row.code ? `${row.code} ` : ''}${row.title}`;
  return (
    <Show when={props.level.added.length + props.level.removed.length + props.level.changed.length > 0}>
      <section class="overview-section" aria-labelledby={props.id}>
        <h2 id={props.id}>{props.title}</h2>
        <Show when={props.level.added.length > 0}>
          <h3>{d().added}</h3>
          <ul class="diff-list">
            <For each={props.level.added}>
              {(row) => (
                <li>
                  <A href={`/plany/${props.linkTo}#uzel-${row.id}`}>{label(row)}</A>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={props.level.removed.length > 0}>
          <h3>{d().removed}</h3>
          <ul class="diff-list">
            <For each={props.level.removed}>{(row) => <li>{label(row)}</li>}</For>
          </ul>
        </Show>
        <Show when={props.level.changed.length > 0}>
          <h3>{d().changed}</h3>
          <ul class="diff-list">
            <For each={props.level.changed}>
              {(row) => (
                <li>
                  <A href={`/plany/${props.linkTo}#uzel-${row.id}`}>{label(row)}</A>
                  <ChangeList changes={row.changes} />
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </Show>
  );
}
