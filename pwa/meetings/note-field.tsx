import { For, Show, createEffect, createSignal, createUniqueId, on, onCleanup } from 'solid-js';
import { NoteFields } from '../../schema/api/meetings.ts';
import { fieldErrors } from '../lib/field-errors.ts';
import { saveChange } from '../lib/sync-runner.ts';
import { FieldError, invalidProps } from './field-error.tsx';
import { ItemStateLabel } from './item-state.tsx';
import type { ItemState, NoteView } from './meeting-data.ts';
import { meetingMessages } from './messages.ts';

/** Typing is written to the outbox after this pause (and at once when the field is left or the page hidden). */
const AUTOSAVE_AFTER_MS = 700;

type NoteFieldProps = {
  noteId: string;
  note: () => NoteView | undefined;
  /** what a new note needs: where it belongs */
  create: { meetingId: string; agendaItemId: string | null; kind: 'note' | 'decision' | 'private' };
  label: string;
  hint?: string;
  rows?: number;
};

/**
 * One note of the minutes: a textarea that saves itself to the outbox as the person types. The text is edited from a
 * known revision (`editBase`); if somebody else's edit reached the server meanwhile, the server keeps both texts and
 * this field shows them for merging instead of overwriting either.
 */
export function NoteField(props: NoteFieldProps) {
  const m = meetingMessages;
  const id = createUniqueId();
  const [draft, setDraft] = createSignal(props.note()?.body ?? '');
  const [saving, setSaving] = createSignal(false);
  /** why the text is not saved: the server would refuse it (too long), so it never enters the outbox */
  const [error, setError] = createSignal<string>();
  /** the revision the draft's text came from: the next change builds on it */
  let base: string | null = props.note()?.editBase ?? null;
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let textarea: HTMLTextAreaElement | undefined;
  let queue: Promise<void> = Promise.resolve();

  // Text from elsewhere (a pull, another tab) replaces the draft only while nothing typed here waits to be saved.
  createEffect(
    on(
      () => [props.note()?.body, props.note()?.editBase] as const,
      ([body, editBase]) => {
        if (dirty || saving() || body === undefined) return;
        base = editBase ?? null;
        if (body === draft()) return;
        const caret = textarea && document.activeElement === textarea ? textarea.selectionStart : null;
        setDraft(body);
        if (textarea && caret !== null) textarea.setSelectionRange(caret, caret);
      },
      { defer: true },
    ),
  );

  const save = () => {
    clearTimeout(timer);
    if (!dirty) return queue;
    dirty = false;
    // one save at a time, each building on the one before
    queue = queue.then(async () => {
      const text = draft();
      const exists = props.note() !== undefined;
      const data = exists ? { body: text } : { ...props.create, body: text };
      const problem = fieldErrors(NoteFields, data).body;
      setError(problem ? m().noteNotSaved(problem) : undefined);
      if (problem) {
        // the text stays in the field (and is not overwritten by a pull) until the person shortens it
        dirty = true;
        setSaving(false);
        return;
      }
      try {
        const entry = await saveChange({ entity: 'note', entityId: props.noteId, op: 'upsert', data, baseRevisionId: exists ? base : null });
        base = entry.id;
      } catch {
        // not saved (storage refused): keep the text on screen and try again with the next keystroke or on leaving
        dirty = true;
      } finally {
        if (!dirty) setSaving(false);
      }
    });
    return queue;
  };

  const onInput = (value: string) => {
    setDraft(value);
    dirty = true;
    setSaving(true);
    clearTimeout(timer);
    timer = setTimeout(() => void save(), AUTOSAVE_AFTER_MS);
  };

  const saveWhenHidden = () => {
    if (document.visibilityState === 'hidden') void save();
  };
  document.addEventListener('visibilitychange', saveWhenHidden);
  window.addEventListener('pagehide', saveWhenHidden);
  onCleanup(() => {
    document.removeEventListener('visibilitychange', saveWhenHidden);
    window.removeEventListener('pagehide', saveWhenHidden);
    void save();
  });

  const conflicts = () => props.note()?.conflicts ?? [];
  const state = (): ItemState | 'saving' | null => (error() ? null : saving() ? 'saving' : (props.note()?.state ?? null));

  return (
    <div class="note-field">
      <Show
        when={conflicts().length === 0}
        fallback={<ConflictPanel note={props.note()!} label={props.label} onMerged={(entryId) => (base = entryId)} />}
      >
        <label class="capture-field__label" for={id}>
          {props.label}
        </label>
        <Show when={props.hint}>
          <p class="capture-field__hint" id={`${id}-hint`}>
            {props.hint}
          </p>
        </Show>
        <FieldError id={id} error={error()} />
        <textarea
          ref={textarea}
          id={id}
          class="capture-field__textarea"
          rows={props.rows ?? 4}
          value={draft()}
          aria-invalid={invalidProps(id, error())['aria-invalid']}
          aria-describedby={[props.hint ? `${id}-hint` : '', error() ? `${id}-error` : '', state() ? `${id}-state` : ''].filter(Boolean).join(' ') || undefined}
          onInput={(event) => onInput(event.currentTarget.value)}
          onBlur={() => void save()}
        />
        <Show when={state()}>{(current) => <ItemStateLabel id={`${id}-state`} state={current()} />}</Show>
      </Show>
    </div>
  );
}

