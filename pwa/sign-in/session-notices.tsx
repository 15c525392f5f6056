import { Show, createRoot, createSignal } from 'solid-js';
import { ApiError } from '../lib/api.ts';
import { currentUser, sessionExpired } from '../lib/session.ts';
import { signOut } from '../lib/sign-in-out.ts';
import { Modal } from './dialog.tsx';
import { signInMessages } from './messages.ts';
import { SignInForm } from './sign-in-form.tsx';

type Notice = { kind: 'info' | 'error'; text: string };

const NOTICE_SHOWN_MS = 8_000;

const state = createRoot(() => {
  const [notice, setNotice] = createSignal<Notice | null>(null);
  /** the number of waiting changes while the "sign out anyway?" dialog is open */
  const [pendingCount, setPendingCount] = createSignal<number | null>(null);
  const [signingInAgain, setSigningInAgain] = createSignal(false);
  return { notice, setNotice, pendingCount, setPendingCount, signingInAgain, setSigningInAgain };
});

let noticeTimer: ReturnType<typeof setTimeout> | undefined;
/** Says something about the session below the header, e.g. that the account was deleted; survives navigation. */
export function showNotice(notice: Notice) {
  clearTimeout(noticeTimer);
  state.setNotice(notice);
  // Errors stay until the next attempt; good news goes away by itself.
  if (notice.kind === 'info') noticeTimer = setTimeout(() => state.setNotice(null), NOTICE_SHOWN_MS);
}

let answerPending: ((signOutAnyway: boolean) => void) | undefined;
const answer = (signOutAnyway: boolean) => {
  state.setPendingCount(null);
  answerPending?.(signOutAnyway);
  answerPending = undefined;
};

/**
 * The header's "Odhlásit": asks first when changes still wait to be sent (see `registerSignOutGuard`), then signs
 * out. Resolves true when the person was signed out.
 */
export async function requestSignOut(): Promise<boolean> {
  const m = signInMessages().signOut;
  state.setNotice(null);
  try {
    const result = await signOut(
      (count) =>
        new Promise<boolean>((resolve) => {
          answerPending = resolve;
          state.setPendingCount(count);
        }),
    );
    if (result === 'cancelled') return false;
    showNotice({ kind: 'info', text: m.done });
    return true;
  } catch (error) {
    showNotice({ kind: 'error', text: error instanceof ApiError && error.isNetworkError ? m.offline : m.failed });
    return false;
  }
}

/**
 * What the header says about the session below its navigation: "your session expired" with a way to sign in again
 * right here (the page and whatever is typed in it stay), the outcome of signing out, and the sign-out dialog.
 */
export function SessionNotices() {
  const m = signInMessages;
  const signedInAgain = () => {
    state.setSigningInAgain(false);
    // The page stays as it was; the reader carries on in its content.
    document.getElementById('main')?.focus({ preventScroll: true });
  };

  return (
    <>
      <div class="session-notice" role="status">
        <Show when={sessionExpired() && currentUser()}>
          <div class="session-notice__bar session-notice__bar--warning">
            <p>{m().expired.notice}</p>
            <button type="button" class="button button--small" onClick={() => state.setSigningInAgain(true)}>
              {m().expired.signInAgain}
            </button>
          </div>
        </Show>
        <Show when={state.notice()}>
          {(notice) => (
            <div class="session-notice__bar" classList={{ 'session-notice__bar--error': notice().kind === 'error' }}>
              <p>{notice().text}</p>
            </div>
          )}
        </Show>
      </div>

      {/* Starts on "Neodhlašovat": Enter pressed by habit must not be the choice that needs thought. */}
      <Modal open={state.pendingCount() !== null} labelledBy="sign-out-title" onClose={() => answer(false)} initialFocus="sign-out-stay">
        <h2 id="sign-out-title">{m().signOut.title}</h2>
        <p>{m().signOut.pending(state.pendingCount() ?? 0)}</p>
        <div class="form__actions">
          <button type="button" class="button" onClick={() => answer(true)}>
            {m().signOut.confirm}
          </button>
          <button type="button" id="sign-out-stay" class="button button--secondary" onClick={() => answer(false)}>
            {m().signOut.stay}
          </button>
        </div>
      </Modal>

      <Modal
        open={state.signingInAgain()}
        labelledBy="sign-in-again-title"
        onClose={() => state.setSigningInAgain(false)}
        initialFocus={currentUser()?.email ? 'sign-in-again-password' : 'sign-in-again-email'}
      >
        <div class="dialog__heading">
          <h2 id="sign-in-again-title">{m().expired.dialogTitle}</h2>
          <button type="button" class="button button--secondary button--small" onClick={() => state.setSigningInAgain(false)}>
            {m().expired.cancel}
          </button>
        </div>
        <SignInForm idPrefix="sign-in-again" initialEmail={currentUser()?.email} onSignedIn={signedInAgain} />
      </Modal>
    </>
  );
}
