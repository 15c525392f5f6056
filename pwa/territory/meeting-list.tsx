import { For, Show } from 'solid-js';
import { formatLocalDate, formatLocalTime, isoDateOf } from '../documents/format.ts';
import { territoryMessages } from './messages.ts';
import type { PublicMeeting } from './types.ts';

/** Date, time, place and kind of each meeting: what someone needs to come. */
export function MeetingList(props: { meetings: PublicMeeting[]; showTerritory?: boolean }) {
  const m = territoryMessages;
  const endTime = (meeting: PublicMeeting) =>
    meeting.endsAt && isoDateOf(meeting.endsAt) === isoDateOf(meeting.startsAt) ? ` – ${formatLocalTime(meeting.endsAt)}` : '';
  return (
    <ul class="meeting-list" role="list">
      <For each={props.meetings}>
        {(meeting) => (
          <li class="meeting">
            <p class="meeting__when">
              <time datetime={meeting.startsAt}>
                {formatLocalDate(meeting.startsAt, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })},{' '}
                {formatLocalTime(meeting.startsAt)}
                {endTime(meeting)}
              </time>
            </p>
            <p class="meeting__title">{meeting.title}</p>
            <p class="meta-line meeting__meta">
              <span class="badge">{m().meetingKind[meeting.kind]}</span>
              <Show when={props.showTerritory}>
                <span>{meeting.territoryName}</span>
              </Show>
              <Show when={meeting.groupName}>{(group) => <span>{group()}</span>}</Show>
            </p>
            <Show when={meeting.place}>
              {(place) => (
                <p class="meeting__place">
                  {m().place}: {place()}
                </p>
              )}
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
