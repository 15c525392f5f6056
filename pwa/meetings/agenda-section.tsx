import { For, Show, createSignal, createUniqueId } from 'solid-js';
import { AgendaItemFields } from '../../schema/api/meetings.ts';
import { fieldErrors } from '../lib/field-errors.ts';
import { saveChange, wasChangedHere } from '../lib/sync-runner.ts';
import { newId } from '../lib/uuid.ts';
import { ItemStateLabel } from './item-state.tsx';
import type { MeetingView, NoteView } from './meeting-data.ts';
import { meetingMessages } from './messages.ts';
import { NoteField } from './note-field.tsx';

type NoteKind = NoteView['kind'];

/**
 * The id a note gets when its first word is typed. Made once per meeting, item and kind for as long as the app runs,
 * so the field keeps its place (and focus) when the note it creates appears in the meeting.
 */
const draftNoteIds = new Map<string, string>();
const draftNoteId = (meetingId: string, agendaItemId: string | null, kind: NoteKind) => {
  const key = `${meetingId}/${agendaItemId ?? ''}/${kind}`;
  let id = draftNoteIds.get(key);
  if (!id) draftNoteIds.set(key, (id = newId()));
  return id;
};

/** The notes of one kind at one place in the minutes; when there are none yet, the one that typing will create. */
export function NotesOf(props: {
  view: () => MeetingView;
  agendaItemId: string | null;
  kind: NoteKind;
  label: string;
  hint?: string;
  rows?: number;
}) {
  const m = meetingMessages;
  const meetingId = () => props.view().meeting.id;
  const ids = () => {
    const existing = props.view().notes.filter((note) => note.agendaItemId === props.agendaItemId && note.kind === props.kind).map((note) => note.id);
    return existing.length ? existing : [draftNoteId(meetingId(), props.agendaItemId, props.kind)];
  };
  return (
    <For each={ids()}>
      {(noteId, index) => (
        <NoteField
          noteId={noteId}
          note={() => props.view().notes.find((note) => note.id === noteId)}
          create={{ meetingId: meetingId(), agendaItemId: props.agendaItemId, kind: props.kind }}
          label={ids().length > 1 ? m().nth(props.label, index() + 1) : props.label}
          hint={props.hint}
          rows={props.rows}
        />
      )}
    </For>
  );
}

export function AgendaSection(props: { view: () => MeetingView }) {
  const m = meetingMessages;
  const itemIds = () => props.view().agenda.map((item) => item.id);
  const item = (id: string) => props.view().agenda.find((candidate) => candidate.id === id);
  const loose = () => props.view().notes.filter((note) => note.kind !== 'private' && (!note.agendaItemId || !item(note.agendaItemId)));

  return (
    <section class="capture-section" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{m().agendaHeading}</h2>
      <Show when={itemIds().length > 0} fallback={<p class="muted">{m().noAgenda}</p>}>
        <ol class="agenda-list" role="list">
          <For each={itemIds()}>
            {(id, index) => (
              <li class="agenda-item">
                <h3 class="agenda-item__title">
                  <span class="agenda-item__number">{index() + 1}.</span> {item(id)?.title}
                </h3>
                <Show when={item(id)?.presenter}>{(presenter) => <p class="agenda-item__presenter">{m().presenter(presenter())}</p>}</Show>
                <Show when={item(id)?.state !== 'synced' || wasChangedHere(id)}>
                  <ItemStateLabel state={item(id)?.state ?? 'synced'} />
                </Show>
                <NotesOf view={props.view} agendaItemId={id} kind="note" label={m().noteLabel(index() + 1)} rows={5} />
                <NotesOf view={props.view} agendaItemId={id} kind="decision" label={m().decisionLabel(index() + 1)} rows={2} />
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={loose().length > 0}>
        <h3>{m().otherNotesHeading}</h3>
        <For each={loose().map((note) => note.id)}>
          {(noteId) => {
            const note = () => props.view().notes.find((candidate) => candidate.id === noteId);
            return (
              <NoteField
                noteId={noteId}
                note={note}
                create={{ meetingId: props.view().meeting.id, agendaItemId: null, kind: note()?.kind ?? 'note' }}
                label={note()?.kind === 'decision' ? m().otherDecision : m().otherNote}
              />
            );
          }}
        </For>
      </Show>
      <AddAgendaItem view={props.view} />
    </section>
  );
}

function AddAgendaItem(props: { view: () => MeetingView }) {
  const m = meetingMessages;
  const id = createUniqueId();
  const [title, setTitle] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  let input: HTMLInputElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const position = Math.max(0, ...props.view().agenda.map((item) => item.position)) + 1;
    const data = { meetingId: props.view().meeting.id, title: title().trim(), position };
    const problem = fieldErrors(AgendaItemFields, data, { title: m().agendaItemRequired }).title ?? null;
    setError(problem);
    if (problem) return input?.focus();
    await saveChange({ entity: 'agenda_item', entityId: newId(), op: 'upsert', data });
    setTitle('');
  };

  return (
    <form class="capture-form capture-form--inline" onSubmit={(event) => void submit(event)} novalidate>
      <div class="capture-field" classList={{ 'capture-field--error': !!error() }}>
        <label class="capture-field__label" for={id}>
          {m().agendaItemTitle}
        </label>
        <Show when={error()}>
          <p class="capture-field__error" id={`${id}-error`}>
            {error()}
          </p>
        </Show>
        <input
          ref={input}
          id={id}
          class="capture-field__input"
          value={title()}
          onInput={(event) => setTitle(event.currentTarget.value)}
          aria-invalid={error() ? 'true' : undefined}
          aria-describedby={error() ? `${id}-error` : undefined}
        />
      </div>
      <button type="submit" class="button button--secondary">
        {m().addAgendaItem}
      </button>
    </form>
  );
}
