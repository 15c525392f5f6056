import { A, Navigate } from '@solidjs/router';
import { For, Show, createMemo } from 'solid-js';
import { isOnline } from '../lib/online.ts';
import { type SessionUser, currentUser, rolesIn, sessionConfirmed } from '../lib/session.ts';
import { signInMessages } from '../sign-in/messages.ts';
import { signInHref } from '../sign-in/sign-in-page.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { AdminSection } from './admin-section.tsx';
import { accountMessages } from './messages.ts';
import { DeleteAccountSection, MyDataSection } from './my-data-section.tsx';
import { PasswordSection } from './password-section.tsx';
import { SessionsSection, createSessionList } from './sessions-section.tsx';
import { TerritoryManagement } from './territory-management.tsx';
import './account.css';

/** /ucet: who I am and where I have which role; my devices, password and data; what I manage. */
export function AccountPage() {
  const m = accountMessages;
  usePageTitle(() => m().title);
  return (
    <Show when={currentUser()} fallback={<Navigate href={signInHref('/ucet')} />}>
      {(user) => <Account user={user()} />}
    </Show>
  );
}

function Account(props: { user: SessionUser }) {
  const m = accountMessages;
  const sessionList = createSessionList();
  const coordinated = () => rolesIn(props.user, 'coordinator');
  // Keyed by id, not by grant object: a renewed session brings new objects, and the forms in these sections must
  // keep what the person typed.
  const coordinatedIds = createMemo(() => coordinated().map((grant) => grant.territoryId), [], {
    equals: (a, b) => a.length === b.length && a.every((id, index) => id === b[index]),
  });

  const contents = () => [
    ...coordinated().map((grant) => ({ id: `territory-${grant.territorySlug}`, label: m().territory.heading(grant.territoryName) })),
    ...(props.user.isAdmin ? [{ id: 'admin', label: m().admin.heading }] : []),
    { id: 'sessions', label: m().sessions.heading },
    { id: 'password', label: m().password.heading },
    { id: 'my-data', label: m().data.heading },
    { id: 'delete-account', label: m().deletion.heading },
  ];

  return (
    <div class="account">
      <h1>{m().title}</h1>
      <Profile user={props.user} />

      <nav class="account__contents" aria-labelledby="account-contents-title">
        <h2 id="account-contents-title" class="account__contents-title">
          {m().onThisPage}
        </h2>
        <ul>
          <For each={contents()}>
            {(entry) => (
              <li>
                <a href={`#${entry.id}`}>{entry.label}</a>
              </li>
            )}
          </For>
        </ul>
      </nav>

      <For each={coordinatedIds()}>
        {(territoryId) => (
          <Show when={coordinated().find((grant) => grant.territoryId === territoryId)} keyed={false}>
            {(grant) => (
              <TerritoryManagement
                territory={{ id: territoryId, slug: grant().territorySlug, name: grant().territoryName }}
                canAppointCoordinators={props.user.isAdmin}
                userId={props.user.id}
              />
            )}
          </Show>
        )}
      </For>
      <Show when={props.user.isAdmin}>
        <AdminSection userId={props.user.id} />
      </Show>
      <SessionsSection list={sessionList} />
      <PasswordSection email={props.user.email} onChanged={() => void sessionList.refetch()} />
      <MyDataSection />
      <DeleteAccountSection userId={props.user.id} />
    </div>
  );
}

function Profile(props: { user: SessionUser }) {
  const m = accountMessages;
  const roles = () => signInMessages().roles;
  return (
    <section class="account__section account__profile" aria-labelledby="profile-title">
      <h2 id="profile-title">{m().profile.heading}</h2>
      <Show when={!isOnline() || !sessionConfirmed()}>
        <p class="muted">{m().profile.offline}</p>
      </Show>
      <dl class="facts">
        <div>
          <dt>{m().profile.name}</dt>
          <dd>{props.user.name}</dd>
        </div>
        <div>
          <dt>{m().profile.email}</dt>
          <dd>{props.user.email}</dd>
        </div>
      </dl>
      <Show when={props.user.isAdmin}>
        <p>{m().profile.admin}</p>
      </Show>
      <h3>{m().profile.rolesHeading}</h3>
      <Show when={props.user.roles.length > 0} fallback={<p>{m().profile.noRoles}</p>}>
        <ul class="account__roles" role="list">
          <For each={props.user.roles}>
            {(grant) => (
              <li>
                <A href={`/uzemi/${grant.territorySlug}`}>{grant.territoryName}</A>
                <span class="badge">{roles()[grant.role]}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
