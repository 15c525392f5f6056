import { A, useParams } from '@solidjs/router';
import { For, Match, Show, Switch, createResource, createSignal, onCleanup, onMount } from 'solid-js';
import type { HearingState, PublicHearing } from '../../schema/api/hearings.ts';
import { loadPublicHearing, publicPusher } from '../hearing-public/hearing-api.ts';
import { WaitingPanel } from '../hearing-public/waiting-panel.tsx';
import { ApiError } from '../lib/api.ts';
import { formatDate } from '../lib/i18n.ts';
import { isOnline } from '../lib/online.ts';
import { publicCounts, publicSyncVersion, startPublicSync } from '../lib/public-sync.ts';
import { LanguageSwitch } from '../ui/language-switch.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { ReloadPrompt } from '../ui/reload-prompt.tsx';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { AgendaView, TabletComment } from './agenda-view.tsx';
import { hearingState, openHearing } from './coordinator-api.ts';
import { KioskView } from './kiosk-view.tsx';
import { hearingMessages } from './messages.ts';
import { ModerationView } from './moderation-view.tsx';
import { VotingView } from './voting-view.tsx';
import '../meetings/meetings.css';
import '../hearing-public/hearing-public.css';
import './hearing.css';

const REFRESH_MS = 5_000;
const VIEWS = ['agenda', 'kiosk', 'comment', 'voting', 'moderation'] as const;
export type View = (typeof VIEWS)[number];

/** What every view of hearing mode gets: the coordinator's state, the public page (for the forms), and a refresh. */
export type HearingContext = {
  meetingId: string;
  state: () => HearingState;
  setState: (state: HearingState) => void;
  pub: () => PublicHearing | undefined;
  refresh: () => void;
};

/**
 * Hearing mode: the coordinator's tablet in the hall, full screen with large type, outside the site's layout. The
 * room's sign-ins, comments and votes typed here go out through the hearing's public push (they are the attendees',
 * not the coordinator's), queued in the outbox when the Wi-Fi drops.
 */
export function HearingModePage() {
  const m = hearingMessages;
  const params = useParams<{ id: string }>();
  const [opened] = createResource(() => params.id, openHearing);
  const refusedWith = (statuses: number[]) => opened.error instanceof ApiError && statuses.includes(opened.error.status);

  return (
    <div class="hearing-mode">
      <Switch>
        <Match when={refusedWith([401, 403])}>
          <Refused meetingId={params.id} text={m().notAllowed} />
        </Match>
        <Match when={refusedWith([400, 404, 409])}>
          <Refused meetingId={params.id} text={m().notHearing} />
        </Match>
        <Match when={opened.error}>
          <main class="hearing-main" id="main">
            <h1>{m().enter}</h1>
            <ErrorNotice error={opened.error} />
          </main>
        </Match>
        <Match when={opened()}>{(first) => <HearingMode meetingId={params.id} initial={first().state} />}</Match>
        <Match when={true}>
          <main class="hearing-main" id="main">
            <Loading label={m().loading} />
          </main>
        </Match>
      </Switch>
      <ReloadPrompt />
    </div>
  );
}

function Refused(props: { meetingId: string; text: string }) {
  const m = hearingMessages;
  return (
    <main class="hearing-main" id="main">
      <h1>{m().enter}</h1>
      <p class="notice notice--error">{props.text}</p>
      <A href={`/jednani/${props.meetingId}`}>{m().backToMeeting}</A>
    </main>
  );
}

