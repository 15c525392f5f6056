import type { InferResponseType } from 'hono/client';
import { For, Match, Show, Switch, createResource, createSignal } from 'solid-js';
import { api, request } from '../lib/api.ts';
import { formatDate } from '../lib/i18n.ts';
import type { TerritoryRole } from '../lib/session.ts';
import { ErrorSummary, type FormError, TextField, describeFailure, errorAt, issueFor, looksLikeEmail } from '../sign-in/form.tsx';
import { signInMessages } from '../sign-in/messages.ts';
import { ErrorNotice, Loading, SectionFeedback } from '../ui/status.tsx';
import { AuditLog } from './audit-log.tsx';
import { accountMessages } from './messages.ts';

export type ManagedTerritory = { id: string; slug: string; name: string };
type Member = InferResponseType<(typeof api.api.territories)[':territory']['members']['$get'], 200>['members'][number];

const ROLES: TerritoryRole[] = ['member', 'coordinator'];

type Props = {
  territory: ManagedTerritory;
  /** only admins appoint (and demote) coordinators; coordinators invite and remove members */
  canAppointCoordinators: boolean;
  userId: string;
  /** makes ids unique when the same territory appears twice (admins pick any territory) */
  idPrefix?: string;
};

/** One territory as its coordinator sees it: invite people, their roles, and the recent changes. */
export function TerritoryManagement(props: Props) {
  const m = accountMessages;
  const sectionId = () => `${props.idPrefix ?? 'territory'}-${props.territory.slug}`;
  const titleId = () => `${sectionId()}-title`;
  const [version, setVersion] = createSignal(0);
  const changed = () => setVersion((n) => n + 1);
  return (
    <section id={sectionId()} class="account__section" tabindex="-1" aria-labelledby={titleId()}>
      <h2 id={titleId()}>{m().territory.heading(props.territory.name)}</h2>
      <InviteForm {...props} onChanged={changed} />
      <Members {...props} onChanged={changed} />
      <AuditLog territory={props.territory} version={version()} />
    </section>
  );
}

function InviteForm(props: Props & { onChanged: () => void }) {
  const m = accountMessages;
  const idBase = () => `${props.idPrefix ?? 'territory'}-invite-${props.territory.slug}`;
  const emailId = () => `${idBase()}-email`;
  const [email, setEmail] = createSignal('');
  const [role, setRole] = createSignal<TerritoryRole>('member');
  const [errors, setErrors] = createSignal<FormError[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [created, setCreated] = createSignal<{ email: string; link: string; expiresAt: number } | null>(null);
  const [copyStatus, setCopyStatus] = createSignal('');
  let linkInput: HTMLInputElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const problems: FormError[] = [];
    if (!email().trim()) problems.push({ field: emailId(), message: signInMessages().errors.emailRequired });
    else if (!looksLikeEmail(email())) problems.push({ field: emailId(), message: signInMessages().errors.emailInvalid });
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    setCopyStatus('');
    try {
      const body = await request(
        api.api.territories[':territory'].invitations.$post({
          param: { territory: props.territory.slug },
          json: { email: email().trim(), role: props.canAppointCoordinators ? role() : 'member' },
        }),
      );
      setCreated({ email: body.invitation.email, link: body.link, expiresAt: body.invitation.expiresAt });
      setEmail('');
      props.onChanged();
      linkInput?.focus();
      linkInput?.select();
    } catch (error) {
      if (issueFor(error, 'json.email')) setErrors([{ field: emailId(), message: signInMessages().errors.emailInvalid }]);
      else setErrors([{ message: describeFailure(error) }]);
    } finally {
      setBusy(false);
    }
  };

  const copy = async (link: string) => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyStatus(m().territory.copied);
    } catch {
      linkInput?.select();
      setCopyStatus(m().territory.copyFailed);
    }
  };

  return (
    <div class="account__block">
      <h3>{m().territory.inviteHeading}</h3>
      <p>{m().territory.inviteIntro}</p>
      <ErrorSummary errors={errors()} />
      <form class="form form--inline" novalidate onSubmit={submit}>
        <TextField
          id={emailId()}
          label={m().territory.email}
          type="email"
          autocomplete="off"
          spellcheck={false}
          value={email()}
          onInput={setEmail}
          error={errorAt(errors(), emailId())}
          required
        />
        <Show when={props.canAppointCoordinators}>
          <div class="field">
            <label class="field__label" for={`${idBase()}-role`}>
              {m().territory.role}
            </label>
            <select
              class="field__select"
              id={`${idBase()}-role`}
              value={role()}
              onChange={(event) => setRole(event.currentTarget.value as TerritoryRole)}
            >
              <For each={ROLES}>
                {(option) => (
                  <option value={option} selected={option === role()}>
                    {signInMessages().roles[option]}
                  </option>
                )}
              </For>
            </select>
          </div>
        </Show>
        <div class="form__actions">
          <button type="submit" class="button" disabled={busy()}>
            {busy() ? m().territory.inviting : m().territory.invite}
          </button>
        </div>
      </form>
      <Show when={created()}>
        {(invitation) => (
          <div class="invite-link notice notice--success">
            <div class="field">
              <label class="field__label" for={`${idBase()}-link`}>
                {m().territory.linkLabel(invitation().email)}
              </label>
              <input class="field__input" id={`${idBase()}-link`} type="text" readOnly value={invitation().link} ref={linkInput} />
            </div>
            <p>{m().territory.validUntil(formatDate(invitation().expiresAt, { dateStyle: 'long', timeStyle: 'short' }))}</p>
            <button type="button" class="button" onClick={() => void copy(invitation().link)}>
              {m().territory.copy}
            </button>
          </div>
        )}
      </Show>
      <p class="section-status" role="status">
        {copyStatus()}
      </p>
    </div>
  );
}

