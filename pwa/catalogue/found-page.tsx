import { useParams } from '@solidjs/router';
import { type JSX, Match, Switch, createResource } from 'solid-js';
import { NotFoundMessage } from '../not-found/not-found-page.tsx';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { catalogueMessages } from './messages.ts';

/**
 * A page of one catalogue record (`/sluzby/:id`, `/poskytovatele/:id`): looked up on the device or the server, with
 * loading, failure and "not found" (which offline means "not saved on this device yet") handled alike.
 */
export function FoundPage<T>(props: { find: (id: string) => Promise<T | undefined>; notFoundTitle: string; children: (found: T, id: string) => JSX.Element }) {
  const params = useParams<{ id: string }>();
  const [found, { refetch }] = createResource(() => params.id, props.find);
  const m = catalogueMessages;
  return (
    <Switch>
      <Match when={found.error}>
        {(error) => (
          <>
            <h1>{props.notFoundTitle}</h1>
            <ErrorNotice error={error()} onRetry={() => void refetch()} />
          </>
        )}
      </Match>
      <Match when={found.latest}>{(ready) => props.children(ready(), params.id)}</Match>
      <Match when={found.loading}>
        <Loading />
      </Match>
      <Match when={!found.latest}>
        <NotFoundMessage title={props.notFoundTitle} text={navigator.onLine ? m().notFoundText : m().offlineUnknown} />
      </Match>
    </Switch>
  );
}
