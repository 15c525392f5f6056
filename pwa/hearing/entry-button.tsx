import { A } from '@solidjs/router';
import { Show, createResource } from 'solid-js';
import { HEARING_KINDS } from '../../schema/api/hearings.ts';
import { defineMessages } from '../lib/i18n.ts';
import { rowOf } from '../lib/local-rows.ts';
import { localDataVersion } from '../lib/sync-runner.ts';
import { currentUser } from '../lib/session.ts';

// its own two strings: this button sits in the meeting page's chunk, the rest of hearing mode loads only when opened
const messages = defineMessages({
  cs: { enter: 'Otevřít režim projednání', hint: 'Celá obrazovka pro tablet v sále: program, prezenční listina, připomínky a hlasování z mobilů.' },
  en: { enter: 'Open hearing mode', hint: 'Full screen for the tablet in the room: agenda, sign-in sheet, comments and votes from phones.' },
});

/** On a public hearing's meeting page, for its territory's coordinators: the way into hearing mode. */
export function HearingEntry(props: { meetingId: string; owner: string }) {
  const [meeting] = createResource(
    () => ({ owner: props.owner, id: props.meetingId, version: localDataVersion() }),
    async ({ owner, id }) => (await rowOf(owner, 'meeting', id))?.data as { kind: string; territoryId: string } | undefined,
  );
  const shown = () => {
    const row = meeting.latest;
    const user = currentUser();
    if (!row || !user || !(HEARING_KINDS as readonly string[]).includes(row.kind)) return false;
    return user.isAdmin || user.roles.some((role) => role.territoryId === row.territoryId && role.role === 'coordinator');
  };
  return (
    <Show when={shown()}>
      <p class="hearing-entry">
        <A class="button" href={`/jednani/${props.meetingId}/projednani`} aria-describedby="hearing-entry-hint">
          {messages().enter}
        </A>
        <span class="muted" id="hearing-entry-hint">
          {' '}
          {messages().hint}
        </span>
      </p>
    </Show>
  );
}
