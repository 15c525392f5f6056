import { For, Show, createSignal, createUniqueId } from 'solid-js';
import { type CommentTarget, HEARING_LIMITS, HearingCommentFields, type PublicHearing } from '../../schema/api/hearings.ts';
import { fieldErrors } from '../lib/field-errors.ts';
import { type FormError, ErrorSummary, TextField, errorAt } from '../sign-in/form.tsx';
import { hearingPublicMessages } from './messages.ts';

/** `measure:<id>`, `activity:<id>` or `general`: one select for the plan's measures and their activities. */
const parseTarget = (value: string): { target: CommentTarget; targetId: string | null } => {
  const [kind, id] = value.split(':');
  return kind === 'measure' || kind === 'activity' ? { target: kind, targetId: id ?? null } : { target: 'general', targetId: null };
};

/**
 * A comment on a measure or activity of the plan in consultation, or on the hearing in general; anonymous if the
 * person wishes. The text stays text: it is only ever shown as a text node.
 */
export function CommentForm(props: {
  hearing: PublicHearing;
  participantToken: string;
  attendanceId: string | null;
  /** the signed-in attendee's name (kiosk or phone): no need to type it again */
  knownName: string | null;
  onSubmit: (fields: HearingCommentFields) => void;
}) {
  const m = hearingPublicMessages;
  const id = createUniqueId();
  const [target, setTarget] = createSignal('general');
  const [body, setBody] = createSignal('');
  const [authorName, setAuthorName] = createSignal('');
  const [anonymous, setAnonymous] = createSignal(false);
  const [errors, setErrors] = createSignal<FormError[]>([]);

  // the rules of schema/api/hearings.ts, which the server applies to the same comment: nothing it would refuse is queued
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const fields: HearingCommentFields = {
      meetingId: props.hearing.hearing.meetingId,
      participantToken: props.participantToken,
      attendanceId: props.attendanceId,
      ...parseTarget(target()),
      body: body().trim(),
      anonymous: anonymous(),
      authorName: anonymous() ? null : authorName().trim() || null,
      agendaItemId: props.hearing.currentAgendaItemId,
    };
    const schema = fieldErrors(HearingCommentFields, fields, { body: m().commentRequired });
    const found: FormError[] = [];
    if (schema.body) found.push({ field: `${id}-body`, message: schema.body });
    if (schema.authorName) found.push({ field: `${id}-author`, message: schema.authorName });
    setErrors(found);
    if (found.length) return;
    props.onSubmit(fields);
    setBody('');
    setErrors([]);
  };

  return (
    <form class="form hearing-form" onSubmit={submit} noValidate autocomplete="off">
      <ErrorSummary errors={errors()} />
      <div class="field">
        <label class="field__label" for={`${id}-target`}>
          {m().commentTarget}
        </label>
        <select class="field__select" id={`${id}-target`} value={target()} onChange={(event) => setTarget(event.currentTarget.value)}>
          <option value="general">{m().commentGeneral}</option>
          <For each={props.hearing.plan?.measures ?? []}>
            {(measure) => (
              <optgroup label={`${measure.code} ${measure.title}`}>
                <option value={`measure:${measure.id}`}>{`${measure.code} ${measure.title}`}</option>
                <For each={measure.activities}>{(activity) => <option value={`activity:${activity.id}`}>{`${activity.code} ${activity.title}`}</option>}</For>
              </optgroup>
            )}
          </For>
        </select>
      </div>
      <div class="field" classList={{ 'field--error': Boolean(errorAt(errors(), `${id}-body`)) }}>
        <label class="field__label" for={`${id}-body`}>
          {m().commentText}
        </label>
        <Show when={errorAt(errors(), `${id}-body`)}>
          <p class="field__error" id={`${id}-body-error`}>
            {errorAt(errors(), `${id}-body`)}
          </p>
        </Show>
        <textarea
          class="field__input hearing-form__text"
          id={`${id}-body`}
          rows="5"
          maxLength={HEARING_LIMITS.commentBody}
          value={body()}
          onInput={(event) => setBody(event.currentTarget.value)}
          aria-invalid={errorAt(errors(), `${id}-body`) ? 'true' : undefined}
          aria-describedby={errorAt(errors(), `${id}-body`) ? `${id}-body-error` : undefined}
        />
      </div>
      <label class="checkbox">
        <input type="checkbox" checked={anonymous()} onChange={(event) => setAnonymous(event.currentTarget.checked)} aria-describedby={`${id}-anon-hint`} />
        <span>{m().anonymous}</span>
      </label>
      <p class="field__hint" id={`${id}-anon-hint`}>
        {m().anonymousHint}
      </p>
      <Show when={!anonymous() && !props.knownName}>
        <TextField id={`${id}-author`} label={m().authorName} value={authorName()} onInput={setAuthorName} autocomplete="off" error={errorAt(errors(), `${id}-author`)} />
      </Show>
      <div class="form__actions">
        <button type="submit" class="button button--large">
          {m().sendComment}
        </button>
      </div>
    </form>
  );
}
