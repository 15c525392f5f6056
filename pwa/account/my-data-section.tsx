import { useNavigate } from '@solidjs/router';
import { Show, createSignal } from 'solid-js';
import { api, apiErrorFrom, reach } from '../lib/api.ts';
import { forgetSession, pendingChangesOf } from '../lib/session.ts';
import { ErrorSummary, type FormError, TextField, describeFailure, errorAt, issueFor } from '../sign-in/form.tsx';
import { showNotice } from '../sign-in/session-notices.tsx';
import { SectionFeedback } from '../ui/status.tsx';
import { accountMessages } from './messages.ts';

/** Saves a blob under a file name through a temporary link: the one way to name a download made by fetch. */
function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Everything KPSS keeps about the person, as one JSON file (GET /api/account/export). */
export function MyDataSection() {
  const m = accountMessages;
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal('');
  const [problem, setProblem] = createSignal('');

  const download = async () => {
    if (busy()) return;
    setBusy(true);
    setStatus('');
    setProblem('');
    try {
      const response = await reach(() => api.api.account.export.$get());
      if (!response.ok) throw await apiErrorFrom(response);
      saveFile(await response.blob(), m().data.fileName);
      setStatus(m().data.downloaded);
    } catch (error) {
      setProblem(describeFailure(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="my-data" class="account__section" tabindex="-1" aria-labelledby="my-data-title">
      <h2 id="my-data-title">{m().data.heading}</h2>
      <p>{m().data.intro}</p>
      <button type="button" class="button button--secondary" disabled={busy()} onClick={() => void download()}>
        {busy() ? m().data.downloading : m().data.download}
      </button>
      <SectionFeedback status={status()} problem={problem()} />
    </section>
  );
}

/** Two steps: "Smazat účet…" opens the confirmation, which wants the password and an explicit "I understand". */
export function DeleteAccountSection(props: { userId: string }) {
  const m = accountMessages;
  const navigate = useNavigate();
  const passwordId = 'delete-password';
  const understandId = 'delete-understand';
  const [confirming, setConfirming] = createSignal(false);
  const [pending, setPending] = createSignal(0);
  const [password, setPassword] = createSignal('');
  const [understood, setUnderstood] = createSignal(false);
  const [errors, setErrors] = createSignal<FormError[]>([]);
  const [busy, setBusy] = createSignal(false);
  let confirmHeading: HTMLHeadingElement | undefined;
  let startButton: HTMLButtonElement | undefined;

  const start = async () => {
    setPending(await pendingChangesOf(props.userId));
    setConfirming(true);
    confirmHeading?.focus();
  };

  const cancel = () => {
    setConfirming(false);
    setPassword('');
    setUnderstood(false);
    setErrors([]);
    startButton?.focus();
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const problems: FormError[] = [
      ...(password() ? [] : [{ field: passwordId, message: m().deletion.passwordRequired }]),
      ...(understood() ? [] : [{ field: understandId, message: m().deletion.mustUnderstand }]),
    ];
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const response = await reach(() => api.api.account.$delete({ json: { password: password() } }));
      if (!response.ok) throw await apiErrorFrom(response);
      forgetSession();
      showNotice({ kind: 'info', text: m().deletion.deleted });
      navigate('/', { replace: true });
    } catch (error) {
      if (issueFor(error, 'json.password')) setErrors([{ field: passwordId, message: m().deletion.passwordWrong }]);
      else setErrors([{ message: describeFailure(error) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="delete-account" class="account__section account__danger" tabindex="-1" aria-labelledby="delete-title">
      <h2 id="delete-title">{m().deletion.heading}</h2>
      <p>{m().deletion.intro}</p>
      <Show
        when={confirming()}
        fallback={
          <button type="button" class="button button--danger" ref={startButton} onClick={() => void start()}>
            {m().deletion.start}
          </button>
        }
      >
        <h3 tabindex="-1" ref={confirmHeading}>
          {m().deletion.confirmHeading}
        </h3>
        <Show when={pending() > 0}>
          <p class="notice notice--error">{m().deletion.pending(pending())}</p>
        </Show>
        <ErrorSummary errors={errors()} />
        <form class="form" novalidate onSubmit={submit}>
          <TextField
            id={passwordId}
            label={m().deletion.password}
            type="password"
            autocomplete="current-password"
            value={password()}
            onInput={setPassword}
            error={errorAt(errors(), passwordId)}
            required
          />
          <div class="field" classList={{ 'field--error': Boolean(errorAt(errors(), understandId)) }}>
            <Show when={errorAt(errors(), understandId)}>
              {(message) => (
                <p class="field__error" id={`${understandId}-error`}>
                  {message()}
                </p>
              )}
            </Show>
            <label class="checkbox">
              <input
                type="checkbox"
                id={understandId}
                checked={understood()}
                onChange={(event) => setUnderstood(event.currentTarget.checked)}
                aria-describedby={errorAt(errors(), understandId) ? `${understandId}-error` : undefined}
              />
              <span>{m().deletion.understand}</span>
            </label>
          </div>
          <div class="form__actions">
            <button type="submit" class="button button--danger" disabled={busy()}>
              {busy() ? m().deletion.submitting : m().deletion.submit}
            </button>
            <button type="button" class="button button--secondary" onClick={cancel}>
              {m().deletion.cancel}
            </button>
          </div>
        </form>
      </Show>
    </section>
  );
}
