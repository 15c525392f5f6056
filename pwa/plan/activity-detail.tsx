import { For, Show } from 'solid-js';
import { formatNumber } from '../lib/i18n.ts';
import { EditActivity, type EditContext } from './plan-edit.tsx';
import { planMessages } from './messages.ts';
import type { Activity, PlanSnapshot } from './plan-data.ts';

const m = planMessages;

/** Everything the plan says about one activity, as a definition list a screen reader reads term by term. */
export function ActivityDetail(props: { activity: Activity; snapshot: PlanSnapshot; edit: EditContext }) {
  const a = () => props.activity;
  const names = () => props.snapshot.names;
  return (
    <div class="activity">
      <Show when={a().description}>{(text) => <p class="activity__description">{text()}</p>}</Show>
      <dl class="activity__facts">
        <Show when={a().responsible}>
          {(who) => (
            <>
              <dt>{m().responsible}</dt>
              <dd>{who()}</dd>
            </>
          )}
        </Show>
        <Show when={a().partners}>
          {(partners) => (
            <>
              <dt>{m().partners}</dt>
              <dd>{partners().join(', ')}</dd>
            </>
          )}
        </Show>
        <dt>{m().timeline}</dt>
        <dd>{m().years(a().startYear, a().endYear)}</dd>
        <Show when={a().estimatedCostCzk !== undefined}>
          <dt>{m().cost}</dt>
          <dd>{m().czk(a().estimatedCostCzk ?? 0)}</dd>
        </Show>
        <Show when={a().funding}>
          {(funding) => (
            <>
              <dt>{m().funding}</dt>
              <dd>
                <ul class="activity__list">
                  <For each={funding()}>
                    {(item) => (
                      <li>
                        {m().fundingSource[item.source]}: {m().czk(item.amountCzk)}
                      </li>
                    )}
                  </For>
                </ul>
              </dd>
            </>
          )}
        </Show>
        <Show when={a().indicators}>
          {(indicators) => (
            <>
              <dt>{m().indicators}</dt>
              <dd>
                <ul class="activity__list">
                  <For each={indicators()}>
                    {(indicator) => (
                      <li>
                        {indicator.name} ({m().target} {formatNumber(indicator.target)} {indicator.unit})
                      </li>
                    )}
                  </For>
                </ul>
              </dd>
            </>
          )}
        </Show>
        <dt>{m().municipalities}</dt>
        <dd>
          {a().municipalityIds?.length
            ? a()
                .municipalityIds!.map((id) => names().municipalities[id] ?? id)
                .join(', ')
            : m().wholeTerritory}
        </dd>
        <Show when={a().services}>
          {(services) => (
            <>
              <dt>{m().services}</dt>
              <dd>
                <ul class="activity__list">
                  <For each={services()}>
                    {(link) => (
                      <li>
                        {names().services[link.serviceId] ?? link.serviceId} ({m().relation[link.relation]})
                      </li>
                    )}
                  </For>
                </ul>
              </dd>
            </>
          )}
        </Show>
      </dl>
      <EditActivity edit={props.edit} activity={a()} />
    </div>
  );
}
