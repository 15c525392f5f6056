import { useParams } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import { ApiError, api, request } from '../lib/api.ts';
import { formatDate } from '../lib/i18n.ts';
import { NotFoundMessage } from '../not-found/not-found-page.tsx';
import { StoredMinutes } from '../../schema/stored/minutes.ts';
import { createSnapshotResource } from '../territory/offline-snapshot.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { MinutesDocument } from './minutes-document.tsx';
import { minutesMessages } from './messages.ts';

const fetchMinutes = async (id: string) => (await request(api.api.meetings[':id'].minutes.$get({ param: { id } }))).minutes;

/** `/zapis/:id`: the published minutes, public, kept for offline reading once opened; prints to PDF on A4. */
export function MinutesPage() {
  const m = minutesMessages;
  const params = useParams<{ id: string }>();
  const [minutes, { refetch }] = createSnapshotResource(
    () => `minutes:${params.id}`,
    () => fetchMinutes(params.id),
    StoredMinutes,
  );
  usePageTitle(() => minutes.latest?.data.meeting.title ?? m().heading);

  return (
    <Switch>
      <Match when={minutes.error instanceof ApiError && (minutes.error.status === 404 || minutes.error.status === 400)}>
        <NotFoundMessage title={m().notFound} text={m().notFoundText} />
      </Match>
      <Match when={minutes.error}>
        {(error) => (
          <>
            <h1>{m().heading}</h1>
            <ErrorNotice error={error()} onRetry={() => void refetch()} />
          </>
        )}
      </Match>
      <Match when={minutes.latest}>
        {(loaded) => (
          <>
            <Show when={loaded().fromSnapshot}>
              <p class="notice notice--saved no-print">{m().savedOffline(formatDate(loaded().savedAt, { dateStyle: 'long', timeStyle: 'short' }))}</p>
            </Show>
            <MinutesDocument minutes={loaded().data} />
          </>
        )}
      </Match>
      <Match when={minutes.loading}>
        <Loading label={m().loading} />
      </Match>
    </Switch>
  );
}
