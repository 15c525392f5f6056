import { A } from '@solidjs/router';
import { For, Show, createResource, createSignal } from 'solid-js';
import type { OutboxEntry } from '../lib/local-db.ts';
import { rowOf, rowsOfEntity } from '../lib/local-rows.ts';
import { isOnline } from '../lib/online.ts';
import { discard, entriesOf, isWaiting, needsAttention, resend } from '../lib/outbox.ts';
import { currentUser, sessionExpired } from '../lib/session.ts';
import { announceLocalChange } from '../lib/sync.ts';
import {
  isSyncing,
  lastSyncOutcome,
  lastSyncedAt,
  localDataVersion,
  outboxCounts,
  storageLow,
  storagePersisted,
  syncNow,
} from '../lib/sync-runner.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { describeStoredIssue } from './issue-messages.ts';
import { Loading } from '../ui/status.tsx';
import { formatInstant } from './format.ts';
import { changeMessages, meetingMessages } from './messages.ts';
import './meetings.css';
import './changes.css';

type Described = { entry: OutboxEntry; meetingId: string | null; meetingTitle: string | null; preview: string };

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** What a change says, in a line: the note's text, the task, the attendance mark, the meeting's title. */
function preview(entry: OutboxEntry): string {
  const data = (entry.data ?? {}) as Record<string, unknown>;
  const mm = meetingMessages();
  switch (entry.entity) {
    case 'note':
      return text(data.body).slice(0, 240);
    case 'task':
      return [text(data.description), text(data.assignee)].filter(Boolean).join(' – ') || (data.status === 'done' ? mm.taskDone : '');
    case 'attendance': {
      const status = text(data.status) as keyof typeof mm.attendanceStatus;
      return [text(data.name), mm.attendanceStatus[status] ?? ''].filter(Boolean).join(': ');
    }
    case 'agenda_item':
      return text(data.title);
    case 'meeting':
      return [text(data.title), data.status ? mm.status[data.status as 'planned' | 'held'] : ''].filter(Boolean).join(' – ');
    default:
      return '';
  }
}

async function describe(owner: string): Promise<{ entries: Described[]; conflictedMeetings: { id: string; title: string }[] }> {
  const entries = await entriesOf(owner);
  const meetings = new Map((await rowsOfEntity(owner, 'meeting')).map((row) => [row.id, text(row.data.title)]));
  for (const entry of entries) {
    if (entry.entity === 'meeting' && (entry.data as Record<string, unknown>).title) meetings.set(entry.entityId, text((entry.data as Record<string, unknown>).title));
  }
  const described: Described[] = [];
  for (const entry of entries) {
    const data = (entry.data ?? {}) as Record<string, unknown>;
    const meetingId =
      entry.entity === 'meeting' ? entry.entityId : text(data.meetingId) || text((await rowOf(owner, entry.entity, entry.entityId))?.data.meetingId) || null;
    described.push({ entry, meetingId, meetingTitle: meetingId ? (meetings.get(meetingId) ?? null) : null, preview: preview(entry) });
  }
  const conflicted = (await rowsOfEntity(owner, 'note')).filter((row) => row.data.conflicted === true && !row.data.deletedAt);
  const conflictedMeetings = [...new Set(conflicted.map((row) => text(row.data.meetingId)))].map((id) => ({ id, title: meetings.get(id) ?? id }));
  return { entries: described, conflictedMeetings };
}