function HearingMode(props: { meetingId: string; initial: HearingState }) {
  const m = hearingMessages;
  const [state, setState] = createSignal(props.initial);
  const [view, setView] = createSignal<View>('agenda');
  const [kiosk, setKiosk] = createSignal(false);
  usePageTitle(() => `${m().enter}: ${state().title}`);
  const code = () => state().code;
  const [pub, { refetch: refetchPub }] = createResource(
    () => (code() ? { code: code()!, version: publicSyncVersion() } : undefined),
    ({ code }) => loadPublicHearing(code).then((loaded) => loaded.hearing),
  );

  const refresh = () => {
    if (!navigator.onLine) return;
    hearingState(props.meetingId).then(setState, () => undefined);
    void refetchPub();
  };

  onMount(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, REFRESH_MS);
    onCleanup(() => clearInterval(timer));
  });

  // the public push starts once the code is known (the first open makes it)
  let stopSync: (() => void) | null = null;
  const startSync = (value: string | null) => {
    if (!value || stopSync) return;
    stopSync = startPublicSync(value, publicPusher(value));
  };
  startSync(code());
  onCleanup(() => stopSync?.());

  const ctx: HearingContext = { meetingId: props.meetingId, state, setState, pub: () => pub.latest, refresh };

  return (
    <Show
      when={!kiosk()}
      fallback={<KioskView ctx={ctx} onExit={() => setKiosk(false)} />}
    >
      <header class="hearing-bar">
        <div class="hearing-bar__title">
          <p class="hearing-bar__mode">{m().enter}</p>
          <p class="hearing-bar__name">{state().title}</p>
        </div>
        <Clock />
        <p class="hearing-bar__figure">
          <span class="hearing-bar__label">{m().signedIn}</span>
          <span class="hearing-bar__value" data-testid="signed-in-count">
            {m().signedInCount(state().signedInCount)}
          </span>
        </p>
        <Show when={publicCounts().waiting > 0}>
          <p class="hearing-bar__figure hearing-bar__figure--waiting">
            <span class="hearing-bar__label">{m().waitingHeading}</span>
            <span class="hearing-bar__value">{publicCounts().waiting}</span>
          </p>
        </Show>
        <div class="hearing-bar__tools">
          <LanguageSwitch />
          <A class="button button--secondary" href={`/jednani/${props.meetingId}`}>
            {m().backToMeeting}
          </A>
        </div>
      </header>
      <Show when={!isOnline()}>
        <p class="notice notice--error hearing-offline" role="status">
          {m().offline}
        </p>
      </Show>
      <nav class="hearing-tabs" aria-label={m().views}>
        <For each={VIEWS}>
          {(name) => (
            <button
              type="button"
              class="hearing-tab"
              aria-pressed={view() === name}
              onClick={() => (name === 'kiosk' ? setKiosk(true) : setView(name))}
            >
              {m().viewNames[name]}
            </button>
          )}
        </For>
      </nav>
      <main class="hearing-main" id="main" tabindex="-1">
        <h1 class="sr-only">{`${m().viewNames[view()]}: ${state().title}`}</h1>
        <Switch>
          <Match when={view() === 'agenda'}>
            <AgendaView ctx={ctx} />
          </Match>
          <Match when={view() === 'comment'}>
            <TabletComment ctx={ctx} />
          </Match>
          <Match when={view() === 'voting'}>
            <VotingView ctx={ctx} />
          </Match>
          <Match when={view() === 'moderation'}>
            <ModerationView ctx={ctx} />
          </Match>
        </Switch>
        <WaitingPanel />
        <p class="hearing-links">
          <A href={`/jednani/${props.meetingId}/vyporadani`}>{m().settlementLink}</A>
          <A href={`/jednani/${props.meetingId}/zprava`}>{m().reportLink}</A>
        </p>
      </main>
    </Show>
  );
}

/** The hall's clock, in the minute: the room keeps to time by it. */
function Clock() {
  const m = hearingMessages;
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 10_000);
  onCleanup(() => clearInterval(timer));
  return (
    <p class="hearing-bar__figure">
      <span class="hearing-bar__label">{m().clock}</span>
      <time class="hearing-bar__value hearing-bar__clock" datetime={new Date(now()).toISOString()}>
        {formatDate(now(), { hour: '2-digit', minute: '2-digit' })}
      </time>
    </p>
  );
}
