import { A, useParams } from '@solidjs/router';
import type { InferResponseType } from 'hono/client';
import { For, Match, Show, Switch, createResource, createSignal } from 'solid-js';
import { ApiError, api, apiErrorFrom, reach, request } from '../lib/api.ts';
import { formatDate } from '../lib/i18n.ts';
import { type SessionUser, currentUser, sessionExpired, updateSessionUser } from '../lib/session.ts';
import { ErrorSummary, type FormError, TextField, describeFailure, errorAt, issueFor } from '../sign-in/form.tsx';
import { signInMessages } from '../sign-in/messages.ts';
import { requestSignOut } from '../sign-in/session-notices.tsx';
import { signInHref } from '../sign-in/sign-in-page.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { invitationMessages } from './messages.ts';
import { NewPasswordFields, checkNewPassword, newPasswordIds } from './new-password.tsx';
import './invitation.css';

type Invitation = InferResponseType<(typeof api.api.invitations)[':token']['$get'], 200>['invitation'];

const fetchInvitation = async (token: string) =>
  (await request(api.api.invitations[':token'].$get({ param: { token } }))).invitation;

/** A malformed token (400) names no invitation either: to the reader both are "not found". */
const isUnknown = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 400);
const isGone = (error: unknown) => error instanceof ApiError && error.status === 410;

/** /pozvanka/:token — the link a coordinator hands over: see the invitation, then accept it. */
export function InvitationPage() {
  const m = invitationMessages;
  const params = useParams<{ token: string }>();
  const [invitation, { refetch }] = createResource(() => params.token, fetchInvitation);
  /** set when accepting finds the invitation used meanwhile (someone accepted it a moment earlier) */
  const [goneMeanwhile, setGoneMeanwhile] = createSignal(false);
  const [accepted, setAccepted] = createSignal<SessionUser | null>(null);

  return (
    <section class="invitation">
      <Switch>
        <Match when={accepted()}>{(user) => <Accepted user={user()} invitation={invitation()} />}</Match>
        <Match when={goneMeanwhile() || isGone(invitation.error)}>
          <Gone />
        </Match>
        <Match when={isUnknown(invitation.error)}>
          <PageMessage title={m().notFoundTitle} text={m().notFoundText} />
        </Match>
        <Match when={invitation.error}>
          {(error) => (
            <>
              <h1>{m().notFoundTitle}</h1>
              <ErrorNotice error={error()} onRetry={() => void refetch()} />
            </>
          )}
        </Match>
        <Match when={invitation.loading}>
          <Loading label={m().loading} />
        </Match>
        <Match when={invitation()}>
          {(loaded) => (
            <OpenInvitation
              token={params.token}
              invitation={loaded()}
              onAccepted={setAccepted}
              onGone={() => setGoneMeanwhile(true)}
            />
          )}
        </Match>
      </Switch>
    </section>
  );
}

function PageMessage(props: { title: string; text: string }) {
  usePageTitle(() => props.title);
  return (
    <>
      <h1>{props.title}</h1>
      <p>{props.text}</p>
      <p>
        <A href="/" class="button button--secondary">
          {invitationMessages().home}
        </A>
      </p>
    </>
  );
}

function Gone() {
  const m = invitationMessages;
  usePageTitle(() => m().goneTitle);
  return (
    <>
      <h1>{m().goneTitle}</h1>
      <div class="notice notice--error" role="alert">
        <p>{m().goneText}</p>
      </div>
      <p class="form__actions invitation__actions">
        <Show when={!currentUser()}>
          <A href={signInHref('/ucet')} class="button">
            {m().signIn}
          </A>
        </Show>
        <A href="/" class="button button--secondary">
          {m().home}
        </A>
      </p>
    </>
  );
}

type OpenInvitationProps = {
  token: string;
  invitation: Invitation;
  onAccepted: (user: SessionUser) => void;
  onGone: () => void;
};

function OpenInvitation(props: OpenInvitationProps) {
  const m = invitationMessages;
  const roles = () => signInMessages().roles;
  usePageTitle(() => m().title(props.invitation.territoryName));
  const signedIn = () => (sessionExpired() ? null : currentUser());

  return (
    <>
      <h1>{m().title(props.invitation.territoryName)}</h1>
      <p>{m().intro}</p>
      <dl class="invitation__facts">
        <div>
          <dt>{m().territory}</dt>
          <dd>{props.invitation.territoryName}</dd>
        </div>
        <div>
          <dt>{m().role}</dt>
          <dd>{roles()[props.invitation.role]}</dd>
        </div>
        <div>
          <dt>{m().email}</dt>
          <dd>{props.invitation.email}</dd>
        </div>
        <div>
          <dt>{m().validUntil}</dt>
          <dd>{formatDate(props.invitation.expiresAt, { dateStyle: 'long', timeStyle: 'short' })}</dd>
        </div>
      </dl>

      <Switch>
        <Match when={signedIn()?.email === props.invitation.email ? signedIn() : undefined}>
          {(user) => <AcceptAsSignedIn {...props} user={user()} />}
        </Match>
        <Match when={signedIn()}>
          {(user) => (
            <div class="notice notice--info">
              <p>{m().signedInAs(user().name, user().email)}</p>
              <p>{m().wrongAccount(props.invitation.email)}</p>
              <button type="button" class="button" onClick={() => void requestSignOut()}>
                {m().signOut}
              </button>
            </div>
          )}
        </Match>
        <Match when={props.invitation.hasAccount}>
          <SignInFirst token={props.token} email={props.invitation.email} />
        </Match>
        <Match when={true}>
          <NewAccountForm {...props} />
        </Match>
      </Switch>
    </>
  );
}

