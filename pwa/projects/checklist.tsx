import { For, Show } from 'solid-js';
import { formatLocalDate } from '../documents/format.ts';
import { projectMessages } from './messages.ts';
import type { Activity } from './types.ts';
import './projects.css';

/** Shapes as well as colours tell the status apart (✓ done, ◐ in progress, ○ planned), and the word is always there. */
const STATUS_ICON = { done: '✓', in_progress: '◐', planned: '○' } as const;

/** `underHeading`: the page already titles the list, so the summary gives only the count. */
export function ActivityChecklist(props: { activities: Activity[]; underHeading?: boolean }) {
  const m = projectMessages;
  const done = () => props.activities.filter((activity) => activity.status === 'done').length;
  return (
    <div class="checklist">
      <p class="checklist__summary">
        <Show when={!props.underHeading}>
          <strong>{m().checklistTitle}</strong>:{' '}
        </Show>
        {m().checklistSummary(done(), props.activities.length)}
      </p>
      <ul class="checklist__list" role="list">
        <For each={props.activities}>
          {(activity) => (
            <li class={`checklist__item checklist__item--${activity.status}`}>
              <span class="checklist__icon" aria-hidden="true">
                {STATUS_ICON[activity.status]}
              </span>
              <span class="checklist__text">
                <span class="checklist__name">{m().activity[activity.kind]}</span>
                <span class="checklist__status">
                  {m().status[activity.status]}
                  <Show when={activity.doneOn}>{(doneOn) => <>, {m().doneOn(formatLocalDate(doneOn()))}</>}</Show>
                </span>
                <Show when={activity.note}>{(note) => <span class="checklist__note">{note()}</span>}</Show>
              </span>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
