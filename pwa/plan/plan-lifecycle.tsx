import { useNavigate } from '@solidjs/router';
import { For, Show, createSignal } from 'solid-js';
import { api, request } from '../lib/api.ts';
import { planMessages } from './messages.ts';
import { describeProblem, offlineProblem, type Problem, ProblemAlert } from './plan-edit.tsx';
import type { PlanStatus } from './plan-data.ts';

const m = planMessages;
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Prague' });

/**
 * The coordinator's controls over the plan's life cycle: the transitions the server allows from this status, and on
 * an approved plan the new version that amending it takes. Approval asks for the steering group's date and resolution.
 */
export function PlanLifecycle(props: { planId: string; status: PlanStatus; allowed: readonly PlanStatus[]; onChanged: () => void }) {
  const navigate = useNavigate();
  const [problem, setProblem] = createSignal<Problem>();
  const [approving, setApproving] = createSignal(false);
  const [busy, setBusy] = createSignal(false);

  async function run(action: () => Promise<unknown>) {
    const offline = offlineProblem();
    if (offline) return setProblem(offline);
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(describeProblem(error));
    } finally {
      setBusy(false);
    }
  }

  const transition = (to: PlanStatus, approval?: { approvedOn: string; resolution: string }) =>
    run(async () => {
      await request(api.api.plans[':id'].transition.$post({ param: { id: props.planId }, json: { to, ...approval } }));
      setApproving(false);
      props.onChanged();
    });

  const newVersion = () =>
    run(async () => {
      const { plan } = await request(api.api.plans[':id'].versions.$post({ param: { id: props.planId } }));
      navigate(`/plany/${plan.id}`);
    });

  function choose(to: PlanStatus) {
    if (to !== 'approved') return void transition(to);
    const offline = offlineProblem();
    if (offline) return setProblem(offline);
    setApproving(true);
  }

  function approve(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    void transition('approved', { approvedOn: String(data.get('approvedOn') ?? ''), resolution: String(data.get('resolution') ?? '') });
  }

  return (
    <section class="overview-section plan-lifecycle" aria-labelledby="plan-lifecycle-title">
      <h2 id="plan-lifecycle-title">{m().coordinatorTools}</h2>
      <p>
        {m().lifecycle}: <strong>{m().status[props.status]}</strong>
      </p>
      <div class="plan-lifecycle__actions">
        <For each={props.allowed}>
          {(to) => (
            <button type="button" class="button button--secondary" disabled={busy()} onClick={() => choose(to)}>
              {m().transition[to]}
            </button>
          )}
        </For>
        <Show when={props.status === 'approved'}>
          <button type="button" class="button" disabled={busy()} onClick={() => void newVersion()}>
            {m().newVersion}
          </button>
        </Show>
      </div>
      <Show when={approving()}>
        <form class="form" onSubmit={approve} aria-label={m().transition.approved} novalidate>
          <div class="field">
            <label class="field__label" for="approve-date">
              {m().approvedOn}
            </label>
            <input class="field__input" id="approve-date" name="approvedOn" type="date" value={today()} required />
          </div>
          <div class="field">
            <label class="field__label" for="approve-resolution">
              {m().resolution}
            </label>
            <input class="field__input" id="approve-resolution" name="resolution" type="text" maxLength={300} required />
          </div>
          <div class="form__actions">
            <button type="submit" class="button" disabled={busy()}>
              {m().approveSubmit}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setApproving(false)}>
              {m().cancel}
            </button>
          </div>
        </form>
      </Show>
      <ProblemAlert problem={problem()} />
    </section>
  );
}
