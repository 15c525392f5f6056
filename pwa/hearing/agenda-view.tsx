import { For, Show, createSignal } from 'solid-js';
import { queueComment } from '../hearing-public/actions.ts';
import { CommentForm } from '../hearing-public/comment-form.tsx';
import { hearingPublicMessages } from '../hearing-public/messages.ts';
import { newId } from '../lib/uuid.ts';
import { Loading } from '../ui/status.tsx';
import { advanceAgenda, changeSettings, shortLink } from './coordinator-api.ts';
import type { HearingContext } from './hearing-mode.tsx';
import { hearingMessages } from './messages.ts';
import { QrCode } from './qr-code.tsx';

/** The agenda with the item on screen, which the coordinator moves on; beside it the QR code for the phones. */
export function AgendaView(props: { ctx: HearingContext }) {
  const m = hearingMessages;
  const [failed, setFailed] = createSignal(false);
  const agenda = () => props.ctx.pub()?.agenda ?? [];
  const currentIndex = () => agenda().findIndex((item) => item.id === props.ctx.state().currentAgendaItemId);

  const act = async (call: () => Promise<unknown>) => {
    setFailed(false);
    try {
      await call();
      props.ctx.refresh();
    } catch {
      setFailed(true);
    }
  };
  const next = () => act(() => advanceAgenda(props.ctx.meetingId).then(props.ctx.setState));
  const previous = () => {
    const before = agenda()[currentIndex() - 1];
    if (before) void act(() => changeSettings(props.ctx.meetingId, { currentAgendaItemId: before.id }).then(props.ctx.setState));
  };

  return (
    <div class="hearing-agenda">
      <section class="hearing-panel" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{m().agendaHeading}</h2>
        <Show when={props.ctx.pub()} fallback={<Loading />}>
          <Show when={agenda().length} fallback={<p>{m().noAgenda}</p>}>
            <ol class="hearing-agenda__list" role="list">
              <For each={agenda()}>
                {(item) => (
                  <li class="hearing-agenda__item" aria-current={item.id === props.ctx.state().currentAgendaItemId ? 'step' : undefined}>
                    <span class="hearing-agenda__position">{item.position}.</span>
                    <span class="hearing-agenda__title">{item.title}</span>
                    <Show when={item.id === props.ctx.state().currentAgendaItemId}>
                      <span class="hearing-agenda__now">{m().current}</span>
                    </Show>
                  </li>
                )}
              </For>
            </ol>
            <div class="form__actions">
              <button type="button" class="button button--secondary button--large" disabled={currentIndex() <= 0} onClick={previous}>
                {m().previousItem}
              </button>
              <button type="button" class="button button--large" disabled={currentIndex() >= agenda().length - 1} onClick={() => void next()}>
                {m().nextItem}
              </button>
            </div>
          </Show>
        </Show>
        <Show when={failed()}>
          <p class="notice notice--error" role="alert">
            {m().saveFailed}
          </p>
        </Show>
      </section>
      <Show when={props.ctx.state().code}>
        {(code) => (
          <section class="hearing-panel hearing-qr" aria-labelledby="qr-heading">
            <h2 id="qr-heading">{m().qrHeading}</h2>
            <QrCode value={shortLink(code())} label={m().qrAlt(shortLink(code()))} />
            <p class="hearing-qr__link">{shortLink(code()).replace(/^https?:\/\//, '')}</p>
            <p>{m().qrHint}</p>
          </section>
        )}
      </Show>
    </div>
  );
}

/** A comment typed on the tablet for someone in the room (or by the coordinator as it is said aloud). */
export function TabletComment(props: { ctx: HearingContext }) {
  const m = hearingPublicMessages;
  const [saved, setSaved] = createSignal(0);
  return (
    <section class="hearing-panel" aria-labelledby="tablet-comment-heading">
      <h2 id="tablet-comment-heading">{m().commentHeading}</h2>
      <Show when={props.ctx.pub()} fallback={<Loading />}>
        {(pub) => (
          <Show when={pub().hearing.phase === 'open'} fallback={<p class="notice">{m().commentsClosed}</p>}>
            <Show keyed when={saved() + 1}>
              <CommentForm
                hearing={pub()}
                participantToken={newId()}
                attendanceId={null}
                knownName={null}
                onSubmit={(fields) => void queueComment(fields).then(() => setSaved((n) => n + 1))}
              />
            </Show>
            <Show when={saved() > 0}>
              <p class="notice notice--saved" role="status">
                {m().commentSaved}
              </p>
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}