function Members(props: Props & { onChanged: () => void }) {
  const m = accountMessages;
  const roles = () => signInMessages().roles;
  const [members, { refetch, mutate }] = createResource(
    () => props.territory.slug,
    async (territory) => (await request(api.api.territories[':territory'].members.$get({ param: { territory } }))).members,
  );
  const [status, setStatus] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const [removing, setRemoving] = createSignal<string | null>(null);

  const act = async (work: () => Promise<void>) => {
    setStatus('');
    setProblem('');
    try {
      await work();
      props.onChanged();
    } catch (error) {
      setProblem(describeFailure(error));
    }
  };

  const saveRole = (member: Member, role: TerritoryRole) =>
    act(async () => {
      await request(
        api.api.territories[':territory'].roles[':userId'].$put({ param: { territory: props.territory.slug, userId: member.userId }, json: { role } }),
      );
      mutate((list) => list?.map((other) => (other.userId === member.userId ? { ...other, role } : other)));
      setStatus(m().territory.saved(member.name));
    });

  const remove = (member: Member) =>
    act(async () => {
      await request(api.api.territories[':territory'].roles[':userId'].$delete({ param: { territory: props.territory.slug, userId: member.userId } }));
      setRemoving(null);
      mutate((list) => list?.filter((other) => other.userId !== member.userId));
      setStatus(m().territory.removed(member.name));
    });

  // Coordinators handle members; a coordinator's role is changed only by an admin, and nobody edits themselves here.
  const editable = (member: Member) => member.userId !== props.userId && (props.canAppointCoordinators || member.role === 'member');

  return (
    <div class="account__block">
      <h3>{m().territory.membersHeading}</h3>
      <Switch>
        <Match when={members.error}>{(error) => <ErrorNotice error={error()} onRetry={() => void refetch()} />}</Match>
        <Match when={members.loading && !members.latest}>
          <Loading label={m().territory.membersLoading} />
        </Match>
        <Match when={members.latest?.length === 0}>
          <p>{m().territory.noMembers}</p>
        </Match>
        <Match when={members.latest}>
          {(list) => (
            <ul class="item-list" role="list">
              <For each={list()}>
                {(member) => (
                  <li class="item-list__item">
                    <div class="item-list__main">
                      <p class="item-list__title">
                        {member.name} <Show when={member.userId === props.userId}>{m().territory.you}</Show>
                      </p>
                      <p class="item-list__meta">{member.email}</p>
                    </div>
                    <Show when={editable(member)} fallback={<span class="badge">{roles()[member.role]}</span>}>
                      <MemberControls
                        member={member}
                        territory={props.territory}
                        idPrefix={props.idPrefix}
                        canAppointCoordinators={props.canAppointCoordinators}
                        confirmingRemoval={removing() === member.userId}
                        onSaveRole={(role) => void saveRole(member, role)}
                        onAskRemove={() => setRemoving(member.userId)}
                        onCancelRemove={() => setRemoving(null)}
                        onRemove={() => void remove(member)}
                      />
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Match>
      </Switch>
      <SectionFeedback status={status()} problem={problem()} />
    </div>
  );
}

type MemberControlsProps = {
  member: Member;
  idPrefix: string | undefined;
  territory: ManagedTerritory;
  canAppointCoordinators: boolean;
  confirmingRemoval: boolean;
  onSaveRole: (role: TerritoryRole) => void;
  onAskRemove: () => void;
  onCancelRemove: () => void;
  onRemove: () => void;
};

function MemberControls(props: MemberControlsProps) {
  const m = accountMessages;
  const roles = () => signInMessages().roles;
  const selectId = () => `role-${props.idPrefix ?? 'territory'}-${props.territory.slug}-${props.member.userId}`;
  const [role, setRole] = createSignal<TerritoryRole>(props.member.role);
  let confirmButton: HTMLButtonElement | undefined;
  let controls!: HTMLDivElement;

  return (
    <div class="member-controls" ref={controls}>
      <Show when={props.canAppointCoordinators} fallback={<span class="badge">{roles()[props.member.role]}</span>}>
        <form
          class="member-controls__role"
          onSubmit={(event) => {
            event.preventDefault();
            props.onSaveRole(role());
          }}
        >
          <label class="visually-hidden" for={selectId()}>
            {m().territory.roleOf(props.member.name)}
          </label>
          <select class="field__select" id={selectId()} value={role()} onChange={(event) => setRole(event.currentTarget.value as TerritoryRole)}>
            <For each={ROLES}>
              {(option) => (
                <option value={option} selected={option === role()}>
                  {roles()[option]}
                </option>
              )}
            </For>
          </select>
          <button type="submit" class="button button--secondary button--small" aria-label={m().territory.saveLabel(props.member.name)}>
            {m().territory.save}
          </button>
        </form>
      </Show>
      <Show
        when={props.confirmingRemoval}
        fallback={
          <button
            type="button"
            class="button button--secondary button--small"
            data-remove
            aria-label={m().territory.removeLabel(props.member.name)}
            onClick={() => {
              props.onAskRemove();
              confirmButton?.focus();
            }}
          >
            {m().territory.remove}
          </button>
        }
      >
        <div class="member-controls__confirm" role="group" aria-label={m().territory.removeLabel(props.member.name)}>
          <p>{m().territory.confirmRemove(props.member.name, props.territory.name)}</p>
          <button type="button" class="button button--danger button--small" ref={confirmButton} onClick={() => props.onRemove()}>
            {m().territory.confirmRemoveButton}
          </button>
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() => {
              props.onCancelRemove();
              controls.querySelector<HTMLButtonElement>('[data-remove]')?.focus();
            }}
          >
            {m().territory.cancel}
          </button>
        </div>
      </Show>
    </div>
  );
}
