import { For, Show, createMemo, createResource, createSignal } from 'solid-js';
import * as v from 'valibot';
import { MunicipalityCreateBody } from '../../schema/api/geography.ts';
import { Field, type FieldErrors, Notice, described, focusFirst, issuesByField, serverFieldErrors } from '../catalogue-admin/form-kit.tsx';
import { ApiError } from '../lib/api.ts';
import { compareCzechNames } from '../lib/i18n.ts';
import { foldText } from '../../schema/catalogue-text.ts';
import { ErrorNotice, Loading, SectionFeedback } from '../ui/status.tsx';
import { failureText } from './admin-screen.tsx';
import { type Municipality, addMunicipality, regionMunicipalities, retireMunicipality } from './geography-api.ts';
import { geographyMessages } from './messages.ts';
import { MunicipalityImport } from './municipality-import.tsx';

/** A region's municipalities: from a ČSÚ file, one by one, and retired when they merge or cease. */
export function MunicipalitiesSection(props: { regionCode: string }) {
  const m = geographyMessages;
  const [list, { refetch, mutate }] = createResource(() => props.regionCode, (code) => regionMunicipalities(code));
  const [filter, setFilter] = createSignal('');
  const [status, setStatus] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const shown = createMemo(() => {
    const wanted = foldText(filter().trim());
    return [...(list.latest ?? [])]
      .filter((item) => !wanted || foldText(item.name).includes(wanted) || item.code.startsWith(wanted))
      .sort((a, b) => compareCzechNames(a.name, b.name));
  });

  const retire = async (municipality: Municipality) => {
    setStatus('');
    setProblem('');
    try {
      await retireMunicipality(municipality.id);
      mutate((current) => current?.filter((item) => item.id !== municipality.id));
      setStatus(m().retired(municipality.name));
    } catch (error) {
      setProblem(error instanceof ApiError && error.status === 409 ? error.message : failureText(error));
    }
  };

  return (
    <section aria-labelledby="municipalities-title">
      <h2 id="municipalities-title">{m().municipalitiesHeading}</h2>
      <MunicipalityImport regionCode={props.regionCode} onApplied={() => void refetch()} />
      <Show when={!list.error} fallback={<ErrorNotice error={list.error} onRetry={() => void refetch()} />}>
        <Show when={list.latest} fallback={<Loading label={m().loading} />}>
          {(all) => (
            <Show when={all().length > 0} fallback={<p>{m().noMunicipalities}</p>}>
              <p class="geography__meta">{m().municipalityCount(all().length)}</p>
              <div class="field">
                <label class="field__label" for="municipality-filter">
                  {m().filter}
                </label>
                <input class="field__input" id="municipality-filter" type="search" value={filter()} onInput={(e) => setFilter(e.currentTarget.value)} />
              </div>
              <SectionFeedback status={status()} problem={problem()} />
              <ul class="geography__list" role="list" aria-label={m().municipalitiesHeading}>
                <For each={shown().slice(0, 200)}>
                  {(municipality) => (
                    <li>
                      <span>
                        {municipality.name} <span class="geography__meta">{municipality.code}</span>
                      </span>
                      <button type="button" class="button button--secondary" aria-label={m().retireNamed(municipality.name)} onClick={() => void retire(municipality)}>
                        {m().retire}
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Show>
      </Show>
      <AddMunicipality regionCode={props.regionCode} onAdded={(added) => mutate((current) => [...(current ?? []), added])} />
    </section>
  );
}

function AddMunicipality(props: { regionCode: string; onAdded: (municipality: Municipality) => void }) {
  const m = geographyMessages;
  const [code, setCode] = createSignal('');
  const [name, setName] = createSignal('');
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [failure, setFailure] = createSignal('');
  const [success, setSuccess] = createSignal('');

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setFailure('');
    setSuccess('');
    const checked = v.safeParse(MunicipalityCreateBody, { code: code().trim(), name: name() });
    if (!checked.success) {
      const found = issuesByField(checked.issues, m().issue);
      setErrors(found);
      focusFirst(['code', 'name'].filter((field) => found[field]).map((field) => `municipality-${field}`));
      return;
    }
    setErrors({});
    try {
      const { municipality } = await addMunicipality(props.regionCode, checked.output);
      props.onAdded(municipality);
      setCode('');
      setName('');
      setSuccess(m().municipalityAdded(municipality.name));
    } catch (error) {
      const found = serverFieldErrors(error, m().issue);
      setErrors(found);
      setFailure(Object.keys(found).length ? m().errors.invalid : failureText(error));
    }
  };

  return (
    <form class="form" onSubmit={(event) => void submit(event)} novalidate aria-labelledby="add-municipality-title">
      <h3 id="add-municipality-title">{m().addMunicipality}</h3>
      <Field id="municipality-code" label={m().municipalityCode} error={errors().code}>
        <input class="field__input" inputmode="numeric" {...described('municipality-code', errors().code)} value={code()} onInput={(e) => setCode(e.currentTarget.value)} />
      </Field>
      <Field id="municipality-name" label={m().municipalityName} error={errors().name}>
        <input class="field__input" {...described('municipality-name', errors().name)} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
      </Field>
      <Notice failure={failure()} success={success()} />
      <div class="form__actions">
        <button class="button" type="submit">
          {m().addMunicipality}
        </button>
      </div>
    </form>
  );
}
