import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { For, Match, Show, Switch, createSignal, createUniqueId } from 'solid-js';
import { MeetingCreateBody } from '../../schema/api/meetings.ts';
import type { GROUP_KINDS, MEETING_KINDS } from '../../schema/enums.ts';
import { type GroupData, fetchGroup, takesPartIn } from '../groups/group-data.ts';
import { fieldErrors } from '../lib/field-errors.ts';
import { pragueTime } from '../../schema/prague-time.ts';
import { currentUser } from '../lib/session.ts';
import { saveChange } from '../lib/sync-runner.ts';
import { newId } from '../lib/uuid.ts';
import { NotFoundMessage } from '../not-found/not-found-page.tsx';
import { signInHref } from '../sign-in/sign-in-page.tsx';
import { StoredGroupPage } from '../../schema/stored/groups.ts';
import { createSnapshotResource } from '../territory/offline-snapshot.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { Loading } from '../ui/status.tsx';
import { meetingMessages } from './messages.ts';
import { groupSnapshotKey } from './people.ts';
import './meetings.css';
import './capture.css';

type MeetingKind = (typeof MEETING_KINDS)[number];
type GroupKind = (typeof GROUP_KINDS)[number];

/** The kinds a group holds; public hearings and round tables are the coordinators' (without a group). */
const GROUP_MEETING_KINDS: MeetingKind[] = ['working_group', 'steering_group', 'coordination', 'public_meeting'];
const DEFAULT_KIND: Record<GroupKind, MeetingKind> = {
  steering: 'steering_group',
  coordination: 'coordination',
  working_thematic: 'working_group',
  working_territorial: 'working_group',
};

