import { A } from '@solidjs/router';
import { Show, onMount } from 'solid-js';
import { currentUser } from '../lib/session.ts';
import { outboxCounts, startSyncRunner } from '../lib/sync-runner.ts';
import { changeMessages } from './messages.ts';
import './meetings.css';

/**
 * The header's count of the signed-in person's changes still to be sent, always in sight; it leads to the list of
 * changes. Its name says it in words ("Změny (3 změny čekají na odeslání)"); the number alone is for the eye.
 */
export function SyncBadge() {
  const m = changeMessages;
  onMount(startSyncRunner);
  const counts = outboxCounts;
  return (
    <Show when={currentUser()}>
      <li>
        <A href="/zmeny" class="site-nav__link sync-badge" activeClass="site-nav__link--active" inactiveClass="">
          <span>{m().badgeText}</span>
          <span class="sync-badge__count" classList={{ 'sync-badge__count--waiting': counts().waiting > 0 }} aria-hidden="true">
            {counts().waiting}
          </span>
          <Show when={counts().attention > 0}>
            <span class="sync-badge__count sync-badge__count--attention" aria-hidden="true">
              !
            </span>
          </Show>
          <span class="sr-only"> ({m().badgeLabel(counts().waiting, counts().attention)})</span>
        </A>
      </li>
    </Show>
  );
}
