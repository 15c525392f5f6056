import { Show, createSignal, createUniqueId } from 'solid-js';
import { HEARING_LIMITS } from '../../schema/api/hearings.ts';
import { hearingPublicMessages } from '../hearing-public/messages.ts';
import { ResultsChart } from '../hearing-public/vote-form.tsx';
import { ApiError } from '../lib/api.ts';
import { changeSettings, closeHearing, setVoting } from './coordinator-api.ts';
import type { HearingContext } from './hearing-mode.tsx';
import { hearingMessages } from './messages.ts';

/**
 * The coordinator's voting: the points and the options (fixed once someone has voted), opening and closing, and the
 * live results, which the room sees only when shown (or once voting closes).
 */
export function VotingView(props: { ctx: HearingContext }) {
  const m = hearingMessages;
  const mp = hearingPublicMessages;
  const id = createUniqueId();
  const s = () => props.ctx.state();
  const [points, setPoints] = createSignal(String(s().votePoints ?? 10));
  const [options, setOptions] = createSignal(s().options.map((option) => option.label).join('\n'));
  const [problem, setProblem] = createSignal<string | null>(null);
  const [savedSettings, setSavedSettings] = createSignal(false);

  const act = async (call: () => Promise<import('../../schema/api/hearings.ts').HearingState>) => {
    setProblem(null);
    try {
      props.ctx.setState(await call());
      props.ctx.refresh();
      return true;
    } catch (error) {
      setProblem(error instanceof ApiError && error.status === 409 ? m().settingsLocked : error instanceof ApiError && error.issues[0] ? `${error.issues[0].field}: ${error.issues[0].message}` : m().saveFailed);
      return false;
    }
  };

  const saveSettings = async (event: SubmitEvent) => {
    event.preventDefault();
    const labels = options()
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const byLabel = new Map(s().options.map((option) => [option.label, option]));
    const list = labels.map((label) => ({ ...(byLabel.get(label) ? { id: byLabel.get(label)!.id, measureId: byLabel.get(label)!.measureId } : {}), label }));
    setSavedSettings(await act(() => changeSettings(props.ctx.meetingId, { votePoints: Number(points()), options: list })));
  };

  const results = () => s().results.options.map((row) => ({ optionId: row.optionId, title: row.label, points: row.points }));

  return (
    <div class="hearing-voting">
      <section class="hearing-panel" aria-labelledby="results-heading">
        <h2 id="results-heading">{mp().resultsHeading}</h2>
        <p class="hearing-voting__state">{s().votingOpen ? m().votingOpen : s().votingClosedAt ? m().votingClosedState : m().votingNotStarted}</p>
        <Show when={!s().resultsVisible && !s().votingClosedAt}>
          <p class="notice">{m().resultsHiddenForRoom}</p>
        </Show>
        <ResultsChart results={results()} voters={s().results.participants} />
        <div class="form__actions">
          <Show
            when={s().votingOpen}
            fallback={
              <button type="button" class="button button--large" disabled={!s().options.length || s().phase === 'closed'} onClick={() => void act(() => setVoting(props.ctx.meetingId, true))}>
                {m().openVoting}
              </button>
            }
          >
            <button type="button" class="button button--large" onClick={() => void act(() => setVoting(props.ctx.meetingId, false))}>
              {m().closeVoting}
            </button>
          </Show>
          <button
            type="button"
            class="button button--secondary button--large"
            aria-pressed={s().resultsVisible}
            onClick={() => void act(() => changeSettings(props.ctx.meetingId, { resultsVisible: !s().resultsVisible }))}
          >
            {m().showResults}
          </button>
        </div>
      </section>
      <Show when={problem()}>
        <p class="notice notice--error" role="alert">
          {problem()}
        </p>
      </Show>
      <section class="hearing-panel" aria-labelledby="voting-settings-heading">
        <h2 id="voting-settings-heading">{m().settingsHeading}</h2>
        <form class="form" onSubmit={(event) => void saveSettings(event)}>
          <div class="field">
            <label class="field__label" for={`${id}-points`}>
              {m().pointsLabel}
            </label>
            <input class="field__input hearing-points" id={`${id}-points`} type="number" min="1" max={HEARING_LIMITS.maxPoints} value={points()} onInput={(event) => setPoints(event.currentTarget.value)} />
          </div>
          <div class="field">
            <label class="field__label" for={`${id}-options`}>
              {m().optionsLabel}
            </label>
            <p class="field__hint" id={`${id}-options-hint`}>
              {m().optionsHint}
            </p>
            <textarea class="field__input" id={`${id}-options`} rows="6" value={options()} onInput={(event) => setOptions(event.currentTarget.value)} aria-describedby={`${id}-options-hint`} />
          </div>
          <div class="form__actions">
            <button type="submit" class="button button--secondary">
              {m().saveSettings}
            </button>
          </div>
          <Show when={savedSettings()}>
            <p class="notice notice--saved" role="status">
              {m().settlementSaved}
            </p>
          </Show>
        </form>
      </section>
      <Show when={s().phase !== 'closed'}>
        <section class="hearing-panel" aria-labelledby="close-heading">
          <h2 id="close-heading">{m().closeHeading}</h2>
          <p>{m().closeHint}</p>
          <button type="button" class="button button--secondary" onClick={() => void act(() => closeHearing(props.ctx.meetingId))}>
            {m().closeHearing}
          </button>
        </section>
      </Show>
    </div>
  );
}
