import { A, useParams } from '@solidjs/router';
import type { InferResponseType } from 'hono/client';
import { Match, Show, Switch, createResource } from 'solid-js';
import { ApiError, api, request } from '../lib/api.ts';
import { currentUser } from '../lib/session.ts';
import { syncNow } from '../lib/sync-runner.ts';
import { MinutesDocument } from '../minutes/minutes-document.tsx';
import { minutesMessages } from '../minutes/messages.ts';
import { NotFoundMessage } from '../not-found/not-found-page.tsx';
import { signInHref } from '../sign-in/sign-in-page.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { HearingEntry } from '../hearing/entry-button.tsx';
import { CaptureView } from './capture-view.tsx';
import { formatMeetingTime } from './format.ts';
import { hasLocalMeeting } from './meeting-data.ts';
import { meetingMessages } from './messages.ts';
import './meetings.css';
import './capture.css';

type PublicAnswer = Extract<InferResponseType<(typeof api.api.meetings)[':id']['$get'], 200>, { access: 'public' }>;

type Mode = { kind: 'capture'; owner: string } | { kind: 'public'; answer: PublicAnswer } | { kind: 'offline' };

/**
 * Who sees what of a meeting: those who take part get the capture screen from this device's copy (pulled once while
 * online, or made here); everybody else what is public of it, with the minutes once published.
 */
async function decide({ id, owner }: { id: string; owner: string | null }): Promise<Mode> {
  if (owner) {
    if (await hasLocalMeeting(owner, id)) return { kind: 'capture', owner };
    if (navigator.onLine) {
      await syncNow({ pull: true });
      if (await hasLocalMeeting(owner, id)) return { kind: 'capture', owner };
    }
  }
  try {
    const answer = await request(api.api.meetings[':id'].$get({ param: { id } }));
    // a participant whose device could not pull (yet) still sees what is public of the meeting
    if (answer.access === 'public') return { kind: 'public', answer };
    return { kind: 'public', answer: { access: 'public', meeting: answer.meeting, minutes: null } };
  } catch (error) {
    if (error instanceof ApiError && error.isNetworkError) return { kind: 'offline' };
    throw error;
  }
}

export function MeetingPage() {
  const m = meetingMessages;
  const params = useParams<{ id: string }>();
  const [mode, { refetch }] = createResource(() => ({ id: params.id, owner: currentUser()?.id ?? null }), decide);

  return (
    <Switch>
      <Match when={mode.error instanceof ApiError && (mode.error.status === 404 || mode.error.status === 400)}>
        <NotFoundMessage title={m().notFound} text={m().notFoundText} />
      </Match>
      <Match when={mode.error}>
        {(error) => (
          <>
            <h1>{m().notFound}</h1>
            <ErrorNotice error={error()} onRetry={() => void refetch()} />
          </>
        )}
      </Match>
      <Match when={mode.latest}>
        {(current) => (
          <Switch>
            <Match when={current().kind === 'capture' && (current() as Extract<Mode, { kind: 'capture' }>)}>
              {(capture) => (
                <>
                  <HearingEntry meetingId={params.id} owner={capture().owner} />
                  <CaptureView meetingId={params.id} owner={capture().owner} />
                </>
              )}
            </Match>
            <Match when={current().kind === 'public' && (current() as Extract<Mode, { kind: 'public' }>)}>
              {(shown) => <PublicMeeting answer={shown().answer} />}
            </Match>
            <Match when={current().kind === 'offline'}>
              <NotFoundMessage title={m().notOffline} text={m().notOfflineText} />
            </Match>
          </Switch>
        )}
      </Match>
      <Match when={mode.loading}>
        <Loading label={m().loading} />
      </Match>
    </Switch>
  );
}

/** What anyone may know of a meeting: when, where, what kind, and its minutes once published. */
function PublicMeeting(props: { answer: PublicAnswer }) {
  const m = meetingMessages;
  const mm = minutesMessages;
  const meeting = () => props.answer.meeting;
  usePageTitle(() => meeting().title);
  return (
    <Show
      when={props.answer.minutes}
      fallback={
        <article class="capture" aria-labelledby="meeting-title">
          <Show when={meeting().groupId}>
            {(groupId) => (
              <p class="back-link">
                <A href={`/skupiny/${groupId()}`}>
                  <span aria-hidden="true">←</span> {m().group}
                </A>
              </p>
            )}
          </Show>
          <h1 id="meeting-title">{meeting().title}</h1>
          <p class="meta-line">
            <span class="badge">{m().kind[meeting().kind]}</span>
            <span class="badge badge--status">{m().status[meeting().status]}</span>
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
          <p class="muted">{mm().meetingPlanned}</p>
          <Show when={!currentUser()}>
            <p>
              {m().signInFirst} <A href={signInHref(`/jednani/${meeting().id}`)}>{m().signIn}</A>
            </p>
          </Show>
        </article>
      }
    >
      {(minutes) => <MinutesDocument minutes={minutes()} />}
    </Show>
  );
}