function SignInFirst(props: { token: string; email: string }) {
  const m = invitationMessages;
  return (
    <section class="invitation__step" aria-labelledby="sign-in-first-title">
      <h2 id="sign-in-first-title">{m().signInFirstTitle}</h2>
      <p>{m().signInFirst(props.email)}</p>
      <A href={signInHref(`/pozvanka/${props.token}`)} state={{ email: props.email }} class="button">
        {m().signIn}
      </A>
    </section>
  );
}

/** POST accept; a 410 means someone used the link a moment ago (or it just expired). */
async function accept(token: string, body: { name?: string; password?: string }): Promise<SessionUser> {
  const response = await reach(() => api.api.invitations[':token'].accept.$post({ param: { token }, json: body }));
  if (!response.ok) throw await apiErrorFrom(response);
  const { user } = (await response.json()) as { user: SessionUser };
  return user;
}

function AcceptAsSignedIn(props: OpenInvitationProps & { user: SessionUser }) {
  const m = invitationMessages;
  const [errors, setErrors] = createSignal<FormError[]>([]);
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setBusy(true);
    try {
      const user = await accept(props.token, {});
      updateSessionUser(user);
      props.onAccepted(user);
    } catch (error) {
      if (isGone(error)) props.onGone();
      else setErrors([{ message: describeFailure(error) }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ErrorSummary errors={errors()} />
      <form class="invitation__step" novalidate onSubmit={submit}>
        <p>{m().signedInAs(props.user.name, props.user.email)}</p>
        <button type="submit" class="button" disabled={busy()}>
          {busy() ? m().accepting : m().accept}
        </button>
      </form>
    </>
  );
}

function NewAccountForm(props: OpenInvitationProps) {
  const m = invitationMessages;
  const nameId = 'invitation-name';
  const passwordIds = newPasswordIds('invitation');
  const [name, setName] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [confirm, setConfirm] = createSignal('');
  const [errors, setErrors] = createSignal<FormError[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [existingAccount, setExistingAccount] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const problems: FormError[] = [
      ...(name().trim() ? [] : [{ field: nameId, message: m().nameRequired }]),
      ...checkNewPassword('invitation', password(), confirm()),
    ];
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const user = await accept(props.token, { name: name().trim(), password: password() });
      updateSessionUser(user);
      props.onAccepted(user);
    } catch (error) {
      if (isGone(error)) props.onGone();
      else if (error instanceof ApiError && error.code === 'sign_in_first') setExistingAccount(true);
      else if (issueFor(error, 'json.name') || issueFor(error, 'json.password')) {
        setErrors([
          ...(issueFor(error, 'json.name') ? [{ field: nameId, message: m().nameRequired }] : []),
          ...(issueFor(error, 'json.password') ? [{ field: passwordIds.password, message: m().passwordTooShort }] : []),
        ]);
      } else setErrors([{ message: describeFailure(error) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Show when={!existingAccount()} fallback={<SignInFirst token={props.token} email={props.invitation.email} />}>
      <section class="invitation__step" aria-labelledby="new-account-title">
        <h2 id="new-account-title">{m().newAccountTitle}</h2>
        <p>{m().newAccountIntro}</p>
        <ErrorSummary errors={errors()} />
        <form class="form" novalidate onSubmit={submit}>
          {/* The e-mail is fixed by the invitation; shown as a field so password managers save it with the password. */}
          <TextField id="invitation-email" label={m().accountEmail} type="email" autocomplete="username" value={props.invitation.email} onInput={() => {}} readOnly />
          <TextField id={nameId} label={m().name} autocomplete="name" value={name()} onInput={setName} error={errorAt(errors(), nameId)} required />
          <NewPasswordFields
            idPrefix="invitation"
            label={m().password}
            password={password()}
            confirm={confirm()}
            onPassword={setPassword}
            onConfirm={setConfirm}
            errors={errors()}
          />
          <div class="form__actions">
            <button type="submit" class="button" disabled={busy()}>
              {busy() ? m().creating : m().create}
            </button>
          </div>
        </form>
      </section>
    </Show>
  );
}

function Accepted(props: { user: SessionUser; invitation: Invitation | undefined }) {
  const m = invitationMessages;
  const roles = () => signInMessages().roles;
  usePageTitle(() => m().acceptedTitle);
  return (
    <>
      <h1>{m().acceptedTitle}</h1>
      <div class="notice notice--success" role="status">
        <p>{m().welcome(props.user.name)}</p>
      </div>
      <h2>{m().yourRoles}</h2>
      <ul class="invitation__roles">
        <For each={props.user.roles}>{(grant) => <li>{m().roleIn(roles()[grant.role], grant.territoryName)}</li>}</For>
      </ul>
      <p class="form__actions">
        <Show when={props.invitation}>
          {(invitation) => (
            <A href={`/uzemi/${invitation().territorySlug}`} class="button">
              {m().toTerritory(invitation().territoryName)}
            </A>
          )}
        </Show>
        <A href="/ucet" class="button button--secondary">
          {m().toAccount}
        </A>
      </p>
    </>
  );
}
