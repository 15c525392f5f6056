import { For, Show, createResource, createSignal, createUniqueId } from 'solid-js';
import { HEARING_LIMITS, type HearingComment } from '../../schema/api/hearings.ts';
import { hearingPublicMessages } from '../hearing-public/messages.ts';
import { formatDate } from '../lib/i18n.ts';
import { Loading } from '../ui/status.tsx';
import { hearingComments, moderate } from './coordinator-api.ts';
import type { HearingContext } from './hearing-mode.tsx';
import { hearingMessages } from './messages.ts';

/** Every comment of the hearing, hidden ones too; an abusive one is hidden from the room with a reason that is kept. */
export function ModerationView(props: { ctx: HearingContext }) {
  const m = hearingMessages;
  const [comments, { refetch, mutate }] = createResource(() => ({ id: props.ctx.meetingId, n: props.ctx.state().commentCount }), ({ id }) => hearingComments(id));
  const replace = (updated: HearingComment) => mutate((list) => list?.map((c) => (c.id === updated.id ? updated : c)));
  return (
    <section class="hearing-panel" aria-labelledby="moderation-heading">
      <h2 id="moderation-heading">{m().moderationHeading}</h2>
      <Show when={comments.latest} fallback={<Loading />}>
        {(list) => (
          <Show when={list().length} fallback={<p>{m().noCommentsYet}</p>}>
            <ul class="hearing-comments" role="list">
              <For each={[...list()].reverse()}>{(comment) => <ModeratedComment meetingId={props.ctx.meetingId} comment={comment} onChange={(c) => (replace(c), void refetch())} />}</For>
            </ul>
          </Show>
        )}
      </Show>
    </section>
  );
}

function ModeratedComment(props: { meetingId: string; comment: HearingComment; onChange: (comment: HearingComment) => void }) {
  const m = hearingMessages;
  const mp = hearingPublicMessages;
  const id = createUniqueId();
  const [hiding, setHiding] = createSignal(false);
  const [reason, setReason] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const c = () => props.comment;

  const hide = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!reason().trim()) {
      setProblem(m().hideReasonRequired);
      return;
    }
    try {
      props.onChange(await moderate(props.meetingId, c().id, { hidden: true, reason: reason().trim() }));
      setHiding(false);
      setProblem(null);
    } catch {
      setProblem(m().saveFailed);
    }
  };
  const unhide = async () => {
    try {
      props.onChange(await moderate(props.meetingId, c().id, { hidden: false }));
    } catch {
      setProblem(m().saveFailed);
    }
  };

  return (
    <li class="hearing-comment" classList={{ 'hearing-comment--hidden': c().hiddenAt !== null }}>
      <p class="hearing-comment__target">{c().targetItem ? `${c().targetItem!.code} ${c().targetItem!.title}` : m().general}</p>
      <p class="hearing-comment__body">{c().body}</p>
      <p class="hearing-comment__meta">
        {c().authorName ?? mp().anonymousAuthor} · {formatDate(c().createdAt, { timeStyle: 'short' })}
      </p>
      <Show when={c().hiddenAt !== null}>
        <p class="hearing-comment__hidden">{m().hidden(c().hiddenReason ?? '')}</p>
        <button type="button" class="button button--secondary" onClick={() => void unhide()}>
          {m().unhide}
        </button>
      </Show>
      <Show when={c().hiddenAt === null}>
        <Show
          when={hiding()}
          fallback={
            <button type="button" class="button button--secondary" onClick={() => setHiding(true)}>
              {m().hide}
            </button>
          }
        >
          <form class="form hearing-hide" onSubmit={(event) => void hide(event)} noValidate>
            <div class="field" classList={{ 'field--error': Boolean(problem()) }}>
              <label class="field__label" for={`${id}-reason`}>
                {m().hideReason}
              </label>
              <input class="field__input" id={`${id}-reason`} maxLength={HEARING_LIMITS.moderationReason} value={reason()} onInput={(event) => setReason(event.currentTarget.value)} />
            </div>
            <div class="form__actions">
              <button type="submit" class="button button--danger">
                {m().hide}
              </button>
            </div>
          </form>
        </Show>
      </Show>
      <Show when={problem()}>
        <p class="field__error" role="alert">
          {problem()}
        </p>
      </Show>
    </li>
  );
}
