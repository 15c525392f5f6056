import { For, type JSX, Show, createSignal, createUniqueId } from 'solid-js';
import { ApiError, api, request } from '../lib/api.ts';
import { planMessages } from './messages.ts';
import type { Activity, Measure, Priority } from './plan-data.ts';
import '../sign-in/form.css';

const m = planMessages;

/** What a screen passes down so that editing controls know whether and where to write, and how to refresh after. */
export type EditContext = {
  /** a coordinator of the plan's territory (or an admin) on a plan that is not frozen */
  canEdit: () => boolean;
  onSaved: () => void;
};

export type Problem = { message: string; details: string[] };

/**
 * The API's refusal in words a coordinator can act on. Offline is told apart from everything else: an edit needs
 * the server, and saying so plainly is better than a form that silently does nothing.
 */
export function describeProblem(error: unknown): Problem {
  if (!(error instanceof ApiError)) return { message: m().serverError, details: [] };
  if (error.isNetworkError) return { message: m().needsConnection, details: [] };
  if (error.status === 401) return { message: m().signedOut, details: [] };
  if (error.status === 403) return { message: m().forbidden, details: [] };
  if (error.status >= 400 && error.status < 500) {
    const details = error.issues.map((issue) => `${issue.field.replace(/^\w+\./, '')}: ${issue.message}`);
    return { message: details.length ? m().invalid : error.message, details };
  }
  return { message: m().serverError, details: [] };
}

/** Checked before a form opens and again before it sends: the browser knows when it has no network at all. */
export const offlineProblem = (): Problem | undefined => (navigator.onLine === false ? { message: m().needsConnection, details: [] } : undefined);

export function ProblemAlert(props: { problem: Problem | undefined }) {
  return (
    <div role="alert" class="plan-edit__alert">
      <Show when={props.problem}>
        {(problem) => (
          <div class="notice notice--error">
            <p>{problem().message}</p>
            <Show when={problem().details.length > 0}>
              <ul>
                <For each={problem().details}>{(detail) => <li>{detail}</li>}</For>
              </ul>
            </Show>
          </div>
        )}
      </Show>
    </div>
  );
}

type FieldSpec = { name: string; label: string; value?: string | number | null; kind?: 'text' | 'textarea' | 'year' | 'number'; hint?: string; required?: boolean };

/**
 * A button that opens a small form; offline it opens nothing and says that editing needs a connection. The form
 * keeps what was typed when the save fails, so nothing is lost to a dropped connection.
 */
function EditForm(props: { open: string; fields: FieldSpec[]; submit: (values: Record<string, string>) => Promise<unknown>; onSaved: () => void; class?: string }) {
  const [opened, setOpened] = createSignal(false);
  const [problem, setProblem] = createSignal<Problem>();
  const [busy, setBusy] = createSignal(false);
  const id = createUniqueId();

  function open() {
    const offline = offlineProblem();
    setProblem(offline);
    if (!offline) setOpened(true);
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const offline = offlineProblem();
    if (offline) return setProblem(offline);
    const values = Object.fromEntries([...new FormData(event.currentTarget as HTMLFormElement)].map(([key, value]) => [key, String(value)]));
    setBusy(true);
    setProblem(undefined);
    try {
      await props.submit(values);
      setOpened(false);
      props.onSaved();
    } catch (error) {
      setProblem(describeProblem(error));
    } finally {
      setBusy(false);
    }
  }

  const input = (field: FieldSpec): JSX.Element => {
    const fieldId = `${id}-${field.name}`;
    const common = { id: fieldId, name: field.name, class: 'field__input', required: field.required, 'aria-describedby': field.hint ? `${fieldId}-hint` : undefined };
    if (field.kind === 'textarea') return <textarea {...common} rows={3} value={field.value ?? ''} />;
    const numeric = field.kind === 'year' || field.kind === 'number';
    return <input {...common} type={numeric ? 'number' : 'text'} inputMode={numeric ? 'numeric' : undefined} min={numeric ? 0 : undefined} value={field.value ?? ''} />;
  };

  return (
    <div class={`plan-edit ${props.class ?? ''}`}>
      <Show
        when={opened()}
        fallback={
          <button type="button" class="button button--secondary button--small" onClick={open}>
            {props.open}
          </button>
        }
      >
        <form class="form plan-edit__form" onSubmit={(event) => void submit(event)} aria-label={props.open} novalidate>
          <For each={props.fields}>
            {(field) => (
              <div class="field">
                <label class="field__label" for={`${id}-${field.name}`}>
                  {field.label}
                </label>
                <Show when={field.hint}>
                  <p class="field__hint" id={`${id}-${field.name}-hint`}>
                    {field.hint}
                  </p>
                </Show>
                {input(field)}
              </div>
            )}
          </For>
          <div class="form__actions">
            <button type="submit" class="button" disabled={busy()}>
              {m().save}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setOpened(false)}>
              {m().cancel}
            </button>
          </div>
        </form>
      </Show>
      <ProblemAlert problem={problem()} />
    </div>
  );
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);
const year = (value: string | undefined) => (value?.trim() ? Number(value) : null);

