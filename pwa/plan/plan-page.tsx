import { A, useLocation, useParams } from '@solidjs/router';
import { For, Match, Show, Switch, createEffect, createMemo, createResource, createSignal, on } from 'solid-js';
import { formatLocalDate } from '../documents/format.ts';
import { formatDate } from '../lib/i18n.ts';
import { NotFoundMessage } from '../not-found/not-found-page.tsx';
import { StoredPlanMeta } from '../../schema/stored/plan-pages.ts';
import { createSnapshotResource } from '../territory/offline-snapshot.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { planMessages } from './messages.ts';
import type { EditContext } from './plan-edit.tsx';
import { PlanLifecycle } from './plan-lifecycle.tsx';
import { allNodeIds, ancestorsIndex, coordinates, isMissing, fetchPlanMeta, filterTree, isFrozen, loadPlanSnapshot, nodeAnchor, type PlanMeta, type PlanSnapshot } from './plan-data.ts';
import { PlanTree } from './plan-tree.tsx';
import '../territory/territory.css';
import './plan.css';

const m = planMessages;

/** The plan as a browsable tree, from the snapshot kept in IndexedDB: readable offline once visited. */
export function PlanPage() {
  const params = useParams<{ id: string }>();
  const [snapshot, { refetch }] = createResource(() => params.id, loadPlanSnapshot);
  // The version list and allowed transitions come with the plan's own record; offline, its last saved copy.
  const [meta, { refetch: refetchMeta }] = createSnapshotResource(() => `plan-meta:${params.id}`, () => fetchPlanMeta(params.id), StoredPlanMeta);
  const reload = () => {
    void refetch();
    void refetchMeta();
  };
  return (
    <Switch>
      <Match when={snapshot.error && isMissing(snapshot.error)}>
        <NotFoundMessage title={m().notFoundTitle} text={m().notFoundText} />
      </Match>
      <Match when={snapshot.error}>
        {(error) => (
          <>
            <h1>{m().loadFailed}</h1>
            <ErrorNotice error={error()} onRetry={() => void refetch()} />
          </>
        )}
      </Match>
      <Match when={snapshot.latest}>
        {(loaded) => (
          <>
            <Show
              when={loaded().fromSnapshot}
              fallback={
                <p class="muted plan__saved" role="status">
                  {m().savedCopy(formatDate(loaded().savedAt, { dateStyle: 'medium', timeStyle: 'short' }))}
                </p>
              }
            >
              <p class="notice snapshot-note" role="status">
                {m().savedOffline(formatDate(loaded().savedAt, { dateStyle: 'long', timeStyle: 'short' }))}
              </p>
            </Show>
            <PlanView snapshot={loaded().data} meta={meta.error ? undefined : meta.latest?.data} onChanged={reload} />
          </>
        )}
      </Match>
      <Match when={snapshot.loading}>
        <Loading label={m().loading} />
      </Match>
    </Switch>
  );
}

function currentYears(plan: PlanSnapshot['plan']) {
  const last = Math.min(plan.extendedTo ?? plan.periodTo, new Date().getFullYear());
  const years: number[] = [];
  for (let year = plan.periodFrom; year <= last; year++) years.push(year);
  return years;
}

