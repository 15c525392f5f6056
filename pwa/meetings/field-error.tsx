import { Show } from 'solid-js';

/** A field's error right above its input, with the id the input points at (aria-describedby). */
export function FieldError(props: { id: string; error: string | undefined }) {
  return (
    <Show when={props.error}>
      <p class="capture-field__error" id={`${props.id}-error`}>
        {props.error}
      </p>
    </Show>
  );
}

/** What an input with an error says to assistive technology; `hint` is the id of its hint, if it has one. */
export const invalidProps = (id: string, error: string | undefined, hint?: string) => ({
  'aria-invalid': error ? ('true' as const) : undefined,
  'aria-describedby': [hint, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined,
});