/** Both texts side by side (the head and each diverging one), and an editor prefilled with all of them. */
function ConflictPanel(props: { note: NoteView; label: string; onMerged: (entryId: string) => void }) {
  const m = meetingMessages;
  const id = createUniqueId();
  const prefill = () =>
    [props.note.body, ...props.note.conflicts.filter((revision) => !revision.deletes).map((revision) => revision.body)].filter((text) => text.trim()).join('\n\n');
  const [merged, setMerged] = createSignal(prefill());
  const [busy, setBusy] = createSignal(false);

  const [error, setError] = createSignal<string>();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const problem = fieldErrors(NoteFields, { body: merged() }).body;
    setError(problem);
    if (problem) return document.getElementById(`${id}-merged`)?.focus();
    setBusy(true);
    try {
      const entry = await saveChange({
        entity: 'note',
        entityId: props.note.id,
        op: 'upsert',
        data: { body: merged() },
        baseRevisionId: props.note.editBase,
        resolvesConflict: true,
      });
      props.onMerged(entry.id);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="conflict" aria-labelledby={`${id}-title`}>
      <h4 class="conflict__title" id={`${id}-title`}>
        {props.label}: {m().conflictTitle}
      </h4>
      <p>{m().conflictText}</p>
      <div class="conflict__versions">
        <figure class="conflict__version">
          <figcaption>{m().conflictCurrent}</figcaption>
          <blockquote class="conflict__text">{props.note.body}</blockquote>
        </figure>
        <For each={props.note.conflicts}>
          {(revision, index) => (
            <figure class="conflict__version">
              <figcaption>{m().conflictOther(props.note.conflicts.length > 1 ? index() + 1 : 1)}</figcaption>
              <Show when={!revision.deletes} fallback={<p class="conflict__text">{m().conflictDeleted}</p>}>
                <blockquote class="conflict__text">{revision.body}</blockquote>
              </Show>
            </figure>
          )}
        </For>
      </div>
      <form class="conflict__merge" onSubmit={(event) => void submit(event)}>
        <label class="capture-field__label" for={`${id}-merged`}>
          {m().conflictMerged}
        </label>
        <p class="capture-field__hint" id={`${id}-merged-hint`}>
          {m().conflictMergedHint}
        </p>
        <FieldError id={`${id}-merged`} error={error()} />
        <textarea
          id={`${id}-merged`}
          class="capture-field__textarea"
          rows={8}
          value={merged()}
          {...invalidProps(`${id}-merged`, error(), `${id}-merged-hint`)}
          onInput={(event) => setMerged(event.currentTarget.value)}
        />
        <button type="submit" class="button" disabled={busy()}>
          {m().conflictSave}
        </button>
      </form>
    </section>
  );
}