function PlanView(props: { snapshot: PlanSnapshot; meta: PlanMeta | undefined; onChanged: () => void }) {
  const plan = () => props.snapshot.plan;
  const location = useLocation();
  usePageTitle(() => plan().title);
  const canCoordinate = () => coordinates(plan().territoryId);
  const edit: EditContext = { canEdit: () => canCoordinate() && !isFrozen(plan().status), onSaved: props.onChanged };

  const [query, setQuery] = createSignal('');
  // Chapters start open, so the first screen shows the priorities of each target group.
  const [open, setOpen] = createSignal(new Set(props.snapshot.sections.map((s) => s.id)));
  const filtered = createMemo(() => filterTree(props.snapshot.sections, query()));
  const searching = () => query().trim() !== '';
  const ancestors = createMemo(() => ancestorsIndex(props.snapshot.sections));
  const state = {
    // While searching every branch that is left is open: the matches are what the reader is after.
    isOpen: (id: string) => open().has(id) || (searching() && isBranch(id)),
    toggle: (id: string) => {
      const next = new Set(open());
      if (next.has(id)) next.delete(id);
      else next.add(id);
      setOpen(next);
    },
  };
  const isBranch = (id: string) => (ancestors().get(id)?.length ?? 3) < 3;
  // Another plan in the same screen (a new version just made): start again from its chapters.
  // (`on` runs on every new snapshot, a refresh after an edit included, so the id is compared by hand.)
  let shownPlanId = props.snapshot.plan.id;
  createEffect(() => {
    if (props.snapshot.plan.id === shownPlanId) return;
    shownPlanId = props.snapshot.plan.id;
    setQuery('');
    setOpen(new Set(props.snapshot.sections.map((s) => s.id)));
  });

  // A deep link (#uzel-<id>) opens the branches above the node and the node itself, then brings it into view.
  createEffect(
    on(
      () => location.hash,
      (hash) => {
        const id = decodeURIComponent(hash.replace(/^#/, '')).replace(/^uzel-/, '');
        const above = ancestors().get(id);
        if (!above) return;
        setQuery('');
        setOpen(new Set([...open(), ...above, id]));
        requestAnimationFrame(() => {
          const node = document.getElementById(nodeAnchor(id));
          node?.scrollIntoView({ block: 'start' });
          node?.focus({ preventScroll: true });
        });
      },
    ),
  );

  // For bench/plan-render.bench.ts: the first frame after the tree is in the document.
  createEffect(() => {
    props.snapshot.sections.length;
    requestAnimationFrame(() => performance.mark('kpss:plan-tree-rendered'));
  });

  const versions = () => props.meta?.versions ?? [];
  const previous = () => versions().find((v) => v.id === plan().previousVersionId) ?? versions().find((v) => v.id !== plan().id);

  return (
    <article class="plan" aria-labelledby="plan-title">
      <Show when={plan().territory}>
        {(territory) => (
          <p class="back-link">
            <A href={`/uzemi/${territory().slug}`}>
              <span aria-hidden="true">←</span>
              {m().backToTerritory(territory().name)}
            </A>
          </p>
        )}
      </Show>
      <header class="plan__header">
        <h1 id="plan-title">{plan().title}</h1>
        <p class="meta-line">
          <span class="badge" classList={{ 'badge--approved': plan().status === 'approved' }}>
            {m().status[plan().status]}
          </span>
          <span>{m().period(plan().periodFrom, plan().extendedTo ?? plan().periodTo)}</span>
          <span>{m().version(plan().version)}</span>
        </p>
        <Show when={plan().approvedOn}>{(date) => <p>{m().approved(formatLocalDate(date()), plan().approvalResolution)}</p>}</Show>
        <p>
          {m().totals(props.snapshot.totals.measures, props.snapshot.totals.activities)}. {m().estimated}: {m().czk(props.snapshot.totals.estimatedCostCzk)}
        </p>
        <Show when={plan().status === 'approved'}>
          <p class="notice notice--info plan__frozen">{m().frozen}</p>
        </Show>
        <Show when={plan().status === 'archived'}>
          <p class="notice notice--info plan__frozen">{m().archivedNote}</p>
        </Show>
      </header>

      <nav class="plan__links" aria-label={m().links}>
        <ul role="list">
          <li>
            <A href={`/plany/${plan().id}/monitoring`}>{m().monitoring}</A>
          </li>
          <For each={currentYears(plan())}>
            {(year) => (
              <li>
                <A href={`/plany/${plan().id}/vyhodnoceni/${year}`}>{m().report(year)}</A>
              </li>
            )}
          </For>
          <Show when={plan().territory}>
            {(territory) => (
              <li>
                <A href={`/uzemi/${territory().slug}/pokryti?plan=${plan().id}`}>{m().gaps}</A>
              </li>
            )}
          </Show>
          <Show when={previous()}>
            {(other) => (
              <li>
                <A href={`/plany/${plan().id}/zmeny?proti=${other().id}`}>{m().diff}</A>
              </li>
            )}
          </Show>
        </ul>
      </nav>

      <Show when={canCoordinate() && props.meta}>
        {(meta) => <PlanLifecycle planId={plan().id} status={plan().status} allowed={meta().allowedTransitions} onChanged={props.onChanged} />}
      </Show>

      <section class="plan__structure" aria-labelledby="plan-structure-title">
        <h2 id="plan-structure-title">{m().structureHeading}</h2>
        <div class="plan__search" role="search">
          <label class="field__label" for="plan-search">
            {m().searchLabel}
          </label>
          <p class="field__hint" id="plan-search-hint">
            {m().searchHint}
          </p>
          <input
            id="plan-search"
            class="field__input"
            type="search"
            aria-describedby="plan-search-hint"
            value={query()}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
          <p class="plan__search-count" role="status">
            {searching() ? m().searchResults(filtered().matches) : ''}
          </p>
        </div>
        <div class="plan__tree-actions">
          <button type="button" class="button button--secondary button--small" onClick={() => setOpen(new Set(allNodeIds(props.snapshot.sections)))}>
            {m().expandAll}
          </button>
          <button type="button" class="button button--secondary button--small" onClick={() => setOpen(new Set<string>())}>
            {m().collapseAll}
          </button>
        </div>
        <Show when={props.snapshot.sections.length > 0} fallback={<p class="muted">{m().emptyPlan}</p>}>
          <PlanTree snapshot={props.snapshot} sections={filtered().sections} state={state} edit={edit} />
        </Show>
      </section>
    </article>
  );
}
