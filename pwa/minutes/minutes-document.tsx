import type * as v from 'valibot';
import type { StoredMinutes } from '../../schema/stored/minutes.ts';
import { For, Show, onCleanup, onMount } from 'solid-js';
import { formatDate } from '../lib/i18n.ts';
import { formatDay, formatMeetingTime } from '../meetings/format.ts';
import { meetingMessages } from '../meetings/messages.ts';
import { minutesMessages } from './messages.ts';
import '../meetings/meetings.css';
import './minutes.css';

/** published minutes as schema/stored/minutes.ts reads them, fresh from the server or from the saved copy */
export type PublicMinutes = v.InferOutput<typeof StoredMinutes>;

const paragraphs = (text: string) => text.split(/\n{2,}/).map((part) => part.trim()).filter(Boolean);

/** Splits a note into paragraphs; single line breaks stay (the print keeps them as typed). */
function NoteText(props: { body: string }) {
  return <For each={paragraphs(props.body)}>{(paragraph) => <p class="minutes__text">{paragraph}</p>}</For>;
}

/**
 * The published minutes (zápis) as a document: heading, facts, agenda with its notes and decisions, tasks and the
 * number present. Never names from the attendance sheet or private notes: the API does not send them, and nothing
 * here would show them. While it is on screen, printing shows the document alone on A4.
 */
export function MinutesDocument(props: { minutes: PublicMinutes }) {
  const m = minutesMessages;
  const mm = meetingMessages;
  const meeting = () => props.minutes.meeting;

  onMount(() => document.documentElement.classList.add('printing-minutes'));
  onCleanup(() => document.documentElement.classList.remove('printing-minutes'));

  return (
    <article class="minutes" aria-labelledby="minutes-title">
      <p class="minutes__kicker">{m().heading}</p>
      <h1 id="minutes-title" class="minutes__title">
        {meeting().title}
      </h1>
      <dl class="minutes__facts">
        <div>
          <dt>{m().territory}</dt>
          <dd>{meeting().territoryName}</dd>
        </div>
        <Show when={meeting().groupName}>
          {(group) => (
            <div>
              <dt>{m().group}</dt>
              <dd>{group()}</dd>
            </div>
          )}
        </Show>
        <div>
          <dt>{m().when}</dt>
          <dd>
            <time datetime={meeting().startsAt}>{formatMeetingTime(meeting().startsAt, meeting().endsAt)}</time>
          </dd>
        </div>
        <Show when={meeting().place}>
          {(place) => (
            <div>
              <dt>{m().place}</dt>
              <dd>{place()}</dd>
            </div>
          )}
        </Show>
        <div>
          <dt>{m().kind}</dt>
          <dd>{mm().kind[meeting().kind]}</dd>
        </div>
        <div>
          <dt>{m().attendees}</dt>
          <dd>{props.minutes.attendeeCount}</dd>
        </div>
      </dl>

      <section class="minutes__section" aria-labelledby="minutes-agenda">
        <h2 id="minutes-agenda">{m().agenda}</h2>
        <ol class="minutes__agenda">
          <For each={props.minutes.agendaItems}>
            {(item) => (
              <li class="minutes__item">
                <h3 class="minutes__item-title">{item.title}</h3>
                <Show when={item.presenter}>{(presenter) => <p class="minutes__presenter">{m().presenter(presenter())}</p>}</Show>
                <Show when={item.notes.length > 0} fallback={<p class="minutes__empty">{m().noNotes}</p>}>
                  <For each={item.notes}>
                    {(note) => (
                      <Show when={note.kind === 'decision'} fallback={<NoteText body={note.body} />}>
                        <div class="minutes__decision">
                          <p class="minutes__decision-label">{m().decision}</p>
                          <NoteText body={note.body} />
                        </div>
                      </Show>
                    )}
                  </For>
                </Show>
              </li>
            )}
          </For>
        </ol>
        <Show when={props.minutes.otherNotes.length > 0}>
          <h3>{m().otherNotes}</h3>
          <For each={props.minutes.otherNotes}>{(note) => <NoteText body={note.body} />}</For>
        </Show>
      </section>

      <section class="minutes__section" aria-labelledby="minutes-tasks">
        <h2 id="minutes-tasks">{m().tasks}</h2>
        <Show when={props.minutes.tasks.length > 0} fallback={<p>{m().noTasks}</p>}>
          <ul class="minutes__tasks">
            <For each={props.minutes.tasks}>
              {(task) => (
                <li class="minutes__task">
                  <p class="minutes__task-what">{task.description}</p>
                  <dl class="minutes__task-facts">
                    <div>
                      <dt>{m().taskWho}</dt>
                      <dd>{task.assignee}</dd>
                    </div>
                    <Show when={task.dueOn}>
                      {(due) => (
                        <div>
                          <dt>{m().taskDue}</dt>
                          <dd>{formatDay(due(), 'short')}</dd>
                        </div>
                      )}
                    </Show>
                    <div>
                      <dt>{m().taskStatus}</dt>
                      <dd>{task.status === 'done' ? m().taskDone : m().taskOpen}</dd>
                    </div>
                  </dl>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>

      <footer class="minutes__footer">
        <p>{m().privacy}</p>
        <Show when={meeting().publishedAt}>{(at) => <p>{m().published(formatDate(at()))}</p>}</Show>
      </footer>
      <p class="minutes__print no-print">
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {m().print}
        </button>
      </p>
    </article>
  );
}
