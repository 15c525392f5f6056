import { createSignal } from 'solid-js';
import { type SessionUser } from '../lib/session.ts';
import { signIn } from '../lib/sign-in-out.ts';
import { ErrorSummary, type FormError, TextField, describeFailure, errorAt, issueFor, looksLikeEmail } from './form.tsx';
import { signInMessages } from './messages.ts';

type SignInFormProps = {
  /** prefix of the input ids, so the page and the "sign in again" dialog never share one */
  idPrefix: string;
  initialEmail?: string;
  onSignedIn: (user: SessionUser) => void;
};

/**
 * E-mail and password. The API answers one message for an unknown e-mail and a wrong password, and so does this
 * form: nobody learns here which accounts exist.
 */
export function SignInForm(props: SignInFormProps) {
  const m = signInMessages;
  const emailId = `${props.idPrefix}-email`;
  const passwordId = `${props.idPrefix}-password`;
  const [email, setEmail] = createSignal(props.initialEmail ?? '');
  const [password, setPassword] = createSignal('');
  const [errors, setErrors] = createSignal<FormError[]>([]);
  const [submitting, setSubmitting] = createSignal(false);

  const check = (): FormError[] => {
    const found: FormError[] = [];
    if (!email().trim()) found.push({ field: emailId, message: m().errors.emailRequired });
    else if (!looksLikeEmail(email())) found.push({ field: emailId, message: m().errors.emailInvalid });
    if (!password()) found.push({ field: passwordId, message: m().errors.passwordRequired });
    return found;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (submitting()) return;
    const problems = check();
    setErrors(problems);
    if (problems.length > 0) return;
    setSubmitting(true);
    try {
      const user = await signIn(email().trim(), password());
      setPassword('');
      props.onSignedIn(user);
    } catch (error) {
      const emailIssue = issueFor(error, 'json.email');
      const passwordIssue = issueFor(error, 'json.password');
      if (emailIssue || passwordIssue) {
        setErrors([
          ...(emailIssue ? [{ field: emailId, message: m().errors.emailInvalid }] : []),
          ...(passwordIssue ? [{ field: passwordId, message: m().errors.passwordRequired }] : []),
        ]);
      } else {
        // Not about one field: listed in the summary, leading to the first field to check.
        setErrors([{ field: emailId, message: describeFailure(error), summaryOnly: true }]);
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={errors()} />
      <form class="form" novalidate onSubmit={submit}>
        <TextField
          id={emailId}
          label={m().page.email}
          type="email"
          autocomplete="email"
          spellcheck={false}
          value={email()}
          onInput={setEmail}
          error={errorAt(errors(), emailId)}
          required
        />
        <TextField
          id={passwordId}
          label={m().page.password}
          type="password"
          autocomplete="current-password"
          value={password()}
          onInput={setPassword}
          error={errorAt(errors(), passwordId)}
          required
        />
        <div class="form__actions">
          <button type="submit" class="button" disabled={submitting()} aria-disabled={submitting()}>
            {submitting() ? m().page.submitting : m().page.submit}
          </button>
        </div>
      </form>
    </>
  );
}
