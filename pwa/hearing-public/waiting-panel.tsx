import { For, Show } from 'solid-js';
import { isOnline } from '../lib/online.ts';
import { needsAttention } from '../lib/outbox.ts';
import { publicCounts, publicEntries, pushPublicNow } from '../lib/public-sync.ts';
import { hearingPublicMessages } from './messages.ts';

/** What this device still has to send for the hearing, and what the server would not take (with its reason). */
export function WaitingPanel() {
  const m = hearingPublicMessages;
  const setAside = () => publicEntries().filter(needsAttention);
  return (
    <section class="hearing-waiting" aria-labelledby="hearing-waiting-heading" classList={{ 'hearing-waiting--some': publicCounts().waiting > 0 }}>
      <h2 id="hearing-waiting-heading" class="hearing-waiting__heading">
        {m().waitingHeading}
      </h2>
      <p role="status">{publicCounts().waiting ? m().waitingSome(publicCounts().waiting) : m().waitingNone}</p>
      <Show when={publicCounts().waiting > 0 && isOnline()}>
        <button type="button" class="button button--secondary" onClick={() => void pushPublicNow(true)}>
          {m().sendNow}
        </button>
      </Show>
      <Show when={setAside().length > 0}>
        <p class="notice notice--error">{m().attention(setAside().length)}</p>
        <ul class="hearing-waiting__list">
          <For each={setAside()}>
            {(entry) => (
              <li>
                {m().entityName[entry.entity] ?? entry.entity}: {entry.message ?? entry.reason}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
