import { A } from '@solidjs/router';
import type { InferResponseType } from 'hono/client';
import { For, Match, Show, Switch, createMemo, createResource, createSignal } from 'solid-js';
import { api, request } from '../lib/api.ts';
import { compareCzechNames } from '../lib/i18n.ts';
import { describeFailure } from '../sign-in/form.tsx';
import { ErrorNotice, Loading, SectionFeedback } from '../ui/status.tsx';
import { accountMessages } from './messages.ts';
import { TerritoryManagement } from './territory-management.tsx';

type AdminUser = InferResponseType<typeof api.api.admin.users.$get, 200>['users'][number];

/** Admins: every account (make admin, disable), and any territory's people and roles, coordinators included. */
export function AdminSection(props: { userId: string }) {
  const m = accountMessages;
  return (
    <section id="admin" class="account__section" tabindex="-1" aria-labelledby="admin-title">
      <h2 id="admin-title">{m().admin.heading}</h2>
      <ul>
        <li>
          <A href="/sprava/uzemi">{m().admin.geography}</A>
        </li>
        <li>
          <A href="/sprava/kody-registru">{m().admin.registryCodes}</A>
        </li>
      </ul>
      <Users userId={props.userId} />
      <AnyTerritory userId={props.userId} />
    </section>
  );
}

function Users(props: { userId: string }) {
  const m = accountMessages;
  const [users, { refetch, mutate }] = createResource(async () => (await request(api.api.admin.users.$get())).users);
  const [status, setStatus] = createSignal('');
  const [problem, setProblem] = createSignal('');

  const change = async (user: AdminUser, changes: { isAdmin?: boolean; disabled?: boolean }) => {
    setStatus('');
    setProblem('');
    try {
      await request(api.api.admin.users[':userId'].$patch({ param: { userId: user.id }, json: changes }));
      mutate((list) =>
        list?.map((other) =>
          other.id === user.id
            ? {
                ...other,
                ...(changes.isAdmin === undefined ? {} : { isAdmin: changes.isAdmin }),
                ...(changes.disabled === undefined ? {} : { disabledAt: changes.disabled ? Date.now() : null }),
              }
            : other,
        ),
      );
      setStatus(m().admin.updated(user.name));
    } catch (error) {
      setProblem(describeFailure(error));
    }
  };

  const action = (label: string, user: AdminUser, changes: { isAdmin?: boolean; disabled?: boolean }) => (
    <button
      type="button"
      class="button button--secondary button--small"
      aria-label={m().admin.actionLabel(label, user.name)}
      onClick={() => void change(user, changes)}
    >
      {label}
    </button>
  );

  return (
    <div class="account__block">
      <h3>{m().admin.usersHeading}</h3>
      <Switch>
        <Match when={users.error}>{(error) => <ErrorNotice error={error()} onRetry={() => void refetch()} />}</Match>
        <Match when={users.loading && !users.latest}>
          <Loading label={m().admin.usersLoading} />
        </Match>
        <Match when={users.latest}>
          {(list) => (
            <ul class="item-list" role="list">
              <For each={list()}>
                {(user) => (
                  <li class="item-list__item">
                    <div class="item-list__main">
                      <p class="item-list__title">
                        {user.name}
                        <Show when={user.isAdmin}>
                          <span class="badge">{m().admin.adminBadge}</span>
                        </Show>
                        <Show when={user.disabledAt}>
                          <span class="badge badge--warning">{m().admin.disabledBadge}</span>
                        </Show>
                      </p>
                      <p class="item-list__meta">{user.email}</p>
                    </div>
                    <Show when={user.id !== props.userId}>
                      <div class="member-controls">
                        {user.isAdmin
                          ? action(m().admin.removeAdmin, user, { isAdmin: false })
                          : action(m().admin.makeAdmin, user, { isAdmin: true })}
                        {user.disabledAt ? action(m().admin.enable, user, { disabled: false }) : action(m().admin.disable, user, { disabled: true })}
                      </div>
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

function AnyTerritory(props: { userId: string }) {
  const m = accountMessages;
  const [territories, { refetch }] = createResource(async () => (await request(api.api.territories.$get({ query: {} }))).territories);
  const sorted = createMemo(() => [...(territories.latest ?? [])].sort((a, b) => compareCzechNames(a.name, b.name)));
  const [chosen, setChosen] = createSignal('');
  const territory = () => sorted().find((candidate) => candidate.slug === chosen());

  return (
    <div class="account__block">
      <h3>{m().admin.territoriesHeading}</h3>
      <Show when={!territories.error} fallback={<ErrorNotice error={territories.error} onRetry={() => void refetch()} />}>
        <div class="field">
          <label class="field__label" for="admin-territory">
            {m().admin.territory}
          </label>
          <select class="field__select" id="admin-territory" onChange={(event) => setChosen(event.currentTarget.value)}>
            <option value="">{m().admin.pickTerritory}</option>
            <For each={sorted()}>{(option) => <option value={option.slug}>{option.name}</option>}</For>
          </select>
        </div>
      </Show>
      <Show when={territory()} keyed>
        {(picked) => (
          <div class="account__nested">
            <TerritoryManagement territory={{ id: picked.id, slug: picked.slug, name: picked.name }} canAppointCoordinators userId={props.userId} idPrefix="admin-territory" />
          </div>
        )}
      </Show>
    </div>
  );
}
