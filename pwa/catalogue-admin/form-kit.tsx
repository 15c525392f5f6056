import { type JSX, Show } from 'solid-js';
import * as v from 'valibot';
import { ApiError } from '../lib/api.ts';
import type { FormError } from '../sign-in/form.tsx';
import { adminMessages } from './messages.ts';

/** field name (as the schema names it) → the Czech message shown beside it */
export type FieldErrors = Record<string, string>;

/**
 * The schema's issues keyed by field: "openingHours.2.closes" stays dotted so the form can place it by its day.
 * Only the first issue of each field is shown: one thing to fix at a time.
 */
export function issuesByField(issues: readonly v.BaseIssue<unknown>[], translate = adminMessages().issue): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = v.getDotPath(issue) ?? '';
    if (!(field in errors)) errors[field] = translate(issue.message);
  }
  return errors;
}

/** The server's 400 names fields as "json.ico"; the same keys as the schema's own issues. */
export function serverFieldErrors(error: unknown, translate = adminMessages().issue): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.field.replace(/^json\./, '');
    if (!(field in errors)) errors[field] = translate(issue.message);
  }
  return errors;
}

/** What a failed save says above the form when it is not (only) about fields. */
export function describeFailure(error: unknown): string {
  const m = adminMessages().errors;
  if (!(error instanceof ApiError)) return m.server;
  if (error.isNetworkError) return m.offline;
  if (error.status === 401) return m.signedOut;
  if (error.status === 403) return m.forbidden;
  if (error.status === 404) return m.notFound;
  if (error.status >= 400 && error.status < 500) return error.issues.length ? m.invalid : error.message;
  return m.server;
}

/** Blank is "nothing"; a number-looking text becomes a number, anything else stays text for the schema to refuse. */
export const textOrNull = (value: string) => (value.trim() === '' ? null : value);
export function numberOrNull(value: string): number | string | null {
  const text = value.trim().replace(',', '.');
  if (text === '') return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : value;
}

/** The summary lists the fields in the form's order, each leading to its input (ids are `prefix-field`). */
export function summaryOf(errors: FieldErrors, order: readonly string[], idOf: (field: string) => string, labelOf: (field: string) => string): FormError[] {
  const known = order.filter((field) => errors[field]);
  const rest = Object.keys(errors).filter((field) => !known.includes(field));
  return [...known, ...rest].map((field) => ({ field: idOf(field), message: `${labelOf(field)}: ${errors[field]}` }));
}

export function focusFirst(ids: readonly string[]) {
  for (const id of ids) {
    const element = document.getElementById(id);
    if (element) {
      element.focus();
      return;
    }
  }
}

/** aria attributes of an input with an optional hint and error, tied by id. */
export function described(id: string, error: string | undefined, hint?: boolean) {
  return {
    id,
    name: id,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined,
  };
}

/** A labelled field: label, hint, the error beside it, then the control the caller passes. */
export function Field(props: { id: string; label: string; error?: string; hint?: string; optional?: boolean; children: JSX.Element }) {
  return (
    <div class="field" classList={{ 'field--error': Boolean(props.error) }}>
      <label class="field__label" for={props.id}>
        {props.label}
        <Show when={props.optional}>
          {' '}
          <span class="muted">{adminMessages().optional}</span>
        </Show>
      </label>
      <Show when={props.hint}>
        <p class="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      </Show>
      {props.children}
    </div>
  );
}

export function Notice(props: { failure?: string; success?: string }) {
  return (
    <div class="form__feedback">
      <div role="alert">
        <Show when={props.failure}>{(text) => <p class="notice notice--error">{text()}</p>}</Show>
      </div>
      <div role="status">
        <Show when={props.success}>{(text) => <p class="notice notice--success">{text()}</p>}</Show>
      </div>
    </div>
  );
}
