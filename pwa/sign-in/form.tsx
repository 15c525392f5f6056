import { For, type JSX, Show, createEffect, createUniqueId, on } from 'solid-js';
import { ApiError } from '../lib/api.ts';
import { TooManyAttemptsError } from '../lib/sign-in-out.ts';
import { signInMessages } from './messages.ts';
import './form.css';

/**
 * One problem to show: `field` is the id of the input it leads to, if any; `summaryOnly` problems (wrong e-mail or
 * password: we do not say which) are listed above the form without marking the field itself.
 */
export type FormError = { field?: string; message: string; summaryOnly?: boolean };

/** The message to show at one input. */
export const errorAt = (errors: FormError[], field: string) =>
  errors.find((error) => error.field === field && !error.summaryOnly)?.message;

/**
 * The list of problems above a form (the GOV.UK pattern): it takes the focus after every failed submit so that
 * screen-reader and keyboard users land on it, and each entry leads to its field.
 */
export function ErrorSummary(props: { errors: FormError[] }) {
  const m = signInMessages;
  const titleId = createUniqueId();
  let box: HTMLDivElement | undefined;
  createEffect(
    on(
      () => props.errors,
      (errors) => {
        if (errors.length > 0) box?.focus();
      },
    ),
  );
  const goTo = (event: MouseEvent, field: string) => {
    event.preventDefault();
    document.getElementById(field)?.focus();
  };
  return (
    <Show when={props.errors.length > 0}>
      <div class="error-summary" tabindex="-1" ref={box} aria-labelledby={titleId}>
        <h2 id={titleId} class="error-summary__title">
          {m().errors.summaryTitle}
        </h2>
        <ul class="error-summary__list">
          <For each={props.errors}>
            {(error) => (
              <li>
                <Show when={error.field} fallback={error.message}>
                  {(field) => (
                    <a href={`#${field()}`} onClick={(event) => goTo(event, field())}>
                      {error.message}
                    </a>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}

type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password';
  autocomplete?: string;
  hint?: JSX.Element;
  error?: string;
  required?: boolean;
  readOnly?: boolean;
  spellcheck?: boolean;
};

/** A labelled input with its hint and error tied to it for assistive technology. */
export function TextField(props: TextFieldProps) {
  const describedBy = () =>
    [props.hint ? `${props.id}-hint` : undefined, props.error ? `${props.id}-error` : undefined].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div class="field" classList={{ 'field--error': Boolean(props.error) }}>
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <Show when={props.hint}>
        <div class="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      </Show>
      <Show when={props.error}>
        <p class="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      </Show>
      <input
        class="field__input"
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        autocomplete={props.autocomplete}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        required={props.required}
        readOnly={props.readOnly}
        spellcheck={props.spellcheck}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy()}
      />
    </div>
  );
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const looksLikeEmail = (value: string) => EMAIL_SHAPE.test(value.trim());

/** A failure that is not about one field, in words a person can act on. */
export function describeFailure(error: unknown): string {
  const m = signInMessages().errors;
  if (error instanceof TooManyAttemptsError) return m.tooManyAttempts(error.retryAfterSeconds);
  if (error instanceof ApiError) {
    if (error.isNetworkError) return m.offline;
    if (error.status === 401 && error.code === 'invalid_credentials') return m.wrongCredentials;
    if (error.status === 401) return m.sessionExpired;
    if (error.status === 403) return m.forbidden;
  }
  return m.server;
}

/** The API names fields as `json.password`; this gives the issue for one of them, if the API had one. */
export const issueFor = (error: unknown, apiField: string) =>
  error instanceof ApiError ? error.issues.find((issue) => issue.field === apiField) : undefined;
