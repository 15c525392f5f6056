import { For, Show } from 'solid-js';
import type { PublicSettlement, SettledComment } from '../../schema/api/hearings.ts';
import { formatDate } from '../lib/i18n.ts';
import { hearingPublicMessages } from './messages.ts';

/** The published vypořádání připomínek: each comment, what it concerns, and the answer with its reason. */
export function SettlementList(props: { settlement: PublicSettlement; headingLevel: 1 | 2 }) {
  const m = hearingPublicMessages;
  const heading = () => m().settlementHeading(props.settlement.title);
  return (
    <section class="hearing-section settlement" aria-labelledby={`settlement-${props.settlement.meetingId}`}>
      <Show when={props.headingLevel === 1} fallback={<h2 id={`settlement-${props.settlement.meetingId}`}>{heading()}</h2>}>
        <h1 id={`settlement-${props.settlement.meetingId}`}>{heading()}</h1>
      </Show>
      <p class="muted">{m().settlementPublishedOn(formatDate(props.settlement.publishedAt))}</p>
      <Show when={props.settlement.comments.length} fallback={<p>{m().noComments}</p>}>
        <ol class="settlement__list">
          <For each={props.settlement.comments}>{(comment) => <SettledItem comment={comment} />}</For>
        </ol>
      </Show>
    </section>
  );
}

function SettledItem(props: { comment: SettledComment }) {
  const m = hearingPublicMessages;
  const c = () => props.comment;
  return (
    <li class="settlement__item">
      <p class="settlement__target">{c().targetItem ? `${c().targetItem!.code} ${c().targetItem!.title}` : m().commentGeneral}</p>
      <blockquote class="settlement__body">
        <p>{c().body}</p>
      </blockquote>
      <p class="hearing-comment__meta">{c().authorName ?? m().anonymousAuthor}</p>
      <p class="settlement__answer">
        <span class={`settlement-badge settlement-badge--${c().settlement}`}>{m().settlementAnswer[c().settlement]}</span>
        <Show when={c().appliedToPlan}>
          <span class="settlement-badge">{m().appliedToPlan}</span>
        </Show>
      </p>
      <Show when={c().settlementReason}>{(reason) => <p class="settlement__reason">{reason()}</p>}</Show>
    </li>
  );
}
