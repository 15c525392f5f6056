import { For, Show, createSignal, createUniqueId } from 'solid-js';
import { CONSENT_TEXTS, CURRENT_CONSENT_VERSION, HearingSigninFields, type PublicHearing } from '../../schema/api/hearings.ts';
import { fieldErrors } from '../lib/field-errors.ts';
import { locale } from '../lib/i18n.ts';
import { type FormError, ErrorSummary, TextField, errorAt } from '../sign-in/form.tsx';
import { hearingPublicMessages } from './messages.ts';
import '../sign-in/form.css';

/**
 * The sign-in sheet's form, the same on the kiosk tablet and on a phone. Nothing in it is ever offered back by the
 * browser (autocomplete off): on a kiosk that would show the next attendee the previous one's name. The consent text
 * is shown in full; its version goes with the sign-in.
 */
export function SigninForm(props: {
  hearing: PublicHearing;
  participantToken: string;
  submitLabel: string;
  onSubmit: (fields: HearingSigninFields) => void;
}) {
  const m = hearingPublicMessages;
  const id = createUniqueId();
  const [name, setName] = createSignal('');
  const [affiliation, setAffiliation] = createSignal<'organization' | 'public' | null>(null);
  const [organization, setOrganization] = createSignal('');
  const [municipality, setMunicipality] = createSignal('');
  const [consent, setConsent] = createSignal(false);
  const [errors, setErrors] = createSignal<FormError[]>([]);

  const fields = (): HearingSigninFields => ({
    meetingId: props.hearing.hearing.meetingId,
    participantToken: props.participantToken,
    name: name().trim(),
    affiliation: affiliation()!,
    organization: affiliation() === 'organization' ? organization().trim() : null,
    municipalityId: municipality() || null,
    consent: consent() as true,
    consentVersion: CURRENT_CONSENT_VERSION,
  });

  // the rules of schema/api/hearings.ts, which the server applies to the same sign-in: nothing it would refuse is queued
  const check = (): FormError[] => {
    const schema = fieldErrors(HearingSigninFields, fields(), {
      name: m().signinNameRequired,
      affiliation: m().signinAffiliationRequired,
      consent: m().consentRequired,
    });
    const found: FormError[] = [];
    if (schema.name) found.push({ field: `${id}-name`, message: schema.name });
    if (schema.affiliation) found.push({ field: `${id}-aff-organization`, message: schema.affiliation });
    // the server's rule beside the schema (worker/sync/hearings.ts): an organization's sign-in names it
    if (affiliation() === 'organization' && !organization().trim()) found.push({ field: `${id}-organization`, message: m().signinOrganizationRequired });
    else if (schema.organization) found.push({ field: `${id}-organization`, message: schema.organization });
    if (schema.consent) found.push({ field: `${id}-consent`, message: m().consentRequired });
    return found;
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = check();
    setErrors(found);
    if (found.length) return;
    props.onSubmit(fields());
  };

  return (
    <form class="form hearing-form" onSubmit={submit} noValidate autocomplete="off">
      <ErrorSummary errors={errors()} />
      <TextField id={`${id}-name`} label={m().signinName} value={name()} onInput={setName} autocomplete="off" error={errorAt(errors(), `${id}-name`)} spellcheck={false} />
      <fieldset class="field hearing-choice" classList={{ 'field--error': Boolean(errorAt(errors(), `${id}-aff-organization`)) }}>
        <legend class="field__label">{m().signinAffiliation}</legend>
        <Show when={errorAt(errors(), `${id}-aff-organization`)}>
          <p class="field__error">{errorAt(errors(), `${id}-aff-organization`)}</p>
        </Show>
        <label class="checkbox">
          <input type="radio" id={`${id}-aff-organization`} name={`${id}-aff`} checked={affiliation() === 'organization'} onChange={() => setAffiliation('organization')} />
          <span>{m().signinForOrganization}</span>
        </label>
        <label class="checkbox">
          <input type="radio" name={`${id}-aff`} checked={affiliation() === 'public'} onChange={() => setAffiliation('public')} />
          <span>{m().signinPublic}</span>
        </label>
      </fieldset>
      <Show when={affiliation() === 'organization'}>
        <TextField id={`${id}-organization`} label={m().signinOrganization} value={organization()} onInput={setOrganization} autocomplete="off" error={errorAt(errors(), `${id}-organization`)} />
      </Show>
      <div class="field">
        <label class="field__label" for={`${id}-municipality`}>
          {m().signinMunicipality}
        </label>
        <select class="field__select" id={`${id}-municipality`} value={municipality()} onChange={(event) => setMunicipality(event.currentTarget.value)}>
          <option value="">{m().signinMunicipalityOther}</option>
          <For each={props.hearing.municipalities}>{(place) => <option value={place.id}>{place.name}</option>}</For>
        </select>
      </div>
      <div class="field hearing-consent" classList={{ 'field--error': Boolean(errorAt(errors(), `${id}-consent`)) }}>
        <p class="field__label">{m().consentHeading}</p>
        <p class="hearing-consent__text" id={`${id}-consent-text`}>
          {CONSENT_TEXTS[CURRENT_CONSENT_VERSION][locale()]}
        </p>
        <Show when={errorAt(errors(), `${id}-consent`)}>
          <p class="field__error" id={`${id}-consent-error`}>
            {errorAt(errors(), `${id}-consent`)}
          </p>
        </Show>
        <label class="checkbox">
          <input
            type="checkbox"
            id={`${id}-consent`}
            checked={consent()}
            onChange={(event) => setConsent(event.currentTarget.checked)}
            aria-describedby={`${id}-consent-text${errorAt(errors(), `${id}-consent`) ? ` ${id}-consent-error` : ''}`}
            aria-invalid={errorAt(errors(), `${id}-consent`) ? 'true' : undefined}
          />
          <span>{m().consent}</span>
        </label>
      </div>
      <div class="form__actions">
        <button type="submit" class="button button--large">
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
