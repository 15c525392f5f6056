import { useParams } from '@solidjs/router';
import { For, Match, Show, Switch, createResource } from 'solid-js';
import type { PlanSettlement } from '../../schema/api/hearings.ts';
import { ApiError, api, request } from '../lib/api.ts';
import { NotFoundMessage } from '../not-found/not-found-page.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { hearingPublicMessages } from './messages.ts';
import { SettlementList } from './settlement-list.tsx';
import '../meetings/meetings.css';
import './hearing-public.css';

/** `/plany/:id/vyporadani`: the published settlement of comments of every hearing on a plan, public. */
export function PlanSettlementPage() {
  const m = hearingPublicMessages;
  const params = useParams<{ id: string }>();
  const [settlement, { refetch }] = createResource(
    () => params.id,
    (id): Promise<PlanSettlement> => request(api.api.plans[':id'].settlement.$get({ param: { id } })),
  );
  usePageTitle(() => m().planSettlementHeading(settlement.latest?.plan.title ?? ''));
  return (
    <Switch>
      <Match when={settlement.error instanceof ApiError && [400, 403, 404].includes((settlement.error as ApiError).status)}>
        <NotFoundMessage title={m().notFound} text={m().notFoundText} />
      </Match>
      <Match when={settlement.error}>
        <ErrorNotice error={settlement.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={settlement.latest}>
        {(loaded) => (
          <article class="hearing-public" aria-labelledby="plan-settlement-title">
            <h1 id="plan-settlement-title">{m().planSettlementHeading(loaded().plan.title)}</h1>
            <Show when={loaded().hearings.length} fallback={<p>{m().noSettlement}</p>}>
              <For each={loaded().hearings}>{(hearing) => <SettlementList settlement={hearing} headingLevel={2} />}</For>
            </Show>
          </article>
        )}
      </Match>
      <Match when={true}>
        <Loading />
      </Match>
    </Switch>
  );
}
