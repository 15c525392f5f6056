import { A, useParams } from '@solidjs/router';
import { For, Match, Show, Switch, createResource } from 'solid-js';
import { ApiError } from '../lib/api.ts';
import { formatDate } from '../lib/i18n.ts';
import { currentUser } from '../lib/session.ts';
import { localDataVersion } from '../lib/sync-runner.ts';
import { formatDay, formatMeetingTime, pragueToday } from '../meetings/format.ts';
import { ItemStateLabel } from '../meetings/item-state.tsx';
import { type ItemState, localMeetingsOfGroup } from '../meetings/meeting-data.ts';
import { meetingMessages } from '../meetings/messages.ts';
import { groupSnapshotKey } from '../meetings/people.ts';
import { NotFoundMessage } from '../not-found/not-found-page.tsx';
import { StoredGroupPage } from '../../schema/stored/groups.ts';
import { createSnapshotResource } from '../territory/offline-snapshot.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { type GroupData, fetchGroup, takesPartIn } from './group-data.ts';
import { groupMessages } from './messages.ts';
import '../meetings/meetings.css';
import './groups.css';

type ListedMeeting = { id: string; title: string; startsAt: string; endsAt: string | null; status: 'planned' | 'held' | 'published'; state: ItemState | null };

/**
 * `/skupiny/:id`: a group, its members (names for those of the territory, contacts for those who work with them), its
 * meetings and open tasks. Saved per person for offline; meetings made offline on this device show too.
 */
export function GroupPage() {
  const m = groupMessages;
  const params = useParams<{ id: string }>();
  const [page, { refetch }] = createSnapshotResource(
    () => groupSnapshotKey(currentUser()?.id ?? null, params.id),
    () => fetchGroup(params.id),
    StoredGroupPage,
  );
  usePageTitle(() => page.latest?.data.group.name);

  return (
    <Switch>
      <Match when={page.error instanceof ApiError && (page.error.status === 404 || page.error.status === 400)}>
        <NotFoundMessage title={m().notFound} text={m().notFoundText} />
      </Match>
      <Match when={page.error}>
        {(error) => (
          <>
            <h1>{m().loadFailed}</h1>
            <ErrorNotice error={error()} onRetry={() => void refetch()} />
          </>
        )}
      </Match>
      <Match when={page.latest}>
        {(loaded) => (
          <>
            <Show when={loaded().fromSnapshot}>
              <p class="notice notice--saved">{m().savedOffline(formatDate(loaded().savedAt, { dateStyle: 'long', timeStyle: 'short' }))}</p>
            </Show>
            <GroupDetail data={loaded().data} />
          </>
        )}
      </Match>
      <Match when={page.loading}>
        <Loading label={m().loadingGroup} />
      </Match>
    </Switch>
  );
}

