import { A, useNavigate, useParams, useSearchParams } from '@solidjs/router';
import { For, Show, createResource, createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import * as v from 'valibot';
import { CAPACITY_UNITS, ServiceCreateBody, ServicePatchBody } from '../../schema/api/catalogue.ts';
import { loadCatalogue } from '../catalogue/catalogue-store.ts';
import { api, request } from '../lib/api.ts';
import { ErrorSummary } from '../sign-in/form.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { managePath } from './can-manage.ts';
import { type FieldErrors, Field, Notice, described, describeFailure, focusFirst, issuesByField, numberOrNull, serverFieldErrors, summaryOf, textOrNull } from './form-kit.tsx';
import { adminMessages } from './messages.ts';
import { RetireControl } from './provider-form-page.tsx';
import '../sign-in/form.css';
import './catalogue-admin.css';

const TEXT_FIELDS = ['name', 'providerId', 'kindCode', 'registrationId', 'capacity', 'capacityUnit', 'description', 'phone', 'email', 'web', 'street', 'city', 'postcode', 'lat', 'lng'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const ORDER = [...TEXT_FIELDS, 'forms', 'clientGroups', 'openingHours', 'municipalityIds'];
const idOf = (field: string) => `service-${field.replace(/\./g, '-')}`;
type Day = { opens: string; closes: string };

export default function ServiceFormPage() {
  const params = useParams<{ slug: string; id?: string }>();
  const [search] = useSearchParams<{ poskytovatel?: string }>();
  const navigate = useNavigate();
  const m = adminMessages;
  const isNew = () => !params.id || params.id === 'novy';
  const [values, setValues] = createStore<Record<TextField, string>>({ ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<TextField, string>), providerId: search.poskytovatel ?? '' });
  const [sets, setSets] = createStore({ forms: [] as string[], clientGroups: [] as string[], municipalityIds: [] as string[], alwaysOpen: false, addressSecret: false });
  const [days, setDays] = createStore<Day[]>(Array.from({ length: 7 }, () => ({ opens: '', closes: '' })));
  const [filter, setFilter] = createSignal('');
  const [catalogue] = createResource(() => params.slug, async (slug) => (await loadCatalogue(slug)).catalogue);
  const [extraProvider] = createResource(
    () => search.poskytovatel,
    async (id) => (await request(api.api.providers[':id'].$get({ param: { id } }))).provider,
  );
  const [loaded] = createResource(
    () => (isNew() ? undefined : params.id),
    async (id) => {
      const { service } = await request(api.api.services[':id'].$get({ param: { id } }));
      const record = { ...service, kindCode: service.kind } as Record<string, unknown>;
      setValues(Object.fromEntries(TEXT_FIELDS.map((f) => [f, record[f] == null ? '' : String(record[f])])) as Record<TextField, string>);
      setSets({ forms: service.forms ?? [], clientGroups: service.clientGroups ?? [], municipalityIds: service.municipalities.map((place) => place.id), alwaysOpen: Boolean(service.alwaysOpen), addressSecret: Boolean(service.addressSecret) });
      for (const entry of service.openingHours ?? []) setDays(entry.day - 1, { opens: entry.opens, closes: entry.closes });
      return service;
    },
  );
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [failure, setFailure] = createSignal<string>();
  const [success, setSuccess] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [confirming, setConfirming] = createSignal(false);
  usePageTitle(() => (isNew() ? m().newService : m().editService));

  const providers = () => {
    const list = [...(catalogue()?.providers ?? [])];
    const extra = extraProvider();
    if (extra && !list.some((p) => p.id === extra.id)) list.push(extra);
    return list.sort((a, b) => a.name.localeCompare(b.name, 'cs'));
  };
  const municipalities = () => {
    const query = filter().trim().toLocaleLowerCase('cs');
    return (catalogue()?.municipalities ?? []).filter((place) => !query || (place.name ?? '').toLocaleLowerCase('cs').includes(query));
  };
  /** the day (0–6) each opening-hours entry came from, so the schema's "openingHours.2.closes" lands on its row */
  const entryDays = () => days.map((day, index) => ({ ...day, index })).filter((day) => day.opens || day.closes);

  const body = () => ({
    name: values.name,
    providerId: values.providerId,
    kindCode: values.kindCode,
    registrationId: textOrNull(values.registrationId),
    capacity: numberOrNull(values.capacity),
    capacityUnit: textOrNull(values.capacityUnit),
    description: textOrNull(values.description),
    phone: textOrNull(values.phone),
    email: textOrNull(values.email),
    web: textOrNull(values.web),
    street: textOrNull(values.street),
    city: textOrNull(values.city),
    postcode: textOrNull(values.postcode),
    lat: numberOrNull(values.lat),
    lng: numberOrNull(values.lng),
    addressSecret: sets.addressSecret,
    alwaysOpen: sets.alwaysOpen,
    openingHours: entryDays().map((day) => ({ day: day.index + 1, opens: day.opens, closes: day.closes })),
    forms: [...sets.forms],
    clientGroups: [...sets.clientGroups],
    municipalityIds: [...sets.municipalityIds],
  });

  const placeErrors = (found: FieldErrors): FieldErrors => {
    const placed: FieldErrors = {};
    for (const [field, message] of Object.entries(found)) {
      const hours = /^openingHours\.(\d+)\.(\w+)$/.exec(field);
      const day = hours ? entryDays()[Number(hours[1])] : undefined;
      placed[day && hours ? `openingHours.${day.index}.${hours[2] === 'opens' ? 'opens' : 'closes'}` : field] ??= message;
    }
    return placed;
  };
  const showErrors = (found: FieldErrors) => {
    const placed = placeErrors(found);
    setErrors(placed);
    queueMicrotask(() => focusFirst(Object.keys(placed).map(idOf)));
  };

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setFailure(undefined);
    setSuccess(undefined);
    const parsed = isNew() ? v.safeParse(ServiceCreateBody, { territory: params.slug, ...body() }) : v.safeParse(ServicePatchBody, body());
    if (!parsed.success) return showErrors(issuesByField(parsed.issues));
    setErrors({});
    setBusy(true);
    try {
      if (isNew()) {
        await request(api.api.services.$post({ json: { territory: params.slug, ...body() } as v.InferInput<typeof ServiceCreateBody> }));
        navigate(managePath(params.slug));
      } else {
        const { service } = await request(api.api.services[':id'].$patch({ param: { id: params.id! }, json: body() as v.InferInput<typeof ServicePatchBody> }));
        setSuccess(m().saved(service.name));
      }
    } catch (error) {
      const fields = serverFieldErrors(error);
      if (Object.keys(fields).length) showErrors(fields);
      setFailure(describeFailure(error));
    } finally {
      setBusy(false);
    }
  }

  async function retire() {
    setFailure(undefined);
    try {
      await request(api.api.services[':id'].retire.$post({ param: { id: params.id! } }));
      navigate(managePath(params.slug));
    } catch (error) {
      setFailure(describeFailure(error));
    } finally {
      setConfirming(false);
    }
  }

  const label = (field: string) => {
    const hours = /^openingHours\.(\d+)\.(\w+)$/.exec(field);
    if (hours) return `${m().f.hours}, ${m().days[Number(hours[1])]}`;
    return (m().f as unknown as Record<string, string>)[field.replace(/\..*$/, '')] ?? field;
  };
  const toggle = (key: 'forms' | 'clientGroups' | 'municipalityIds', code: string, on: boolean) =>
    setSets(key, (list) => (on ? [...list, code] : list.filter((item) => item !== code)));
  const input = (field: TextField, type = 'text', hint = false) => (
    <input class="field__input" {...described(idOf(field), errors()[field], hint)} type={type} value={values[field]} onInput={(event) => setValues(field, event.currentTarget.value)} />
  );
  const codeLists = () => catalogue()?.codeLists;

  return (
    <article class="catalogue-admin" aria-labelledby="service-form-title">
      <p class="back-link">
        <A href={managePath(params.slug)}>
          <span aria-hidden="true">←</span> {m().backToManage}
        </A>
      </p>
      <h1 id="service-form-title">{isNew() ? m().newService : (loaded()?.name ?? m().editService)}</h1>
      <Show when={loaded.error ?? catalogue.error}>{(error) => <p class="notice notice--error">{describeFailure(error())}</p>}</Show>
      <form class="form" onSubmit={(event) => void save(event)} novalidate aria-labelledby="service-form-title">
        <ErrorSummary errors={summaryOf(errors(), ORDER, idOf, label)} />
        <Field id={idOf('name')} label={m().f.name} error={errors().name}>
          {input('name')}
        </Field>
        <Field id={idOf('providerId')} label={m().f.provider} error={errors().providerId}>
          <select class="field__input field__select" {...described(idOf('providerId'), errors().providerId)} value={values.providerId} onChange={(event) => setValues('providerId', event.currentTarget.value)}>
            <option value="">{m().f.chooseProvider}</option>
            <For each={providers()}>{(provider) => <option value={provider.id} selected={provider.id === values.providerId}>{provider.name}</option>}</For>
          </select>
        </Field>
        <Field id={idOf('kindCode')} label={m().f.kind} error={errors().kindCode}>
          <select class="field__input field__select" {...described(idOf('kindCode'), errors().kindCode)} value={values.kindCode} onChange={(event) => setValues('kindCode', event.currentTarget.value)}>
            <option value="">{m().f.chooseProvider}</option>
            <For each={codeLists()?.serviceKinds ?? []}>{(kind) => <option value={kind.code} selected={kind.code === values.kindCode}>{kind.name}</option>}</For>
          </select>
        </Field>
        <Field id={idOf('registrationId')} label={m().f.registrationId} error={errors().registrationId} optional>
          {input('registrationId')}
        </Field>
        <fieldset class="field">
          <legend class="field__label">{m().f.forms}</legend>
          <For each={codeLists()?.serviceForms ?? []}>
            {(form) => (
              <label class="checkbox">
                <input type="checkbox" checked={sets.forms.includes(form.code)} onChange={(event) => toggle('forms', form.code, event.currentTarget.checked)} />
                <span>{form.name}</span>
              </label>
            )}
          </For>
        </fieldset>
        <fieldset class="field">
          <legend class="field__label">{m().f.clientGroups}</legend>
          <div class="catalogue-admin__checks">
            <For each={codeLists()?.clientGroups ?? []}>
              {(group) => (
                <label class="checkbox">
                  <input type="checkbox" checked={sets.clientGroups.includes(group.code!)} onChange={(event) => toggle('clientGroups', group.code!, event.currentTarget.checked)} />
                  <span>{group.name}</span>
                </label>
              )}
            </For>
          </div>
        </fieldset>
        <Field id={idOf('capacity')} label={m().f.capacity} error={errors().capacity} optional>
          <input class="field__input" {...described(idOf('capacity'), errors().capacity)} type="text" inputMode="numeric" value={values.capacity} onInput={(event) => setValues('capacity', event.currentTarget.value)} />
        </Field>
        <Field id={idOf('capacityUnit')} label={m().f.capacityUnit} error={errors().capacityUnit} optional>
          <select class="field__input field__select" {...described(idOf('capacityUnit'), errors().capacityUnit)} onChange={(event) => setValues('capacityUnit', event.currentTarget.value)}>
            <option value="">{m().f.noUnit}</option>
            <For each={CAPACITY_UNITS}>{(unit) => <option value={unit} selected={unit === values.capacityUnit}>{m().units[unit]}</option>}</For>
          </select>
        </Field>
        <Field id={idOf('description')} label={m().f.description} error={errors().description} optional>
          <textarea class="field__input field__textarea" {...described(idOf('description'), errors().description)} rows={5} value={values.description} onInput={(event) => setValues('description', event.currentTarget.value)} />
        </Field>
        <Field id={idOf('phone')} label={m().f.phone} error={errors().phone} optional>
          {input('phone', 'tel')}
        </Field>
        <Field id={idOf('email')} label={m().f.email} error={errors().email} optional>
          {input('email', 'email')}
        </Field>
        <Field id={idOf('web')} label={m().f.web} error={errors().web} optional>
          {input('web', 'url')}
        </Field>
        <Field id={idOf('street')} label={m().f.street} error={errors().street} optional>
          {input('street')}
        </Field>
        <Field id={idOf('city')} label={m().f.city} error={errors().city} optional>
          {input('city')}
        </Field>
        <Field id={idOf('postcode')} label={m().f.postcode} error={errors().postcode} optional>
          {input('postcode')}
        </Field>
        <Field id={idOf('lat')} label={m().f.lat} error={errors().lat} optional hint={m().f.coordinatesHint}>
          {input('lat', 'text', true)}
        </Field>
        <Field id={idOf('lng')} label={m().f.lng} error={errors().lng} optional>
          {input('lng')}
        </Field>
        <div class="field field--checkbox">
          <label class="checkbox">
            <input type="checkbox" checked={sets.addressSecret} onChange={(event) => setSets('addressSecret', event.currentTarget.checked)} />
            <span>{m().f.addressSecret}</span>
          </label>
        </div>
        <fieldset class="field" aria-describedby="service-hours-hint">
          <legend class="field__label">{m().f.hours}</legend>
          <p class="field__hint" id="service-hours-hint">
            {m().f.hoursHint}
          </p>
          <label class="checkbox">
            <input type="checkbox" checked={sets.alwaysOpen} onChange={(event) => setSets('alwaysOpen', event.currentTarget.checked)} />
            <span>{m().f.alwaysOpen}</span>
          </label>
          <For each={m().days}>
            {(dayName, index) => {
              const opensKey = () => `openingHours.${index()}.opens`;
              const closesKey = () => `openingHours.${index()}.closes`;
              return (
                <div class="catalogue-admin__day">
                  <span class="catalogue-admin__day-name">{dayName}</span>
                  <label for={idOf(opensKey())}>{m().f.opens}</label>
                  <input class="field__input" {...described(idOf(opensKey()), errors()[opensKey()])} aria-label={`${dayName} ${m().f.opens}`} type="time" value={days[index()]!.opens} onInput={(event) => setDays(index(), 'opens', event.currentTarget.value)} />
                  <label for={idOf(closesKey())}>{m().f.closes}</label>
                  <input class="field__input" {...described(idOf(closesKey()), errors()[closesKey()])} aria-label={`${dayName} ${m().f.closes}`} type="time" value={days[index()]!.closes} onInput={(event) => setDays(index(), 'closes', event.currentTarget.value)} />
                  <Show when={errors()[opensKey()] ?? errors()[closesKey()]}>
                    <p class="field__error" id={idOf(errors()[opensKey()] ? opensKey() : closesKey()) + '-error'}>
                      {errors()[opensKey()] ?? errors()[closesKey()]}
                    </p>
                  </Show>
                </div>
              );
            }}
          </For>
        </fieldset>
        <fieldset class="field">
          <legend class="field__label">{m().f.municipalities}</legend>
          <label class="field__label" for="service-municipality-filter">
            {m().f.filterMunicipalities}
          </label>
          <input class="field__input" id="service-municipality-filter" type="search" value={filter()} onInput={(event) => setFilter(event.currentTarget.value)} />
          <p role="status" class="field__hint">
            {m().f.selectedCount(sets.municipalityIds.length)}
          </p>
          <div class="catalogue-admin__checks">
            <For each={municipalities()}>
              {(place) => (
                <label class="checkbox">
                  <input type="checkbox" checked={sets.municipalityIds.includes(place.id!)} onChange={(event) => toggle('municipalityIds', place.id!, event.currentTarget.checked)} />
                  <span>{place.name}</span>
                </label>
              )}
            </For>
          </div>
        </fieldset>
        <Notice failure={failure()} success={success()} />
        <div class="form__actions">
          <button class="button" type="submit" disabled={busy()}>
            {busy() ? m().saving : m().save}
          </button>
        </div>
      </form>
      <Show when={!isNew()}>
        <RetireControl name={values.name} confirming={confirming()} onAsk={() => setConfirming(true)} onCancel={() => setConfirming(false)} onConfirm={() => void retire()} />
      </Show>
    </article>
  );
}
