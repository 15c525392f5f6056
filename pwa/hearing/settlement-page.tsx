import { A, useParams } from '@solidjs/router';
import { For, Match, Show, Switch, createResource, createSignal, createUniqueId } from 'solid-js';
import { HEARING_LIMITS, type HearingComment, SETTLEMENT_ANSWERS } from '../../schema/api/hearings.ts';
import { hearingPublicMessages } from '../hearing-public/messages.ts';
import { ApiError } from '../lib/api.ts';
import { formatDate } from '../lib/i18n.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { hearingComments, hearingState, publishSettlement, settle } from './coordinator-api.ts';
import { hearingMessages } from './messages.ts';
import '../meetings/meetings.css';
import '../sign-in/form.css';
import '../hearing-public/hearing-public.css';
import './hearing.css';

type Answer = (typeof SETTLEMENT_ANSWERS)[number];

/** `/jednani/:id/vyporadani`: the coordinator answers each comment and publishes the settlement with the plan. */
export function SettlementPage() {
  const m = hearingMessages;
  const params = useParams<{ id: string }>();
  const [state, { mutate: setState }] = createResource(() => params.id, hearingState);
  const [comments] = createResource(() => params.id, hearingComments);
  const [published, setPublished] = createSignal(false);
  const [problem, setProblem] = createSignal(false);
  usePageTitle(() => `${m().settlementHeading}: ${state.latest?.title ?? ''}`);

  const publish = async () => {
    setProblem(false);
    try {
      await publishSettlement(params.id);
      setPublished(true);
      setState(await hearingState(params.id));
    } catch {
      setProblem(true);
    }
  };

  return (
    <article class="capture settlement-page" aria-labelledby="settlement-title">
      <p class="back-link">
        <A href={`/jednani/${params.id}/projednani`}>
          <span aria-hidden="true">←</span> {m().enter}
        </A>
      </p>
      <h1 id="settlement-title">{m().settlementHeading}</h1>
      <Show when={state.latest}>{(s) => <p class="capture__when">{s().title}</p>}</Show>
      <p>{m().settlementIntro}</p>
      <Switch>
        <Match when={comments.error || state.error}>
          <ErrorNotice error={comments.error ?? state.error} />
        </Match>
        <Match when={comments.latest}>
          {(list) => (
            <Show when={list().length} fallback={<p>{m().noCommentsYet}</p>}>
              <ol class="settlement__list">
                <For each={list().filter((c) => c.hiddenAt === null)}>
                  {(comment) => <SettleComment meetingId={params.id} comment={comment} />}
                </For>
              </ol>
            </Show>
          )}
        </Match>
        <Match when={true}>
          <Loading />
        </Match>
      </Switch>
      <section class="capture-section" aria-labelledby="publish-heading">
        <h2 id="publish-heading">{m().publishSettlement}</h2>
        <Show when={state.latest?.settlementPublishedAt || published()}>
          <p class="notice notice--saved" role="status">
            {m().settlementPublished}
          </p>
        </Show>
        <button type="button" class="button" onClick={() => void publish()}>
          {m().publishSettlement}
        </button>
        <Show when={problem()}>
          <p class="notice notice--error" role="alert">
            {m().saveFailed}
          </p>
        </Show>
        <Show when={state.latest?.code}>
          {(code) => (
            <p>
              <A class="button button--secondary" href={`/h/${code()}`}>
                {m().openPublished}
              </A>
            </p>
          )}
        </Show>
      </section>
    </article>
  );
}

// each form keeps what it saved: replacing the row in the list would remount the form and lose its "saved" line
function SettleComment(props: { meetingId: string; comment: HearingComment }) {
  const m = hearingMessages;
  const mp = hearingPublicMessages;
  const id = createUniqueId();
  const [stored, setSavedComment] = createSignal<HearingComment>(props.comment);
  const c = () => stored();
  const [answer, setAnswer] = createSignal<Answer | null>(c().settlement === 'pending' ? null : (c().settlement as Answer));
  const [reason, setReason] = createSignal(c().settlementReason ?? '');
  const [apply, setApply] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [saved, setSaved] = createSignal(false);
  const canApply = () => c().target !== 'general' && answer() !== 'rejected' && c().appliedToPlanAt === null;

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!answer()) return setProblem(m().decisionRequired);
    if (!reason().trim()) return setProblem(m().reasonRequired);
    try {
      setSavedComment(await settle(props.meetingId, c().id, { settlement: answer()!, reason: reason().trim(), applyToPlan: canApply() && apply() }));
      setProblem(null);
      setSaved(true);
    } catch (error) {
      setProblem(error instanceof ApiError && error.status === 409 ? error.message : m().saveFailed);
    }
  };

  return (
    <li class="settlement__item">
      <p class="settlement__target">
        {m().target}: {c().targetItem ? `${c().targetItem!.code} ${c().targetItem!.title}` : m().general}
      </p>
      <blockquote class="settlement__body">
        <p>{c().body}</p>
      </blockquote>
      <p class="hearing-comment__meta">
        {m().author}: {c().authorName ?? mp().anonymousAuthor} · {formatDate(c().createdAt, { dateStyle: 'short', timeStyle: 'short' })}
      </p>
      <form class="form settlement__form" onSubmit={(event) => void save(event)} noValidate>
        <fieldset class="field">
          <legend class="field__label">{m().decision}</legend>
          <For each={SETTLEMENT_ANSWERS}>
            {(value) => (
              <label class="checkbox">
                <input type="radio" name={`${id}-answer`} checked={answer() === value} onChange={() => setAnswer(value)} />
                <span>{m().decisions[value]}</span>
              </label>
            )}
          </For>
        </fieldset>
        <div class="field">
          <label class="field__label" for={`${id}-reason`}>
            {m().reason}
          </label>
          <textarea class="field__input" id={`${id}-reason`} rows="3" maxLength={HEARING_LIMITS.settlementReason} value={reason()} onInput={(event) => setReason(event.currentTarget.value)} />
        </div>
        <Show when={c().appliedToPlanAt !== null}>
          <p class="settlement-badge">{m().applied}</p>
        </Show>
        <Show when={canApply()}>
          <label class="checkbox">
            <input type="checkbox" checked={apply()} onChange={(event) => setApply(event.currentTarget.checked)} />
            <span>{m().applyToPlan}</span>
          </label>
        </Show>
        <div class="form__actions">
          <button type="submit" class="button button--secondary">
            {m().saveSettlement}
          </button>
          <Show when={saved()}>
            <span role="status">{m().settlementSaved}</span>
          </Show>
        </div>
        <Show when={problem()}>
          <p class="field__error" role="alert">
            {problem()}
          </p>
        </Show>
      </form>
    </li>
  );
}
