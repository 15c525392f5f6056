import { useParams } from '@solidjs/router';
import { For, Match, Show, Switch, createResource, createSignal, onCleanup, onMount } from 'solid-js';
import { allocationIssue, type HearingCommentFields, type HearingSigninFields, type PublicHearing } from '../../schema/api/hearings.ts';
import { ApiError } from '../lib/api.ts';
import { formatDate } from '../lib/i18n.ts';
import { publicSyncVersion, startPublicSync } from '../lib/public-sync.ts';
import { newId } from '../lib/uuid.ts';
import { formatMeetingTime } from '../meetings/format.ts';
import { meetingMessages } from '../meetings/messages.ts';
import { NotFoundMessage } from '../not-found/not-found-page.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { queueComment, queueSignin, queueVote } from './actions.ts';
import { CommentForm } from './comment-form.tsx';
import { type Participant, loadPublicHearing, phoneParticipant, publicPusher, readOwnVote, rememberSignin, writeOwnVote } from './hearing-api.ts';
import { hearingPublicMessages } from './messages.ts';
import { SettlementList } from './settlement-list.tsx';
import { SigninForm } from './signin-form.tsx';
import { type Allocation, ResultsChart, VoteForm } from './vote-form.tsx';
import { WaitingPanel } from './waiting-panel.tsx';
import '../meetings/meetings.css';
import './hearing-public.css';

/** While the page is open and online, the room's state (current item, results, comments) is read this often. */
const REFRESH_MS = 5_000;

/**
 * The attendees' phone page, opened through the QR code or the short link `/h/<code>`: this hearing only, no account.
 * Comments and votes go into the device's outbox and are sent when the hall's Wi-Fi lets them.
 */