function GroupDetail(props: { data: GroupData }) {
  const m = groupMessages;
  const group = () => props.data.group;
  const members = () => props.data.members;

  // meetings this device knows that the server's list does not have yet (made offline), with their sync state
  const [local] = createResource(
    () => {
      const user = currentUser();
      return user ? { owner: user.id, id: group().id, version: localDataVersion() } : undefined;
    },
    ({ owner, id }) => localMeetingsOfGroup(owner, id),
  );
  const meetings = (): ListedMeeting[] => {
    const listed = new Map<string, ListedMeeting>(props.data.meetings.map((meeting) => [meeting.id, { ...meeting, state: null }]));
    for (const meeting of local.latest ?? []) {
      listed.set(meeting.id, { ...meeting, state: meeting.state === 'synced' ? (listed.get(meeting.id)?.state ?? null) : meeting.state });
    }
    return [...listed.values()];
  };
  const today = pragueToday();
  const upcoming = () => meetings().filter((meeting) => meeting.startsAt.slice(0, 10) >= today).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = () => meetings().filter((meeting) => meeting.startsAt.slice(0, 10) < today).sort((a, b) => b.startsAt.localeCompare(a.startsAt));

  /** Whoever may write the group's meetings: its members (the server shows them contacts) and coordinators. */
  const takesPart = () => takesPartIn(props.data, currentUser()) || (!!currentUser() && (local.latest?.length ?? 0) > 0);

  return (
    <article class="group" aria-labelledby="group-title">
      <p class="back-link">
        <A href={`/uzemi/${group().territoryId}/skupiny`}>
          <span aria-hidden="true">←</span> {m().backToGroups}
        </A>
      </p>
      <h1 id="group-title">{group().name}</h1>
      <p class="meta-line">
        <span class="badge">{m().kind[group().kind]}</span>
        <Show when={group().targetGroupName}>{(name) => <span>{`${m().targetGroup}: ${name()}`}</span>}</Show>
        <Show when={group().subTerritoryName}>{(name) => <span>{`${m().subTerritory}: ${name()}`}</span>}</Show>
      </p>
      <Show when={group().description}>{(text) => <p>{text()}</p>}</Show>

      <section class="group__section" aria-labelledby="group-meetings">
        <div class="group__section-head">
          <h2 id="group-meetings">{m().meetingsHeading}</h2>
          <Show when={takesPart()}>
            <A class="button" href={`/jednani/novy?skupina=${group().id}`}>
              {m().newMeeting}
            </A>
          </Show>
        </div>
        <Show when={meetings().length > 0} fallback={<p class="muted">{m().noMeetings}</p>}>
          <Show when={upcoming().length > 0}>
            <h3>{m().upcoming}</h3>
            <MeetingLinks meetings={upcoming()} />
          </Show>
          <Show when={past().length > 0}>
            <h3>{m().past}</h3>
            <MeetingLinks meetings={past()} />
          </Show>
        </Show>
      </section>

      <section class="group__section" aria-labelledby="group-tasks">
        <h2 id="group-tasks">{m().tasksHeading}</h2>
        <p class="muted">{m().tasksIntro}</p>
        <Show when={props.data.openTasks.length > 0} fallback={<p>{m().noTasks}</p>}>
          <ul class="group-tasks" role="list">
            <For each={props.data.openTasks}>
              {(task) => (
                <li class="group-task">
                  <p class="group-task__what">{task.description}</p>
                  <p class="group-task__meta">
                    <span>{task.assignee}</span>
                    <Show when={task.dueOn}>{(due) => <span>{m().taskDue(formatDay(due(), 'short'))}</span>}</Show>
                    <span>
                      <A href={`/jednani/${task.meetingId}`}>{m().taskFrom(formatDay(task.meetingStartsAt, 'short'))}</A>
                    </span>
                  </p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>

      <section class="group__section" aria-labelledby="group-members">
        <h2 id="group-members">{m().membersHeading}</h2>
        <Show when={members()} fallback={<p class="muted">{m().membersHidden}</p>}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p class="muted">{m().noMembers}</p>}>
              <ul class="member-list" role="list">
                <For each={list()}>
                  {(member) => (
                    <li class="member">
                      <p class="member__name">{member.name}</p>
                      <p class="member__meta">
                        <Show when={member.organization}>{(organization) => <span>{organization()}</span>}</Show>
                        <span>
                          {m().memberRole[member.role]}, {m().planningRole[member.planningRole]}
                        </span>
                      </p>
                      <Show when={'email' in member && member.email}>
                        {(email) => (
                          <p class="member__contact">
                            {m().email}: <a href={`mailto:${email()}`}>{email()}</a>
                          </p>
                        )}
                      </Show>
                      <Show when={'phone' in member && member.phone}>
                        {(phone) => (
                          <p class="member__contact">
                            {m().phone}: <a href={`tel:${String(phone()).replace(/[^+0-9]/g, '')}`}>{phone()}</a>
                          </p>
                        )}
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Show>
      </section>
    </article>
  );
}

function MeetingLinks(props: { meetings: ListedMeeting[] }) {
  const mm = meetingMessages;
  return (
    <ul class="meeting-links" role="list">
      <For each={props.meetings}>
        {(meeting) => (
          <li class="meeting-link">
            <A href={`/jednani/${meeting.id}`} class="meeting-link__title">
              {meeting.title}
            </A>
            <p class="meeting-link__meta">
              <time datetime={meeting.startsAt}>{formatMeetingTime(meeting.startsAt, meeting.endsAt)}</time>
              <span class="badge badge--status">{mm().status[meeting.status]}</span>
              <Show when={meeting.state}>{(state) => <ItemStateLabel state={state()} />}</Show>
            </p>
          </li>
        )}
      </For>
    </ul>
  );
}
