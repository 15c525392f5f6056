import { For, Show, createSignal, createUniqueId } from 'solid-js';
import { TaskFields } from '../../schema/api/meetings.ts';
import { type FieldErrors, fieldErrors } from '../lib/field-errors.ts';
import { saveChange, wasChangedHere } from '../lib/sync-runner.ts';
import { newId } from '../lib/uuid.ts';
import { formatDay } from './format.ts';
import { FieldError, invalidProps } from './field-error.tsx';
import { ItemStateLabel } from './item-state.tsx';
import type { MeetingView, TaskView } from './meeting-data.ts';
import { meetingMessages } from './messages.ts';
import type { MeetingPeople } from './people.ts';

/** Tasks: the group's open ones from earlier meetings first, then those given at this meeting, then a new one. */
export function TasksSection(props: { view: () => MeetingView; people: () => MeetingPeople }) {
  const m = meetingMessages;
  const carried = () => props.view().carriedTasks;
  return (
    <section class="capture-section" aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">{m().tasksHeading}</h2>
      <Show when={props.view().meeting.groupId}>
        <h3>{m().carriedHeading}</h3>
        <p class="capture-field__hint">{m().carriedHint}</p>
        <TaskList tasks={carried} empty={m().noCarried} showOrigin />
      </Show>
      <h3>{m().ownTasksHeading}</h3>
      <TaskList tasks={() => props.view().tasks} empty={m().noTasks} />
      <NewTask meetingId={props.view().meeting.id} people={props.people} />
    </section>
  );
}

function TaskList(props: { tasks: () => TaskView[]; empty: string; showOrigin?: boolean }) {
  const m = meetingMessages;
  const ids = () => props.tasks().map((task) => task.id);
  const task = (id: string) => props.tasks().find((candidate) => candidate.id === id);
  const toggle = (id: string, done: boolean) =>
    void saveChange({ entity: 'task', entityId: id, op: 'upsert', data: { status: done ? 'done' : 'open' } });

  return (
    <Show when={ids().length > 0} fallback={<p class="muted">{props.empty}</p>}>
      <ul class="task-list" role="list">
        <For each={ids()}>
          {(id) => {
            const checkboxId = createUniqueId();
            return (
              <li class="task" classList={{ 'task--done': task(id)?.status === 'done' }}>
                <input
                  type="checkbox"
                  class="task__check"
                  id={checkboxId}
                  checked={task(id)?.status === 'done'}
                  onChange={(event) => toggle(id, event.currentTarget.checked)}
                  aria-describedby={`${checkboxId}-meta`}
                />
                <div class="task__body">
                  <label for={checkboxId} class="task__description">
                    <span class="sr-only">{m().taskDone}: </span>
                    {task(id)?.description}
                  </label>
                  <p class="task__meta" id={`${checkboxId}-meta`}>
                    <span>{task(id)?.assignee}</span>
                    <Show when={task(id)?.dueOn}>{(due) => <span>{m().taskDueShort(formatDay(due(), 'short'))}</span>}</Show>
                    <Show when={props.showOrigin && task(id)?.meetingStartsAt}>{(from) => <span>{m().taskFrom(formatDay(from(), 'short'))}</span>}</Show>
                    <Show when={task(id)?.state !== 'synced' || wasChangedHere(id)}>
                      <ItemStateLabel state={task(id)?.state ?? 'synced'} />
                    </Show>
                  </p>
                </div>
              </li>
            );
          }}
        </For>
      </ul>
    </Show>
  );
}

function NewTask(props: { meetingId: string; people: () => MeetingPeople }) {
  const m = meetingMessages;
  const id = createUniqueId();
  const [who, setWho] = createSignal('');
  const [what, setWhat] = createSignal('');
  const [due, setDue] = createSignal('');
  const [errors, setErrors] = createSignal<FieldErrors<'who' | 'what' | 'due'>>({});

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const data = { meetingId: props.meetingId, assignee: who().trim(), description: what().trim(), dueOn: due() || null };
    const schema = fieldErrors(TaskFields, data, { assignee: m().taskWhoRequired, description: m().taskWhatRequired });
    const found = { who: schema.assignee, what: schema.description, due: schema.dueOn };
    setErrors(found);
    const first = (['who', 'what', 'due'] as const).find((field) => found[field]);
    if (first) return document.getElementById(`${id}-${first}`)?.focus();
    await saveChange({ entity: 'task', entityId: newId(), op: 'upsert', data });
    setWho('');
    setWhat('');
    setDue('');
  };

  const field = (name: 'who' | 'what' | 'due') => invalidProps(`${id}-${name}`, errors()[name]);

  return (
    <form class="capture-form" onSubmit={(event) => void submit(event)} novalidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{m().newTaskHeading}</h3>
      <div class="capture-field" classList={{ 'capture-field--error': !!errors().who }}>
        <label class="capture-field__label" for={`${id}-who`}>
          {m().taskWho}
        </label>
        <FieldError id={`${id}-who`} error={errors().who} />
        <input
          id={`${id}-who`}
          class="capture-field__input"
          list={`${id}-people`}
          autocomplete="off"
          value={who()}
          onInput={(event) => setWho(event.currentTarget.value)}
          {...field('who')}
        />
        <datalist id={`${id}-people`}>
          <For each={props.people().members}>{(member) => <option value={member.name} />}</For>
        </datalist>
      </div>
      <div class="capture-field" classList={{ 'capture-field--error': !!errors().what }}>
        <label class="capture-field__label" for={`${id}-what`}>
          {m().taskWhat}
        </label>
        <FieldError id={`${id}-what`} error={errors().what} />
        <textarea
          id={`${id}-what`}
          class="capture-field__textarea"
          rows={2}
          value={what()}
          onInput={(event) => setWhat(event.currentTarget.value)}
          {...field('what')}
        />
      </div>
      <div class="capture-field capture-field--narrow" classList={{ 'capture-field--error': !!errors().due }}>
        <label class="capture-field__label" for={`${id}-due`}>
          {m().taskDue}
        </label>
        <FieldError id={`${id}-due`} error={errors().due} />
        <input id={`${id}-due`} type="date" class="capture-field__input" value={due()} onInput={(event) => setDue(event.currentTarget.value)} {...field('due')} />
      </div>
      <button type="submit" class="button button--secondary">
        {m().addTask}
      </button>
    </form>
  );
}
