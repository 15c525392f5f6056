import { createSignal } from 'solid-js';
import { api, request } from '../lib/api.ts';
import { invitationMessages } from '../invitation/messages.ts';
import { NewPasswordFields, checkNewPassword, newPasswordIds } from '../invitation/new-password.tsx';
import { ErrorSummary, type FormError, TextField, describeFailure, errorAt, issueFor } from '../sign-in/form.tsx';
import { accountMessages } from './messages.ts';

/** A new password ends every other session on the server; the device list is refreshed to show it. */
export function PasswordSection(props: { email: string; onChanged: () => void }) {
  const m = accountMessages;
  const currentId = 'password-current';
  const newIds = newPasswordIds('password-new');
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [confirm, setConfirm] = createSignal('');
  const [errors, setErrors] = createSignal<FormError[]>([]);
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setStatus('');
    const problems: FormError[] = [
      ...(current() ? [] : [{ field: currentId, message: m().password.currentRequired }]),
      ...checkNewPassword('password-new', next(), confirm()),
    ];
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      await request(api.api.auth.password.$post({ json: { currentPassword: current(), newPassword: next() } }));
      setCurrent('');
      setNext('');
      setConfirm('');
      setStatus(m().password.done);
      props.onChanged();
    } catch (error) {
      if (issueFor(error, 'json.currentPassword')) setErrors([{ field: currentId, message: m().password.currentWrong }]);
      else if (issueFor(error, 'json.newPassword')) setErrors([{ field: newIds.password, message: invitationMessages().passwordTooShort }]);
      else setErrors([{ message: describeFailure(error) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="password" class="account__section" tabindex="-1" aria-labelledby="password-title">
      <h2 id="password-title">{m().password.heading}</h2>
      <ErrorSummary errors={errors()} />
      <form class="form" novalidate onSubmit={submit}>
        {/* Password managers file the new password under this account's name. */}
        <input type="email" name="username" autocomplete="username" value={props.email} readOnly hidden />
        <TextField
          id={currentId}
          label={m().password.current}
          type="password"
          autocomplete="current-password"
          value={current()}
          onInput={setCurrent}
          error={errorAt(errors(), currentId)}
          required
        />
        <NewPasswordFields
          idPrefix="password-new"
          label={m().password.new}
          password={next()}
          confirm={confirm()}
          onPassword={setNext}
          onConfirm={setConfirm}
          errors={errors()}
        />
        <div class="form__actions">
          <button type="submit" class="button" disabled={busy()}>
            {busy() ? m().password.submitting : m().password.submit}
          </button>
        </div>
      </form>
      <p class="section-status" role="status">
        {status()}
      </p>
    </section>
  );
}