export function PublicHearingPage() {
  const m = hearingPublicMessages;
  const params = useParams<{ code: string }>();
  const code = () => params.code.toUpperCase();
  const [loaded, { refetch }] = createResource(() => ({ code: code(), version: publicSyncVersion() }), ({ code }) => loadPublicHearing(code));
  const [participant, setParticipant] = createSignal<Participant | null>(null);

  onMount(() => {
    const stop = startPublicSync(code(), publicPusher(code()));
    void phoneParticipant(code()).then(setParticipant);
    const timer = setInterval(() => {
      if (navigator.onLine && document.visibilityState === 'visible') void refetch();
    }, REFRESH_MS);
    onCleanup(() => {
      stop();
      clearInterval(timer);
    });
  });

  return (
    <Switch>
      <Match when={loaded.error instanceof ApiError && (loaded.error.status === 404 || loaded.error.status === 400)}>
        <NotFoundMessage title={m().notFound} text={m().notFoundText} />
      </Match>
      <Match when={loaded.error instanceof ApiError && loaded.error.isNetworkError && !loaded.latest}>
        <NotFoundMessage title={m().notFound} text={m().offlineFirst} />
      </Match>
      <Match when={loaded.error && !loaded.latest}>
        <ErrorNotice error={loaded.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={loaded.latest && participant()}>
        <HearingContent hearing={loaded.latest!.hearing} code={code()} participant={participant()!} onParticipant={setParticipant} />
      </Match>
      <Match when={true}>
        <Loading label={m().loading} />
      </Match>
    </Switch>
  );
}

function HearingContent(props: { hearing: PublicHearing; code: string; participant: Participant; onParticipant: (p: Participant) => void }) {
  const m = hearingPublicMessages;
  const mm = meetingMessages;
  const h = () => props.hearing.hearing;
  usePageTitle(() => h().title);
  const current = () => props.hearing.agenda.find((item) => item.id === props.hearing.currentAgendaItemId);
  const [commentSaved, setCommentSaved] = createSignal(false);
  const [voteSaved, setVoteSaved] = createSignal(false);
  const [ownVote, { mutate: setOwnVote }] = createResource(() => props.code, (code) => readOwnVote(code).then((vote) => vote ?? null));
  const open = () => h().phase === 'open';

  const saveComment = async (fields: HearingCommentFields) => {
    await queueComment(fields);
    setCommentSaved(true);
  };

  const signIn = async (fields: HearingSigninFields) => {
    const attendanceId = await queueSignin(fields);
    const next = { ...props.participant, attendanceId, name: fields.name };
    await rememberSignin(props.code, next);
    props.onParticipant(next);
  };

  const vote = async (allocations: Allocation) => {
    const points = props.hearing.voting.points ?? 0;
    // the server checks the same way; a sum that does not match never leaves the phone
    if (allocationIssue(allocations, points, props.hearing.voting.options.map((o) => o.id))) return;
    const entityId = ownVote()?.entityId ?? newId();
    await queueVote(entityId, { meetingId: h().meetingId, participantToken: props.participant.token, attendanceId: props.participant.attendanceId!, allocations });
    const stored = { entityId, allocations };
    await writeOwnVote(props.code, stored);
    setOwnVote(stored);
    setVoteSaved(true);
  };

  return (
    <article class="hearing-public" aria-labelledby="hearing-title">
      <h1 id="hearing-title">{h().title}</h1>
      <p class="meta-line">
        <span class="badge">{mm().kind[h().kind]}</span>
        <span>{h().territory.name}</span>
      </p>
      <p class="capture__when">
        <time datetime={h().startsAt}>{formatMeetingTime(h().startsAt, h().endsAt)}</time>
        <Show when={h().place}>{(place) => <> · {place()}</>}</Show>
      </p>
      <p>{m().intro}</p>
      <Show when={current()}>
        {(item) => (
          <p class="hearing-public__current">
            <span class="hearing-public__current-label">{m().currentItem}</span> {item().position}. {item().title}
          </p>
        )}
      </Show>

      <WaitingPanel />

      <section class="hearing-section" aria-labelledby="comment-heading">
        <h2 id="comment-heading">{m().commentHeading}</h2>
        <Show when={open()} fallback={<p class="notice">{m().commentsClosed}</p>}>
          <CommentForm
            hearing={props.hearing}
            participantToken={props.participant.token}
            attendanceId={props.participant.attendanceId}
            knownName={props.participant.name}
            onSubmit={(fields) => void saveComment(fields)}
          />
          <Show when={commentSaved()}>
            <p class="notice notice--saved" role="status">
              {m().commentSaved}
            </p>
          </Show>
        </Show>
      </section>

      <section class="hearing-section" aria-labelledby="vote-heading">
        <h2 id="vote-heading">{m().voteHeading}</h2>
        <Switch>
          <Match when={props.hearing.voting.closed}>
            <p class="notice">{m().votingClosed}</p>
          </Match>
          <Match when={!props.hearing.voting.open || !open()}>
            <p class="notice">{m().votingNotOpen}</p>
          </Match>
          <Match when={!props.hearing.voting.options.length || !props.hearing.voting.points}>
            <p class="notice">{m().noOptions}</p>
          </Match>
          <Match when={!props.participant.attendanceId}>
            <p>{m().signinForVote}</p>
            <SigninForm hearing={props.hearing} participantToken={props.participant.token} submitLabel={m().signinSave} onSubmit={(fields) => void signIn(fields)} />
          </Match>
          <Match when={!ownVote.loading}>
            <p class="muted">{m().signedInAs(props.participant.name ?? '')}</p>
            <VoteForm
              options={props.hearing.voting.options.map((option) => ({ id: option.id, title: option.label }))}
              points={props.hearing.voting.points!}
              initial={ownVote()?.allocations ?? null}
              saved={voteSaved()}
              onSubmit={(allocations) => void vote(allocations)}
            />
          </Match>
        </Switch>
      </section>

      <section class="hearing-section" aria-labelledby="results-heading">
        <h2 id="results-heading">{m().resultsHeading}</h2>
        <Show when={props.hearing.results} fallback={<p class="muted">{m().resultsHidden}</p>}>
          {(results) => (
            <ResultsChart results={results().options.map((row) => ({ optionId: row.optionId, title: row.label, points: row.points }))} voters={results().participants} />
          )}
        </Show>
      </section>

      <section class="hearing-section" aria-labelledby="room-comments-heading">
        <h2 id="room-comments-heading">{m().visibleComments}</h2>
        <Show when={props.hearing.comments.length} fallback={<p class="muted">{m().noComments}</p>}>
          <ul class="hearing-comments" role="list">
            <For each={[...props.hearing.comments].reverse()}>
              {(comment) => (
                <li class="hearing-comment">
                  <p class="hearing-comment__body">{comment.body}</p>
                  <p class="hearing-comment__meta">
                    {comment.authorName ?? m().anonymousAuthor} · {formatDate(comment.createdAt, { timeStyle: 'short' })}
                  </p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>

      <Show when={props.hearing.settlement}>{(settlement) => <SettlementList settlement={settlement()} headingLevel={2} />}</Show>
    </article>
  );
}
