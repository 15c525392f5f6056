import { For, Show, createSignal, createUniqueId } from 'solid-js';
import { AttendanceFields } from '../../schema/api/meetings.ts';
import { type FieldErrors, fieldErrors } from '../lib/field-errors.ts';
import { saveChange, wasChangedHere } from '../lib/sync-runner.ts';
import { newId } from '../lib/uuid.ts';
import { FieldError, invalidProps } from './field-error.tsx';
import { ItemStateLabel } from './item-state.tsx';
import type { ItemState, MeetingView } from './meeting-data.ts';
import { meetingMessages } from './messages.ts';
import type { MeetingPeople, Person } from './people.ts';

const MARKS = ['present', 'excused', 'absent'] as const;
type Mark = (typeof MARKS)[number];

/** Where a line stands, unless it is simply on the server and nobody changed it here. */
const shownState = (line: { rowId: string | null; state: ItemState | null } | undefined) =>
  line?.state && (line.state !== 'synced' || (line.rowId !== null && wasChangedHere(line.rowId))) ? line.state : null;

type Line = { key: string; rowId: string | null; person: Person | null; name: string; organization: string | null; status: string; state: ItemState | null };

/** The attendance sheet: each person on it marked present, excused or absent; guests added by name. */
export function AttendanceSection(props: { view: () => MeetingView; people: () => MeetingPeople }) {
  const m = meetingMessages;
  const memberOf = (personId: string | null) => (personId ? props.people().members.find((member) => member.personId === personId) : undefined);

  const lines = (): Line[] => {
    const rows = props.view().attendance;
    const onSheet: Line[] = rows.map((row) => {
      const known = props.people().byAttendance[row.id];
      const member = memberOf(row.personId);
      return {
        key: row.id,
        rowId: row.id,
        person: member ?? null,
        name: row.name ?? known?.name ?? member?.name ?? m().unknownPerson,
        organization: row.organization ?? known?.organization ?? member?.organization ?? null,
        status: row.status,
        state: row.state,
      };
    });
    // members not on the sheet yet (a meeting made without inviting the group) can be marked too
    const missing: Line[] = props
      .people()
      .members.filter((member) => !rows.some((row) => row.personId === member.personId))
      .map((member) => ({ key: `person:${member.personId}`, rowId: null, person: member, name: member.name, organization: member.organization, status: 'invited', state: null }));
    return [...onSheet, ...missing];
  };
  const keys = () => lines().map((line) => line.key);
  const line = (key: string) => lines().find((candidate) => candidate.key === key);

  const present = () => props.view().attendance.filter((row) => row.status === 'present').length;
  const guests = () => props.view().attendance.filter((row) => row.status === 'guest').length;

  const mark = (key: string, status: Mark) => {
    const current = line(key);
    if (!current) return;
    if (current.rowId) {
      void saveChange({ entity: 'attendance', entityId: current.rowId, op: 'upsert', data: { status } });
    } else if (current.person) {
      void saveChange({
        entity: 'attendance',
        entityId: newId(),
        op: 'upsert',
        data: { meetingId: props.view().meeting.id, personId: current.person.personId, planningRole: current.person.planningRole, status },
      });
    }
  };

  return (
    <section class="capture-section" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{m().attendanceHeading}</h2>
      <p class="capture-field__hint">{m().attendanceHint}</p>
      <p class="attendance__count">{m().presentCount(present() + guests(), guests())}</p>
      <Show when={keys().length > 0} fallback={<p class="muted">{m().noAttendance}</p>}>
        <ul class="attendance-list" role="list">
          <For each={keys()}>
            {(key) => (
              <li class="attendance-line">
                <Show
                  when={line(key)?.status !== 'guest'}
                  fallback={
                    <p class="attendance-line__guest">
                      <span class="attendance-line__name">{line(key)?.name}</span>
                      <Show when={line(key)?.organization}>{(organization) => <span class="muted">, {organization()}</span>}</Show>{' '}
                      <span class="badge">{m().guestBadge}</span>{' '}
                      <Show when={shownState(line(key))}>{(state) => <ItemStateLabel state={state()} />}</Show>
                    </p>
                  }
                >
                  <fieldset class="attendance-line__choices">
                    <legend class="attendance-line__legend">
                      <span class="attendance-line__name">{line(key)?.name}</span>
                      <Show when={line(key)?.organization}>{(organization) => <span class="attendance-line__organization">{organization()}</span>}</Show>
                    </legend>
                    <div class="choice-row">
                      <For each={MARKS}>
                        {(status) => (
                          <label class="choice">
                            <input
                              type="radio"
                              name={`attendance-${key}`}
                              value={status}
                              checked={line(key)?.status === status}
                              onChange={() => mark(key, status)}
                            />
                            <span>{m().attendanceStatus[status]}</span>
                          </label>
                        )}
                      </For>
                    </div>
                    <Show when={shownState(line(key))}>{(state) => <ItemStateLabel state={state()} />}</Show>
                  </fieldset>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <AddGuest meetingId={props.view().meeting.id} />
    </section>
  );
}

function AddGuest(props: { meetingId: string }) {
  const m = meetingMessages;
  const id = createUniqueId();
  const [name, setName] = createSignal('');
  const [organization, setOrganization] = createSignal('');
  const [errors, setErrors] = createSignal<FieldErrors<'name' | 'organization'>>({});

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const guest = name().trim();
    const data = { meetingId: props.meetingId, name: guest, organization: organization().trim() || null, status: 'guest' as const };
    const found = fieldErrors(AttendanceFields, data);
    // a guest line needs a name (the server's rule for a line without a person from the list)
    if (!guest) found.name = m().guestNameRequired;
    setErrors(found);
    const first = (['name', 'organization'] as const).find((field) => found[field]);
    if (first) return document.getElementById(`${id}-${first}`)?.focus();
    await saveChange({ entity: 'attendance', entityId: newId(), op: 'upsert', data });
    setName('');
    setOrganization('');
  };

  return (
    <form class="capture-form" onSubmit={(event) => void submit(event)} novalidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{m().addGuest}</h3>
      <div class="capture-field" classList={{ 'capture-field--error': !!errors().name }}>
        <label class="capture-field__label" for={`${id}-name`}>
          {m().guestName}
        </label>
        <FieldError id={`${id}-name`} error={errors().name} />
        <input
          id={`${id}-name`}
          class="capture-field__input"
          autocomplete="off"
          value={name()}
          onInput={(event) => setName(event.currentTarget.value)}
          {...invalidProps(`${id}-name`, errors().name)}
        />
      </div>
      <div class="capture-field" classList={{ 'capture-field--error': !!errors().organization }}>
        <label class="capture-field__label" for={`${id}-organization`}>
          {m().guestOrganization}
        </label>
        <FieldError id={`${id}-organization`} error={errors().organization} />
        <input
          id={`${id}-organization`}
          class="capture-field__input"
          autocomplete="off"
          value={organization()}
          onInput={(event) => setOrganization(event.currentTarget.value)}
          {...invalidProps(`${id}-organization`, errors().organization)}
        />
      </div>
      <button type="submit" class="button button--secondary">
        {m().addGuest}
      </button>
    </form>
  );
}
