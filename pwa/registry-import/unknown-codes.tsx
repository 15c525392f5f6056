import { For, Show, createSignal } from 'solid-js';
import { locale } from '../lib/i18n.ts';
import { importMessages } from './messages.ts';
import { type CodeLists, type RegistryList, type UnknownRegistryCode, assignCode } from './registry-api.ts';

type Option = { code: string; name: string };

/** The KPSS entries a registry code of `list` can mean, named in the current language. */
export function optionsOf(codeLists: CodeLists | undefined, list: RegistryList): Option[] {
  if (!codeLists) return [];
  const named = (item: { code?: string; name?: string; nameEn?: string | null; paragraph?: string | null }) => ({
    code: item.code ?? '',
    name: `${locale() === 'en' ? (item.nameEn ?? item.name) : item.name}${item.paragraph ? ` (${item.paragraph})` : ''}`,
  });
  return list === 'DruhSocialniSluzby'
    ? codeLists.serviceKinds.filter((kind) => kind.category !== 'related').map(named)
    : codeLists.clientGroups.map(named);
}

/**
 * Registry codes KPSS cannot file yet, each assigned once by a person. A suggestion from the code list's name is
 * preselected (the person still confirms with the button); one from the unverified pattern is only described.
 */
export function UnknownCodes(props: {
  codes: readonly UnknownRegistryCode[];
  codeLists: CodeLists | undefined;
  disabled: boolean;
  onAssigned: (code: UnknownRegistryCode, name: string) => void;
  onProblem: (message: string) => void;
}) {
  const m = importMessages;
  return (
    <Show when={props.codes.length > 0}>
      <section class="registry-unknown" aria-labelledby="registry-unknown-title">
        <h3 id="registry-unknown-title" tabindex="-1">{m().unknownHeading(props.codes.length)}</h3>
        <p>{m().unknownIntro}</p>
        <ul class="registry-unknown__list" role="list">
          <For each={props.codes}>
            {(code) => <UnknownCode code={code} options={optionsOf(props.codeLists, code.list)} disabled={props.disabled} onAssigned={props.onAssigned} onProblem={props.onProblem} />}
          </For>
        </ul>
      </section>
    </Show>
  );
}

function UnknownCode(props: {
  code: UnknownRegistryCode;
  options: Option[];
  disabled: boolean;
  onAssigned: (code: UnknownRegistryCode, name: string) => void;
  onProblem: (message: string) => void;
}) {
  const m = importMessages;
  const id = () => `unknown-${props.code.list}-${props.code.code}`;
  const isKind = () => props.code.list === 'DruhSocialniSluzby';
  const suggestion = () => props.code.suggestion;
  const [chosen, setChosen] = createSignal(suggestion()?.basis === 'code_list_name' ? suggestion()!.kpssCode : '');
  const [busy, setBusy] = createSignal(false);
  const [fieldError, setFieldError] = createSignal('');

  const assign = async (event: SubmitEvent) => {
    event.preventDefault();
    setFieldError('');
    const kpssCode = chosen();
    if (!kpssCode) return void setFieldError(m().pickFirst);
    setBusy(true);
    try {
      await assignCode(props.code.list, props.code.code, kpssCode);
      props.onAssigned(props.code, props.options.find((o) => o.code === kpssCode)?.name ?? kpssCode);
    } catch (error) {
      props.onProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="registry-unknown__item">
      <h4>{isKind() ? m().unknownKind(props.code.code) : m().unknownGroup(props.code.code)}</h4>
      <p>{props.code.registryName ? m().registryName(props.code.registryName) : m().noRegistryName}</p>
      <p>
        <strong>{m().usedBy(props.code.items)}</strong>
        <Show when={props.code.samples.length > 0}>
          {' '}
          {m().samples}
        </Show>
      </p>
      <Show when={props.code.samples.length > 0}>
        <ul class="registry-unknown__samples">
          <For each={props.code.samples}>{(sample) => <li>{sample}</li>}</For>
        </ul>
      </Show>
      <Show when={suggestion()}>
        {(s) => (
          <p class={s().basis === 'pattern_unverified' ? 'notice notice--info registry-unknown__suggestion' : 'registry-unknown__suggestion'}>
            {s().basis === 'pattern_unverified' ? m().suggestionPattern(s().name) : m().suggestionFromList(s().name)}
          </p>
        )}
      </Show>
      <form class="registry-unknown__form" onSubmit={(event) => void assign(event)} novalidate>
        <div class="field" classList={{ 'field--error': Boolean(fieldError()) }}>
          <label class="field__label" for={`${id()}-select`}>
            {isKind() ? m().assignKind(props.code.code) : m().assignGroup(props.code.code)}
          </label>
          <select
            class="field__select field__input"
            id={`${id()}-select`}
            value={chosen()}
            onChange={(event) => setChosen(event.currentTarget.value)}
            aria-invalid={fieldError() ? 'true' : undefined}
            aria-describedby={fieldError() ? `${id()}-error` : undefined}
          >
            <option value="">{m().pick}</option>
            <For each={props.options}>{(option) => <option value={option.code}>{option.name}</option>}</For>
          </select>
          <Show when={fieldError()}>
            <p class="field__error" id={`${id()}-error`}>
              {fieldError()}
            </p>
          </Show>
        </div>
        <button class="button" type="submit" disabled={busy() || props.disabled} aria-label={m().assignLabel(props.code.code)}>
          {m().assign}
        </button>
      </form>
    </li>
  );
}