/** `/jednani/novy?skupina=:id`: plans a meeting of a group, offline too once the group's page was opened online. */
export function NewMeetingPage() {
  const m = meetingMessages;
  usePageTitle(() => m().newTitle);
  const [search] = useSearchParams<{ skupina?: string }>();
  const groupId = () => (typeof search.skupina === 'string' ? search.skupina : '');
  const [group] = createSnapshotResource(
    () => (groupId() ? groupSnapshotKey(currentUser()?.id ?? null, groupId()) : undefined),
    () => fetchGroup(groupId()),
    StoredGroupPage,
  );

  return (
    <Switch>
      <Match when={!currentUser()}>
        <h1>{m().newTitle}</h1>
        <p>
          {m().signInFirst} <A href={signInHref(`/jednani/novy?skupina=${groupId()}`)}>{m().signIn}</A>
        </p>
      </Match>
      <Match when={!groupId()}>
        <NotFoundMessage title={m().newTitle} text={m().newNoGroup} />
      </Match>
      <Match when={group.error}>
        <NotFoundMessage title={m().newGroupUnknown} text={m().newGroupUnknownText} />
      </Match>
      <Match when={group.latest}>
        {(loaded) => (
          <Show when={takesPartIn(loaded().data, currentUser())} fallback={<NotFoundMessage title={m().newTitle} text={m().newNotAllowed} />}>
            <NewMeetingForm data={loaded().data} />
          </Show>
        )}
      </Match>
      <Match when={group.loading}>
        <Loading />
      </Match>
    </Switch>
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

type Errors = Partial<Record<'title' | 'date' | 'start' | 'end' | 'place' | 'agenda', string>>;

function NewMeetingForm(props: { data: GroupData }) {
  const m = meetingMessages;
  const navigate = useNavigate();
  const id = createUniqueId();
  const group = () => props.data.group;
  const members = () => props.data.members ?? [];
  const [kind, setKind] = createSignal<MeetingKind>(DEFAULT_KIND[group().kind]);
  const [title, setTitle] = createSignal(m().defaultTitle(group().name));
  const [date, setDate] = createSignal('');
  const [start, setStart] = createSignal('');
  const [end, setEnd] = createSignal('');
  const [place, setPlace] = createSignal('');
  const [agenda, setAgenda] = createSignal('');
  const [invite, setInvite] = createSignal(true);
  const [errors, setErrors] = createSignal<Errors>({});
  const [busy, setBusy] = createSignal(false);

  // the rules of schema/api/meetings.ts, which the server applies to the same meeting: nothing it would refuse is queued
  const validate = (): Errors => {
    const startsAt = `${date()}T${start()}`;
    const found: Errors = {};
    const schema = fieldErrors(
      MeetingCreateBody,
      { kind: kind(), title: title(), startsAt, endsAt: end() ? `${date()}T${end()}` : null, place: place() || null, agenda: agendaItems() },
      { title: m().titleRequired },
    );
    found.title = schema.title;
    if (!DATE.test(date())) found.date = m().dateRequired;
    else if (!TIME.test(start())) found.start = m().timeRequired;
    else found.start = schema.startsAt;
    if (!found.date && schema.endsAt) found.end = schema.endsAt;
    else if (end() && start() && end() <= start()) found.end = m().endBeforeStart;
    found.place = schema.place;
    found.agenda = schema.agenda;
    for (const key of Object.keys(found) as (keyof Errors)[]) if (!found[key]) delete found[key];
    return found;
  };
  /** A time that occurs twice (October) is fine, but the coordinator is told which of the two is saved. */
  const repeated = (time: string) => {
    if (!DATE.test(date()) || !TIME.test(time)) return undefined;
    const read = pragueTime(`${date()}T${time}`);
    return read.kind === 'repeated' ? read.offset : undefined;
  };
  const agendaItems = () =>
    agenda()
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    const first = (['title', 'date', 'start', 'end', 'place', 'agenda'] as const).find((field) => found[field]);
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setBusy(true);
    const meetingId = newId();
    // parents first: the outbox sends in this order, and the server needs the meeting before its agenda
    await saveChange({
      entity: 'meeting',
      entityId: meetingId,
      op: 'upsert',
      data: {
        territoryId: group().territoryId,
        groupId: group().id,
        kind: kind(),
        title: title().trim(),
        startsAt: `${date()}T${start()}`,
        endsAt: end() ? `${date()}T${end()}` : null,
        place: place().trim() || null,
        status: 'planned',
      },
    });
    for (const [index, itemTitle] of agendaItems().entries()) {
      await saveChange({ entity: 'agenda_item', entityId: newId(), op: 'upsert', data: { meetingId, title: itemTitle, position: index + 1 } });
    }
    if (invite()) {
      for (const member of members()) {
        await saveChange({
          entity: 'attendance',
          entityId: newId(),
          op: 'upsert',
          data: { meetingId, personId: member.personId, planningRole: member.planningRole, status: 'invited' },
        });
      }
    }
    navigate(`/jednani/${meetingId}`);
  };

  const described = (field: keyof Errors, hint?: string) => {
    const ids = [hint, errors()[field] ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ');
    return { 'aria-describedby': ids || undefined, 'aria-invalid': errors()[field] ? ('true' as const) : undefined };
  };
  const FieldError = (props: { field: keyof Errors }) => (
    <Show when={errors()[props.field]}>
      <p class="capture-field__error" id={`${id}-${props.field}-error`}>
        {errors()[props.field]}
      </p>
    </Show>
  );

  return (
    <section class="capture" aria-labelledby="new-meeting-title">
      <p class="back-link">
        <A href={`/skupiny/${group().id}`}>
          <span aria-hidden="true">←</span> {m().backToGroup(group().name)}
        </A>
      </p>
      <h1 id="new-meeting-title">{m().newTitle}</h1>
      <p>{m().newIntro}</p>
      <Show when={Object.keys(errors()).length > 0}>
        <p class="capture-field__error" role="alert">
          {m().formProblem}
        </p>
      </Show>
      <form class="capture-form" onSubmit={(event) => void submit(event)} novalidate>
        <div class="capture-field">
          <label class="capture-field__label" for={`${id}-kind`}>
            {m().fieldKind}
          </label>
          <select id={`${id}-kind`} class="capture-field__select" value={kind()} onChange={(event) => setKind(event.currentTarget.value as MeetingKind)}>
            <For each={GROUP_MEETING_KINDS}>{(option) => <option value={option}>{m().kind[option]}</option>}</For>
          </select>
        </div>
        <div class="capture-field" classList={{ 'capture-field--error': !!errors().title }}>
          <label class="capture-field__label" for={`${id}-title`}>
            {m().fieldTitle}
          </label>
          <FieldError field="title" />
          <input id={`${id}-title`} class="capture-field__input" value={title()} onInput={(event) => setTitle(event.currentTarget.value)} {...described('title')} />
        </div>
        <div class="capture-field capture-field--narrow" classList={{ 'capture-field--error': !!errors().date }}>
          <label class="capture-field__label" for={`${id}-date`}>
            {m().fieldDate}
          </label>
          <FieldError field="date" />
          <input id={`${id}-date`} type="date" class="capture-field__input" value={date()} onInput={(event) => setDate(event.currentTarget.value)} {...described('date')} />
        </div>
        <div class="capture-field capture-field--narrow" classList={{ 'capture-field--error': !!errors().start }}>
          <label class="capture-field__label" for={`${id}-start`}>
            {m().fieldStart}
          </label>
          <Show when={repeated(start())}>
            {(offset) => (
              <p class="capture-field__hint" id={`${id}-start-hint`} aria-live="polite">
                {m().timeRepeated(offset())}
              </p>
            )}
          </Show>
          <FieldError field="start" />
          <input id={`${id}-start`} type="time" class="capture-field__input" value={start()} onInput={(event) => setStart(event.currentTarget.value)} {...described('start', repeated(start()) ? `${id}-start-hint` : undefined)} />
        </div>
        <div class="capture-field capture-field--narrow" classList={{ 'capture-field--error': !!errors().end }}>
          <label class="capture-field__label" for={`${id}-end`}>
            {m().fieldEnd}
          </label>
          <Show when={repeated(end())}>
            {(offset) => (
              <p class="capture-field__hint" id={`${id}-end-hint`} aria-live="polite">
                {m().timeRepeated(offset())}
              </p>
            )}
          </Show>
          <FieldError field="end" />
          <input id={`${id}-end`} type="time" class="capture-field__input" value={end()} onInput={(event) => setEnd(event.currentTarget.value)} {...described('end', repeated(end()) ? `${id}-end-hint` : undefined)} />
        </div>
        <div class="capture-field" classList={{ 'capture-field--error': !!errors().place }}>
          <label class="capture-field__label" for={`${id}-place`}>
            {m().fieldPlace}
          </label>
          <FieldError field="place" />
          <input id={`${id}-place`} class="capture-field__input" value={place()} onInput={(event) => setPlace(event.currentTarget.value)} {...described('place')} />
        </div>
        <div class="capture-field" classList={{ 'capture-field--error': !!errors().agenda }}>
          <label class="capture-field__label" for={`${id}-agenda`}>
            {m().fieldAgenda}
          </label>
          <p class="capture-field__hint" id={`${id}-agenda-hint`}>
            {m().fieldAgendaHint}
          </p>
          <FieldError field="agenda" />
          <textarea
            id={`${id}-agenda`}
            class="capture-field__textarea"
            rows={5}
            value={agenda()}
            onInput={(event) => setAgenda(event.currentTarget.value)}
            {...described('agenda', `${id}-agenda-hint`)}
          />
        </div>
        <Show when={members().length > 0}>
          <label class="choice choice--block">
            <input type="checkbox" checked={invite()} onChange={(event) => setInvite(event.currentTarget.checked)} />
            <span>{m().fieldInvite}</span>
          </label>
        </Show>
        <p>
          <button type="submit" class="button" disabled={busy()}>
            {m().create}
          </button>
        </p>
      </form>
    </section>
  );
}
