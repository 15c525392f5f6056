import { type JSX, Match, type Resource, Show, Switch } from 'solid-js';
import { formatDate } from '../lib/i18n.ts';
import { NotFoundMessage } from '../not-found/not-found-page.tsx';
import { territoryMessages } from '../territory/messages.ts';
import type { Loaded } from '../territory/offline-snapshot.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { isMissing } from './plan-data.ts';

/**
 * The four states of a screen read from one saved API answer (territory/offline-snapshot.ts): not found, failed
 * (with a retry), loaded (saying when it was saved, if it comes from the saved copy) and loading.
 */
export function SnapshotScreen<T>(props: {
  resource: Resource<Loaded<T>>;
  refetch: () => unknown;
  notFound: { title: string; text: string };
  failedTitle: string;
  loadingLabel?: string;
  children: (data: T) => JSX.Element;
}) {
  return (
    <Switch>
      <Match when={props.resource.error && isMissing(props.resource.error)}>
        <NotFoundMessage title={props.notFound.title} text={props.notFound.text} />
      </Match>
      <Match when={props.resource.error}>
        {(error) => (
          <>
            <h1>{props.failedTitle}</h1>
            <ErrorNotice error={error()} onRetry={() => void props.refetch()} />
          </>
        )}
      </Match>
      <Match when={props.resource.latest}>
        {(loaded) => (
          <>
            <Show when={loaded().fromSnapshot}>
              <p class="notice snapshot-note no-print" role="status">
                {territoryMessages().savedOffline(formatDate(loaded().savedAt, { dateStyle: 'long', timeStyle: 'short' }))}
              </p>
            </Show>
            {props.children(loaded().data)}
          </>
        )}
      </Match>
      <Match when={props.resource.loading}>
        <Loading label={props.loadingLabel} />
      </Match>
    </Switch>
  );
}
