import { For, Show, createSignal, createUniqueId } from 'solid-js';
import { formatNumber } from '../lib/i18n.ts';
import { hearingPublicMessages } from './messages.ts';

export type VoteOption = { id: string; title: string };
export type Allocation = Record<string, number>;

export const allocated = (allocation: Allocation) => Object.values(allocation).reduce((sum, n) => sum + (Number.isFinite(n) ? n : 0), 0);

/**
 * Spreading a fixed number of points over the options: a live counter of what is left, and a sum that does not match
 * cannot be sent (the server refuses it too). `initial` is the participant's last allocation, which they may change.
 */
export function VoteForm(props: {
  options: VoteOption[];
  points: number;
  initial: Allocation | null;
  onSubmit: (allocation: Allocation) => void;
  saved?: boolean;
}) {
  const m = hearingPublicMessages;
  const id = createUniqueId();
  const [allocation, setAllocation] = createSignal<Allocation>({ ...props.initial });
  const [error, setError] = createSignal<string | null>(null);
  const sum = () => allocated(allocation());
  const left = () => props.points - sum();

  const set = (optionId: string, raw: string) => {
    const value = Math.max(0, Math.min(props.points, Math.trunc(Number(raw) || 0)));
    setAllocation((current) => ({ ...current, [optionId]: value }));
    setError(null);
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (sum() !== props.points) {
      setError(m().sumMismatch(props.points, sum()));
      document.getElementById(`${id}-error`)?.focus();
      return;
    }
    const clean: Allocation = {};
    for (const option of props.options) if (allocation()[option.id]) clean[option.id] = allocation()[option.id]!;
    props.onSubmit(clean);
  };

  return (
    <form class="vote-form" onSubmit={submit} noValidate aria-describedby={`${id}-intro`}>
      <p id={`${id}-intro`}>{m().voteIntro(props.points)}</p>
      <ul class="vote-form__options" role="list">
        <For each={props.options}>
          {(option) => (
            <li class="vote-option">
              <label class="vote-option__label" for={`${id}-${option.id}`}>
                {option.title}
              </label>
              <input
                class="field__input vote-option__input"
                id={`${id}-${option.id}`}
                type="number"
                inputmode="numeric"
                min="0"
                max={props.points}
                step="1"
                value={allocation()[option.id] ?? 0}
                onInput={(event) => set(option.id, event.currentTarget.value)}
                aria-label={m().votePointsFor(option.title)}
              />
            </li>
          )}
        </For>
      </ul>
      <p class="vote-form__remaining" classList={{ 'vote-form__remaining--over': left() < 0 }} role="status" aria-live="polite">
        {left() >= 0 ? m().remaining(left()) : m().overBy(-left())}
      </p>
      <Show when={error()}>
        <p class="notice notice--error vote-form__error" id={`${id}-error`} role="alert" tabindex="-1">
          {error()}
        </p>
      </Show>
      <div class="form__actions">
        <button type="submit" class="button button--large">
          {props.initial ? m().changeVote : m().sendVote}
        </button>
      </div>
      <Show when={props.saved}>
        <p class="notice notice--saved" role="status">
          {m().voteSaved}
        </p>
      </Show>
    </form>
  );
}

export type ResultRow = { optionId: string; title: string; points: number };

/** The room's bar chart: each bar carries its number in words too, so it reads without seeing the bars. */
export function ResultsChart(props: { results: ResultRow[]; voters?: number }) {
  const m = hearingPublicMessages;
  const top = () => Math.max(1, ...props.results.map((row) => row.points));
  const sorted = () => [...props.results].sort((a, b) => b.points - a.points);
  return (
    <figure class="results-chart">
      <figcaption class="sr-only">{m().resultsChartLabel}</figcaption>
      <ol class="results-chart__list" role="list">
        <For each={sorted()}>
          {(row) => (
            <li class="results-chart__row">
              <span class="results-chart__title">{row.title}</span>
              <span class="results-chart__track" aria-hidden="true">
                <span class="results-chart__bar" style={{ width: `${(row.points / top()) * 100}%` }} />
              </span>
              <span class="results-chart__value">{m().pointsOf(row.points)}</span>
            </li>
          )}
        </For>
      </ol>
      <Show when={props.voters !== undefined}>
        <p class="results-chart__voters">{m().voters(props.voters!)}</p>
      </Show>
    </figure>
  );
}

export const formatPoints = (n: number) => formatNumber(n);
