import type { InferResponseType } from 'hono/client';
import { For, Match, Show, Switch, createResource, createSignal } from 'solid-js';
import { api, request } from '../lib/api.ts';
import { formatDate } from '../lib/i18n.ts';
import { forgetSession } from '../lib/session.ts';
import { describeFailure } from '../sign-in/form.tsx';
import { ErrorNotice, Loading, SectionFeedback } from '../ui/status.tsx';
import { accountMessages } from './messages.ts';
import { describeDevice } from './user-agent.ts';

type DeviceSession = InferResponseType<typeof api.api.auth.sessions.$get, 200>['sessions'][number];

const fetchSessions = async () => {
  const { sessions } = await request(api.api.auth.sessions.$get());
  // This device first, then the most recently used.
  return [...sessions].sort((a, b) => Number(b.current) - Number(a.current) || b.lastUsedAt - a.lastUsedAt);
};

/** The account page's list of the person's sessions; the password form refreshes it (other devices end). */
export function createSessionList() {
  const [sessions, { refetch, mutate }] = createResource(fetchSessions);
  return { sessions, refetch, mutate };
}
export type SessionList = ReturnType<typeof createSessionList>;

const at = (ms: number) => formatDate(ms, { dateStyle: 'medium', timeStyle: 'short' });

export function SessionsSection(props: { list: SessionList }) {
  const m = accountMessages;
  const [status, setStatus] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const { sessions, refetch, mutate } = props.list;

  const deviceName = (session: DeviceSession) => {
    const { browser, system } = describeDevice(session.userAgent);
    if (browser && system) return m().sessions.device(browser, system);
    return browser ?? system ?? m().sessions.unknownDevice;
  };

  const revoke = async (session: DeviceSession) => {
    setStatus('');
    setProblem('');
    try {
      await request(api.api.auth.sessions[':sessionId'].$delete({ param: { sessionId: session.id } }));
      if (session.current) {
        forgetSession();
        return;
      }
      mutate((list) => list?.filter((other) => other.id !== session.id));
      setStatus(m().sessions.revoked);
    } catch (error) {
      setProblem(describeFailure(error));
    }
  };

  return (
    <section id="sessions" class="account__section" tabindex="-1" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{m().sessions.heading}</h2>
      <p>{m().sessions.intro}</p>
      <Switch>
        <Match when={sessions.error}>{(error) => <ErrorNotice error={error()} onRetry={() => void refetch()} />}</Match>
        <Match when={sessions.loading && !sessions.latest}>
          <Loading label={m().sessions.loading} />
        </Match>
        <Match when={sessions.latest}>
          {(list) => (
            <ul class="item-list" role="list">
              <For each={list()}>
                {(session) => (
                  <li class="item-list__item">
                    <div class="item-list__main">
                      <p class="item-list__title">
                        {deviceName(session)}
                        <Show when={session.current}>
                          <span class="badge">{m().sessions.thisDevice}</span>
                        </Show>
                      </p>
                      <p class="item-list__meta">
                        {m().sessions.lastUsed(at(session.lastUsedAt))}
                        <br />
                        {m().sessions.signedInAt(at(session.createdAt))}
                      </p>
                    </div>
                    <Show when={!session.current}>
                      <button
                        type="button"
                        class="button button--secondary button--small"
                        aria-label={m().sessions.revokeLabel(deviceName(session))}
                        onClick={() => void revoke(session)}
                      >
                        {m().sessions.revoke}
                      </button>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Match>
      </Switch>
      <SectionFeedback status={status()} problem={problem()} />
    </section>
  );
}