/** `/zmeny`: what of the person's work is still only on this device, and why; what the server refused, to decide on. */
export function ChangesPage() {
  const m = changeMessages;
  usePageTitle(() => m().title);
  const [list] = createResource(
    () => {
      const user = currentUser();
      return user ? { owner: user.id, version: localDataVersion() } : undefined;
    },
    ({ owner }) => describe(owner),
  );
  const waiting = () => (list.latest?.entries ?? []).filter((item) => isWaiting(item.entry));
  const attention = () => (list.latest?.entries ?? []).filter((item) => needsAttention(item.entry));
  // Every sync re-reads the outbox into new objects; listing by id keeps each item's element (and a half-confirmed
  // "discard" or the keyboard focus in it) in place instead of re-creating it.
  const byId = () => new Map((list.latest?.entries ?? []).map((item) => [item.entry.id, item]));
  const ids = (items: Described[]) => items.map((item) => item.entry.id);
  const itemWithId = (id: string) => (
    <Show when={byId().get(id)}>{(item) => <ChangeItem item={item()} />}</Show>
  );

  const statusText = () => {
    if (!isOnline()) return m().offline;
    if (sessionExpired()) return m().expired;
    switch (lastSyncOutcome()) {
      case 'someone_else':
        return m().someoneElse;
      case 'server_error':
        return m().serverError;
      default: {
        const at = lastSyncedAt();
        return at ? m().lastSynced(formatInstant(at)) : '';
      }
    }
  };

  return (
    <section class="changes" aria-labelledby="changes-title">
      <h1 id="changes-title">{m().title}</h1>
      <p>{m().intro}</p>
      <Show when={storageLow()}>
        <p class="notice notice--error" role="alert">
          {m().storageLow}
        </p>
      </Show>
      <Show when={storagePersisted() === false && waiting().length > 0}>
        <p class="notice notice--saved">{m().storageNotPersisted}</p>
      </Show>
      <Show when={currentUser()} fallback={<p>{m().signedOut}</p>}>
        <div class="changes__status">
          <p role="status">{statusText()}</p>
          <button
            type="button"
            class="button"
            disabled={isSyncing() || !isOnline() || sessionExpired() || waiting().length === 0}
            onClick={() => void syncNow({ ignoreBackoff: true, pull: true })}
          >
            {isSyncing() ? m().sending : m().sendNow}
          </button>
        </div>
        <Show when={list.latest} fallback={<Loading />}>
          <Show when={waiting().length || attention().length} fallback={<p class="notice notice--published">{m().allSent}</p>}>
            <Show when={attention().length > 0}>
              <h2>{m().attentionHeading}</h2>
              <p>{m().attentionHint}</p>
              <ul class="change-list" role="list">
                <For each={ids(attention())}>{itemWithId}</For>
              </ul>
            </Show>
            <Show when={waiting().length > 0}>
              <h2>{m().waitingHeading}</h2>
              <ul class="change-list" role="list">
                <For each={ids(waiting())}>{itemWithId}</For>
              </ul>
            </Show>
          </Show>
          <Show when={(list.latest?.conflictedMeetings.length ?? 0) > 0}>
            <h2>{m().conflictsHeading}</h2>
            <ul>
              <For each={list.latest?.conflictedMeetings}>
                {(meeting) => (
                  <li>
                    <A href={`/jednani/${meeting.id}`}>{meeting.title}</A>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
        <Show when={outboxCounts().others > 0}>
          <p class="muted">{m().othersOnDevice(outboxCounts().others)}</p>
        </Show>
      </Show>
    </section>
  );
}

function ChangeItem(props: { item: Described }) {
  const m = changeMessages;
  const [confirming, setConfirming] = createSignal(false);
  const entry = () => props.item.entry;
  const owner = () => currentUser()?.id ?? '';
  const reason = () => {
    const code = entry().reason;
    if (!code) return null;
    const explained = m().reasons[code];
    return explained ?? entry().message ?? code;
  };
  const act = async (action: typeof discard) => {
    await action(owner(), entry().id);
    announceLocalChange();
    if (action === resend) void syncNow({ ignoreBackoff: true, pull: false });
  };

  return (
    <li class="change" classList={{ 'change--attention': needsAttention(entry()) }}>
      <h3 class="change__title">
        {m().entity[entry().entity] ?? m().unknownEntity}
        <Show when={props.item.meetingTitle}>{(title) => <span class="muted"> – {title()}</span>}</Show>
      </h3>
      <Show when={props.item.preview}>
        <p class="change__preview">{props.item.preview}</p>
      </Show>
      <p class="change__meta">
        <span>{m().madeAt(formatInstant(entry().createdAt))}</span>
        <Show when={entry().attempts > 0}>
          <span>{m().attempts(entry().attempts)}</span>
        </Show>
        <Show when={entry().status === 'waiting' && entry().attempts > 0 && entry().nextAttemptAt > Date.now()}>
          <span>{m().nextAttempt(formatInstant(entry().nextAttemptAt))}</span>
        </Show>
      </p>
      <Show when={reason()}>
        <p class="change__reason">{reason()}</p>
      </Show>
      <Show when={entry().issues?.length}>
        <ul>
          <For each={entry().issues}>{(issue) => <li>{describeStoredIssue(issue)}</li>}</For>
        </ul>
      </Show>
      <div class="change__actions">
        <Show when={props.item.meetingId}>
          {(meetingId) => (
            <A class="button button--secondary" href={`/jednani/${meetingId()}`}>
              {m().inMeeting}
            </A>
          )}
        </Show>
        <Show when={needsAttention(entry())}>
          <Show
            when={confirming()}
            fallback={
              <>
                <button type="button" class="button" onClick={() => void act(resend)}>
                  {m().resend}
                </button>
                <button type="button" class="button button--secondary" onClick={() => setConfirming(true)}>
                  {m().discard}
                </button>
              </>
            }
          >
            <p class="change__reason" role="alert">
              {m().discardConfirm}
            </p>
            <button type="button" class="button button--discard" onClick={() => void act(discard)}>
              {m().discardYes}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
              {m().discardNo}
            </button>
          </Show>
        </Show>
      </div>
    </li>
  );
}
