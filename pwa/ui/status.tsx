import { Show } from 'solid-js';
import { ApiError } from '../lib/api-error.ts';
import { SAVED_COPY_UNFIT } from '../lib/unusable-copy.ts';
import { statusMessages } from './status-messages.ts';

export function Loading(props: { label?: string }) {
  return (
    <p class="status status--loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {props.label ?? statusMessages().loading}
    </p>
  );
}

/** A failed load in words the reader can act on, with a way to try again. */
export function ErrorNotice(props: { error: unknown; onRetry?: () => void }) {
  const message = () => {
    if (!(props.error instanceof ApiError)) return statusMessages().serverError;
    if (props.error.code === SAVED_COPY_UNFIT) return statusMessages().savedCopyUnfit;
    return props.error.isNetworkError ? statusMessages().networkError : statusMessages().serverError;
  };
  return (
    <div class="notice notice--error" role="alert">
      <p>{message()}</p>
      <Show when={props.onRetry}>
        {(retry) => (
          <button type="button" class="button" onClick={() => retry()()}>
            {statusMessages().retry}
          </button>
        )}
      </Show>
    </div>
  );
}

/**
 * What a section's last action did: a polite live region for progress and success (read out without moving focus),
 * and an alert for a problem, which screen readers announce at once.
 */
export function SectionFeedback(props: { status: string; problem?: string | null }) {
  return (
    <>
      <p class="section-status" role="status">
        {props.status}
      </p>
      <Show when={props.problem}>
        <p class="notice notice--error" role="alert">
          {props.problem}
        </p>
      </Show>
    </>
  );
}