export function EditActivity(props: { edit: EditContext; activity: Activity }) {
  return (
    <Show when={props.edit.canEdit()}>
      <EditForm
        open={m().edit}
        onSaved={props.edit.onSaved}
        fields={[
          { name: 'title', label: m().title, value: props.activity.title, required: true },
          { name: 'description', label: m().description, value: props.activity.description, kind: 'textarea' },
          { name: 'responsible', label: m().responsible, value: props.activity.responsible },
          { name: 'partners', label: m().partners, value: (props.activity.partners ?? []).join('\n'), kind: 'textarea', hint: m().partnersHint },
          { name: 'startYear', label: m().startYear, value: props.activity.startYear, kind: 'year' },
          { name: 'endYear', label: m().endYear, value: props.activity.endYear, kind: 'year' },
          { name: 'estimatedCostCzk', label: m().cost, value: props.activity.estimatedCostCzk, kind: 'number' },
        ]}
        submit={(values) =>
          request(
            api.api.activities[':id'].$patch({
              param: { id: props.activity.id },
              json: {
                title: values.title ?? '',
                description: text(values.description),
                responsible: text(values.responsible),
                partners: (values.partners ?? '').split('\n').map((line) => line.trim()).filter(Boolean),
                startYear: year(values.startYear),
                endYear: year(values.endYear),
                estimatedCostCzk: year(values.estimatedCostCzk),
              },
            }),
          )
        }
      />
    </Show>
  );
}

export function AddMeasure(props: { edit: EditContext; priority: Priority }) {
  return (
    <Show when={props.edit.canEdit()}>
      <EditForm
        open={m().addMeasure}
        class="plan-edit--add"
        onSaved={props.edit.onSaved}
        fields={[
          { name: 'code', label: m().code, required: true, value: `${props.priority.code}.${props.priority.measures.length + 1}` },
          { name: 'title', label: m().title, required: true },
          { name: 'need', label: m().need, kind: 'textarea' },
        ]}
        submit={(values) =>
          request(api.api.priorities[':id'].measures.$post({ param: { id: props.priority.id }, json: { code: values.code ?? '', title: values.title ?? '', need: text(values.need) } }))
        }
      />
    </Show>
  );
}

export function AddActivity(props: { edit: EditContext; measure: Measure }) {
  return (
    <Show when={props.edit.canEdit()}>
      <EditForm
        open={m().addActivity}
        class="plan-edit--add"
        onSaved={props.edit.onSaved}
        fields={[
          { name: 'code', label: m().code, required: true, value: `${props.measure.code}.${props.measure.activities.length + 1}` },
          { name: 'title', label: m().title, required: true },
          { name: 'responsible', label: m().responsible },
          { name: 'estimatedCostCzk', label: m().cost, kind: 'number' },
        ]}
        submit={(values) =>
          request(
            api.api.measures[':id'].activities.$post({
              param: { id: props.measure.id },
              json: { code: values.code ?? '', title: values.title ?? '', responsible: text(values.responsible), estimatedCostCzk: year(values.estimatedCostCzk) },
            }),
          )
        }
      />
    </Show>
  );
}
