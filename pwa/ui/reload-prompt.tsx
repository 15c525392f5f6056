import { Show, createEffect, onCleanup } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';
import { updateMessages } from './reload-prompt-messages.ts';
import './reload-prompt.css';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;
const OFFLINE_READY_SHOWN_MS = 10_000;

/**
 * Tells the user when a new version is ready and lets them choose the moment: the page reloads only after they
 * press "Aktualizovat", never while they are typing a note.
 */
export function ReloadPrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    // The reload is ours (see applyUpdate), so there is exactly one and only after the click.
    onNeedReload() {},
    onRegisteredSW(_url, registration) {
      // A PWA left open for days would otherwise only learn of updates on the next navigation.
      if (registration) setInterval(() => void registration.update(), UPDATE_CHECK_INTERVAL_MS);
    },
    onRegisterError(error) {
      console.error('Service worker registration failed', error);
    },
  });

  // "Ready offline" is news, not a question: it goes away by itself. "New version" waits for an answer.
  createEffect(() => {
    if (!offlineReady() || needRefresh()) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_READY_SHOWN_MS);
    onCleanup(() => clearTimeout(timer));
  });

  const applyUpdate = () => {
    // workbox-window treats an update found in the same session as the first install as "external" and then never
    // reloads; wait for the new worker to take control ourselves, whichever way the update was found.
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    void updateServiceWorker();
  };

  const close = () => {
    setNeedRefresh(false);
    setOfflineReady(false);
  };

  return (
    <div class="toast-region" role="status">
      <Show when={needRefresh() || offlineReady()}>
        <div class="toast">
          <p class="toast__message">{needRefresh() ? updateMessages().available : updateMessages().offlineReady}</p>
          <div class="toast__actions">
            <Show when={needRefresh()}>
              <button type="button" class="button" onClick={applyUpdate}>
                {updateMessages().apply}
              </button>
            </Show>
            <button type="button" class="button button--secondary" onClick={close}>
              {needRefresh() ? updateMessages().later : updateMessages().close}
            </button>
          </div>
        </div>
      </Show>
    </div>
  );
}
