import { Match, Show, Switch, createSignal, onCleanup } from 'solid-js';
import type { HearingCommentFields, HearingSigninFields } from '../../schema/api/hearings.ts';
import { queueComment, queueSignin, queueVote } from '../hearing-public/actions.ts';
import { CommentForm } from '../hearing-public/comment-form.tsx';
import { hearingPublicMessages } from '../hearing-public/messages.ts';
import { SigninForm } from '../hearing-public/signin-form.tsx';
import { type Allocation, VoteForm } from '../hearing-public/vote-form.tsx';
import { WaitingPanel } from '../hearing-public/waiting-panel.tsx';
import { newId } from '../lib/uuid.ts';
import { Loading } from '../ui/status.tsx';
import type { HearingContext } from './hearing-mode.tsx';
import { hearingMessages } from './messages.ts';

/** After this long on the "thank you" step the kiosk goes back to an empty form by itself. */
const IDLE_RESET_MS = 60_000;

type Step = 'signin' | 'thanks' | 'comment' | 'vote';
/** The attendee at the tablet now; kept in memory only, and forgotten when they are done. */
type Attendee = { token: string; attendanceId: string; voteId: string; name: string };

/**
 * The sign-in sheet as a kiosk: attendees type their own entry. Each attendee gets a fresh participant token and a
 * freshly mounted form, so the next one sees nothing of the previous (no values, no autofill, no "back").
 */
export function KioskView(props: { ctx: HearingContext; onExit: () => void }) {
  const [round, setRound] = createSignal(0);
  return (
    <div class="kiosk">
      <Show keyed when={round() + 1}>
        <KioskRound ctx={props.ctx} onDone={() => setRound((n) => n + 1)} onExit={props.onExit} />
      </Show>
    </div>
  );
}

function KioskRound(props: { ctx: HearingContext; onDone: () => void; onExit: () => void }) {
  const m = hearingMessages;
  const mp = hearingPublicMessages;
  const [step, setStep] = createSignal<Step>('signin');
  const [attendee, setAttendee] = createSignal<Attendee | null>(null);
  const [voted, setVoted] = createSignal(false);
  const [confirmExit, setConfirmExit] = createSignal(false);
  const token = newId();
  let idle: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(idle));

  const toStep = (next: Step) => {
    setStep(next);
    clearTimeout(idle);
    if (next === 'thanks') idle = setTimeout(props.onDone, IDLE_RESET_MS);
    document.getElementById('kiosk-heading')?.focus();
  };

  const signIn = async (fields: HearingSigninFields) => {
    const attendanceId = await queueSignin(fields);
    setAttendee({ token, attendanceId, voteId: newId(), name: fields.name });
    toStep('thanks');
  };
  const comment = async (fields: HearingCommentFields) => {
    await queueComment(fields);
    toStep('thanks');
  };
  const vote = async (allocations: Allocation) => {
    const who = attendee()!;
    await queueVote(who.voteId, { meetingId: props.ctx.meetingId, participantToken: who.token, attendanceId: who.attendanceId, allocations });
    setVoted(true);
    toStep('thanks');
  };
  const votingOpen = () => props.ctx.state().votingOpen && props.ctx.state().options.length > 0 && props.ctx.state().votePoints !== null;

  return (
    <main class="kiosk__main" id="main">
      <Show when={props.ctx.pub()} fallback={<Loading />}>
        {(pub) => (
          <Switch>
            <Match when={step() === 'signin'}>
              <h1 id="kiosk-heading" tabindex="-1">
                {m().kioskHeading}
              </h1>
              <p class="kiosk__hearing">{pub().hearing.title}</p>
              <SigninForm hearing={pub()} participantToken={token} submitLabel={mp().signinSave} onSubmit={(fields) => void signIn(fields)} />
            </Match>
            <Match when={step() === 'thanks'}>
              <h1 id="kiosk-heading" tabindex="-1">
                {m().kioskThanksHeading}
              </h1>
              <p class="notice notice--saved" role="status">
                {voted() ? mp().voteSaved : m().kioskThanks}
              </p>
              <div class="kiosk__choices">
                <Show when={pub().hearing.phase === 'open'}>
                  <button type="button" class="button button--secondary button--large" onClick={() => toStep('comment')}>
                    {m().kioskComment}
                  </button>
                </Show>
                <Show when={votingOpen()}>
                  <button type="button" class="button button--secondary button--large" onClick={() => toStep('vote')}>
                    {voted() ? mp().changeVote : m().kioskVote}
                  </button>
                </Show>
                <button type="button" class="button button--large" onClick={props.onDone}>
                  {m().kioskDone}
                </button>
              </div>
            </Match>
            <Match when={step() === 'comment'}>
              <h1 id="kiosk-heading" tabindex="-1">
                {mp().commentHeading}
              </h1>
              <CommentForm
                hearing={pub()}
                participantToken={attendee()!.token}
                attendanceId={attendee()!.attendanceId}
                knownName={attendee()!.name}
                onSubmit={(fields) => void comment(fields)}
              />
            </Match>
            <Match when={step() === 'vote'}>
              <h1 id="kiosk-heading" tabindex="-1">
                {mp().voteHeading}
              </h1>
              <VoteForm
                options={props.ctx.state().options.map((option) => ({ id: option.id, title: option.label }))}
                points={props.ctx.state().votePoints!}
                initial={null}
                onSubmit={(allocations) => void vote(allocations)}
              />
            </Match>
          </Switch>
        )}
      </Show>
      <WaitingPanel />
      <div class="kiosk__exit">
        <Show
          when={confirmExit()}
          fallback={
            <button type="button" class="button button--secondary" onClick={() => setConfirmExit(true)}>
              {m().kioskExit}
            </button>
          }
        >
          <p>{m().kioskExitConfirm}</p>
          <div class="form__actions">
            <button type="button" class="button button--secondary" onClick={props.onExit}>
              {m().kioskExitYes}
            </button>
            <button type="button" class="button" onClick={() => setConfirmExit(false)}>
              {m().kioskExitNo}
            </button>
          </div>
        </Show>
      </div>
    </main>
  );
}
