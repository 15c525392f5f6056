import { Show } from 'solid-js';
import { t } from '../lib/i18n.ts';
import { isOnline } from '../lib/online.ts';

export function OfflineIndicator() {
  // The live region stays in the page so the change is announced; only its content comes and goes.
  return (
    <div class="offline-indicator" role="status">
      <Show when={!isOnline()}>
        <p class="offline-indicator__text">
          <span class="offline-indicator__dot" aria-hidden="true" />
          {t().network.offline}
        </p>
      </Show>
    </div>
  );
}
