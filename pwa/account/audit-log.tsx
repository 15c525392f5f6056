import type { InferResponseType } from 'hono/client';
import { For, Match, Show, Switch, createResource, createSignal } from 'solid-js';
import { api, request } from '../lib/api.ts';
import { formatDate } from '../lib/i18n.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { accountMessages } from './messages.ts';

type AuditEntry = InferResponseType<(typeof api.api.territories)[':territory']['audit']['$get'], 200>['entries'][number];

const PAGE = 10;

/** The territory's latest writes: who, when, what kind of record, which fields (never the values). */
export function AuditLog(props: { territory: { slug: string; name: string }; version: number }) {
  const m = accountMessages;
  const [entries, { refetch }] = createResource(
    // `version` goes up after each change made on this page, so the log shows it.
    () => ({ territory: props.territory.slug, version: props.version }),
    async ({ territory }) => (await request(api.api.territories[':territory'].audit.$get({ param: { territory } }))).entries,
  );
  const [shown, setShown] = createSignal(PAGE);
  let list: HTMLUListElement | undefined;

  const describe = (entry: AuditEntry) => {
    const words = m().territory;
    const known = words.actions[entry.action];
    if (known) return known;
    const method = entry.action.split(' ')[0] ?? '';
    const what = words.entities[entry.entity] ?? entry.entity;
    const verb = words.verbs[method];
    return verb ? `${what} – ${verb}` : what;
  };

  const showMore = () => {
    const firstNew = shown();
    setShown(firstNew + PAGE);
    // The reader continues at the first entry that just appeared.
    list?.querySelectorAll<HTMLElement>('li')[firstNew]?.focus();
  };

  return (
    <div class="account__block">
      <h3>{m().territory.auditHeading}</h3>
      <Switch>
        <Match when={entries.error}>{(error) => <ErrorNotice error={error()} onRetry={() => void refetch()} />}</Match>
        <Match when={entries.loading && !entries.latest}>
          <Loading label={m().territory.auditLoading} />
        </Match>
        <Match when={entries.latest?.length === 0}>
          <p>{m().territory.noAudit}</p>
        </Match>
        <Match when={entries.latest}>
          {(all) => (
            <>
              <ul class="audit-list" role="list" ref={list}>
                <For each={all().slice(0, shown())}>
                  {(entry) => (
                    <li tabindex="-1">
                      <span class="audit-list__what">{describe(entry)}</span>
                      <Show when={entry.fields && entry.fields.length > 0}>
                        {' '}
                        <span class="audit-list__fields">({m().territory.fields((entry.fields ?? []).join(', '))})</span>
                      </Show>
                      <span class="audit-list__meta">
                        <time datetime={new Date(entry.at).toISOString()}>{formatDate(entry.at, { dateStyle: 'medium', timeStyle: 'short' })}</time>
                        {' · '}
                        {entry.userName ?? m().territory.somebody}
                      </span>
                    </li>
                  )}
                </For>
              </ul>
              <Show when={all().length > shown()}>
                <button type="button" class="button button--secondary button--small" onClick={showMore}>
                  {m().territory.showMore}
                </button>
              </Show>
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}
