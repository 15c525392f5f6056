import { A } from '@solidjs/router';
import { Show, createResource, createSignal } from 'solid-js';
import { ApiError, api, request } from '../lib/api.ts';
import { isOnline } from '../lib/online.ts';
import { currentUser, sessionExpired } from '../lib/session.ts';
import { localDataVersion, saveChange, storageLow, syncNow } from '../lib/sync-runner.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { Loading } from '../ui/status.tsx';
import { AgendaSection, NotesOf } from './agenda-section.tsx';
import { AttendanceSection } from './attendance-section.tsx';
import { formatMeetingTime } from './format.ts';
import { ItemStateLabel } from './item-state.tsx';
import { type MeetingView, loadMeetingView } from './meeting-data.ts';
import { changeMessages, meetingMessages } from './messages.ts';
import { type MeetingPeople, loadMeetingPeople } from './people.ts';
import { TasksSection } from './tasks-section.tsx';
import './meetings.css';
import './capture.css';

/**
 * The meeting for those who take part: everything comes from this device (what was pulled, plus what the person
 * wrote), so it works the same with no signal; each edit is saved to the outbox at once and sent when possible.
 */
export function CaptureView(props: { meetingId: string; owner: string }) {
  const m = meetingMessages;
  const [view] = createResource(
    () => ({ id: props.meetingId, owner: props.owner, version: localDataVersion() }),
    ({ id, owner }) => loadMeetingView(owner, id),
  );
  // A session that ends clears the device's copy of the meeting (lib/private-data.ts), but not the screen: the person
  // goes on typing into the outbox, and after signing in again the meeting is pulled back.
  let lastShown: MeetingView | undefined;
  const shown = () => {
    const latest = view.latest;
    if (latest) lastShown = latest;
    return latest ?? (sessionExpired() ? lastShown : undefined);
  };
  const groupId = () => shown()?.meeting.groupId ?? null;
  const [people] = createResource(
    () => (shown() ? { owner: props.owner, id: props.meetingId, groupId: groupId() } : undefined),
    ({ owner, id, groupId }) => loadMeetingPeople(owner, id, groupId),
  );

  return (
    <Show when={shown()} fallback={<Loading label={m().loading} />}>
      {(loaded) => <CaptureContent view={loaded} people={() => people.latest ?? { byAttendance: {}, members: [] }} />}
    </Show>
  );
}

function CaptureContent(props: { view: () => MeetingView; people: () => MeetingPeople }) {
  const m = meetingMessages;
  const meeting = () => props.view().meeting;
  usePageTitle(() => meeting().title);

  return (
    <article class="capture" aria-labelledby="meeting-title">
      <Show when={meeting().groupId}>
        {(groupId) => (
          <p class="back-link">
            <A href={`/skupiny/${groupId()}`}>
              <span aria-hidden="true">←</span> {props.people().groupName ? m().backToGroup(props.people().groupName!) : m().group}
            </A>
          </p>
        )}
      </Show>
      <h1 id="meeting-title">{meeting().title}</h1>
      <p class="meta-line">
        <span class="badge">{m().kind[meeting().kind]}</span>
        <span class="badge badge--status">{m().status[meeting().status]}</span>
        <Show when={meeting().state !== 'synced'}>
          <ItemStateLabel state={meeting().state} />
        </Show>
      </p>
      <p class="capture__when">
        <time datetime={meeting().startsAt}>{formatMeetingTime(meeting().startsAt, meeting().endsAt)}</time>
      </p>
      <Show when={meeting().place}>
        {(place) => (
          <p class="capture__place">
            {m().place}: {place()}
          </p>
        )}
      </Show>
      <Show when={storageLow()}>
        <p class="notice notice--error" role="alert">
          {changeMessages().storageLow}
        </p>
      </Show>
      <SyncSummary view={props.view} />
      <StatusControl view={props.view} />
      <AgendaSection view={props.view} />
      <section class="capture-section" aria-labelledby="private-heading">
        <h2 id="private-heading">{m().privateHeading}</h2>
        <NotesOf view={props.view} agendaItemId={null} kind="private" label={m().privateLabel} hint={m().privateHint} rows={3} />
      </section>
      <AttendanceSection view={props.view} people={props.people} />
      <TasksSection view={props.view} people={props.people} />
    </article>
  );
}

function SyncSummary(props: { view: () => MeetingView }) {
  const m = meetingMessages;
  return (
    <div class="sync-summary" classList={{ 'sync-summary--waiting': props.view().waiting > 0, 'sync-summary--attention': props.view().attention > 0 }}>
      <p>{props.view().waiting > 0 ? m().syncWaiting(props.view().waiting) : m().syncAll}</p>
      <Show when={props.view().attention > 0}>
        <p>
          {m().syncAttention(props.view().attention)} <A href="/zmeny">{m().seeChanges}</A>
        </p>
      </Show>
    </div>
  );
}

/** planned ↔ held for those who take part; publishing the minutes for the territory's coordinators, online. */
function StatusControl(props: { view: () => MeetingView }) {
  const m = meetingMessages;
  const meeting = () => props.view().meeting;
  const [publishing, setPublishing] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  const coordinates = () => {
    const user = currentUser();
    return !!user && (user.isAdmin || user.roles.some((role) => role.territoryId === meeting().territoryId && role.role === 'coordinator'));
  };
  const conflicted = () => props.view().notes.some((note) => note.kind !== 'private' && note.conflicts.length > 0);

  const setStatus = (status: 'planned' | 'held') => void saveChange({ entity: 'meeting', entityId: meeting().id, op: 'upsert', data: { status } });

  const publish = async () => {
    setProblem(null);
    if (props.view().waiting > 0) return setProblem(m().publishWaiting);
    if (conflicted()) return setProblem(m().publishConflicted);
    setPublishing(true);
    try {
      await request(api.api.meetings[':id'].publish.$post({ param: { id: meeting().id } }));
      await syncNow({ pull: true });
    } catch (error) {
      setProblem(error instanceof ApiError && error.code === 'notes_conflicted' ? m().publishConflicted : error instanceof ApiError && error.isNetworkError ? m().publishOffline : m().publishFailed);
    } finally {
      setPublishing(false);
    }
  };

  return (
    <div class="status-control">
      <Show
        when={meeting().status !== 'published'}
        fallback={
          <p class="notice notice--published">
            {m().published} <A href={`/zapis/${meeting().id}`}>{m().openMinutes}</A>
          </p>
        }
      >
        <div class="status-control__actions">
          <Show
            when={meeting().status === 'held'}
            fallback={
              <button type="button" class="button button--secondary" onClick={() => setStatus('held')}>
                {m().markHeld}
              </button>
            }
          >
            <button type="button" class="button button--secondary" onClick={() => setStatus('planned')}>
              {m().markPlanned}
            </button>
            <Show when={coordinates()}>
              <button type="button" class="button" disabled={publishing() || !isOnline()} aria-describedby="publish-hint" onClick={() => void publish()}>
                {publishing() ? m().publishing : m().publish}
              </button>
            </Show>
          </Show>
        </div>
        <Show when={meeting().status === 'held' && coordinates()}>
          <p class="capture-field__hint" id="publish-hint">
            {isOnline() ? m().publishHint : m().publishOffline}
          </p>
        </Show>
        <Show when={problem()}>
          <p class="capture-field__error" role="alert">
            {problem()}
          </p>
        </Show>
      </Show>
    </div>
  );
}
