import { A, Navigate } from '@solidjs/router';
import { For, Match, Show, Switch, createResource, createSignal } from 'solid-js';
import { ApiError } from '../lib/api.ts';
import { formatDate } from '../lib/i18n.ts';
import { currentUser } from '../lib/session.ts';
import { type CodeLists, type RegistryCodeMapping, type RegistryList, assignCode, listCodeMappings, loadCodeLists } from '../registry-import/registry-api.ts';
import { optionsOf } from '../registry-import/unknown-codes.tsx';
import { signInHref } from '../sign-in/sign-in-page.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading, SectionFeedback } from '../ui/status.tsx';
import { CodeListUpload, describeCodesError } from './code-list-upload.tsx';
import { codesMessages } from './messages.ts';
import '../sign-in/form.css';
import '../registry-import/registry-import.css';

/** /sprava/kody-registru: every registry code mapping, where it came from, and (admin) changing it. */
export default function CodesPage() {
  const m = codesMessages;
  usePageTitle(() => m().title);
  return (
    <Show when={currentUser()} fallback={<Navigate href={signInHref('/sprava/kody-registru')} />}>
      {(user) => <CodesScreen isAdmin={user().isAdmin} />}
    </Show>
  );
}

function CodesScreen(props: { isAdmin: boolean }) {
  const m = codesMessages;
  const [codes, { refetch, mutate }] = createResource(async () => (await listCodeMappings()).codes);
  const [codeLists] = createResource(loadCodeLists);
  const [status, setStatus] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const ofList = (list: RegistryList) => (codes.latest ?? []).filter((c) => c.list === list);

  const saved = (mapping: RegistryCodeMapping) => {
    mutate((list) => list?.map((other) => (other.list === mapping.list && other.code === mapping.code ? mapping : other)));
    setProblem('');
    setStatus(m().saved(`${mapping.list}/${mapping.code}`, mapping.kpssName ?? mapping.kpssCode ?? ''));
  };

  return (
    <div class="registry-import registry-codes">
      <p>
        <A href="/ucet#admin">{m().back}</A>
      </p>
      <h1>{m().title}</h1>
      <p>{m().intro}</p>
      <Switch>
        <Match when={codes.error instanceof ApiError && [401, 403].includes((codes.error as ApiError).status)}>
          <p class="notice notice--error" role="alert">
            {(codes.error as ApiError).status === 401 ? m().signIn : m().forbidden}
          </p>
        </Match>
        <Match when={codes.error}>{(error) => <ErrorNotice error={error()} onRetry={() => void refetch()} />}</Match>
        <Match when={codes.loading && !codes.latest}>
          <Loading label={m().loading} />
        </Match>
        <Match when={codes.latest}>
          <SectionFeedback status={status()} problem={problem()} />
          <For each={[['DruhSocialniSluzby', m().kindsHeading], ['CilovaSkupinaOsoby', m().groupsHeading]] as const}>
            {([list, heading]) => (
              <section class="registry-import__step" aria-labelledby={`codes-${list}`}>
                <h2 id={`codes-${list}`}>{heading}</h2>
                <ul class="registry-codes__list" role="list">
                  <For each={ofList(list)}>
                    {(mapping) => (
                      <MappingRow mapping={mapping} codeLists={codeLists.latest} isAdmin={props.isAdmin} onSaved={saved} onProblem={(text) => { setStatus(''); setProblem(text); }} />
                    )}
                  </For>
                </ul>
              </section>
            )}
          </For>
          <Show when={props.isAdmin}>
            <CodeListUpload onApplied={() => void refetch()} />
          </Show>
        </Match>
      </Switch>
    </div>
  );
}

function MappingRow(props: {
  mapping: RegistryCodeMapping;
  codeLists: CodeLists | undefined;
  isAdmin: boolean;
  onSaved: (mapping: RegistryCodeMapping) => void;
  onProblem: (text: string) => void;
}) {
  const m = codesMessages;
  const id = () => `code-${props.mapping.list}-${props.mapping.code}`;
  const [chosen, setChosen] = createSignal(props.mapping.kpssCode ?? '');
  const [busy, setBusy] = createSignal(false);
  const canChange = () => props.isAdmin || !props.mapping.kpssCode;
  const source = () => {
    const s = props.mapping.source;
    if (!s) return m().source.none;
    if (s !== 'person' && s !== 'code_list') return m().source[s];
    const who = props.mapping.assignedBy?.name ?? m().someone;
    const when = props.mapping.assignedAt ? formatDate(props.mapping.assignedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '';
    return `${m().source[s]}: ${m().assignedBy(who, when)}`;
  };

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!chosen() || chosen() === props.mapping.kpssCode) return;
    setBusy(true);
    try {
      props.onSaved((await assignCode(props.mapping.list, props.mapping.code, chosen())).mapping);
    } catch (error) {
      props.onProblem(describeCodesError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="registry-codes__item">
      <h3 class="registry-codes__code">
        <code>
          {props.mapping.list}/{props.mapping.code}
        </code>
      </h3>
      <dl class="registry-codes__facts">
        <div>
          <dt>{m().columns.registryName}</dt>
          <dd>{props.mapping.registryName ?? m().noRegistryName}</dd>
        </div>
        <div>
          <dt>{m().columns.kpss}</dt>
          <dd>{props.mapping.kpssName ?? props.mapping.kpssCode ?? m().unassigned}</dd>
        </div>
        <div>
          <dt>{m().columns.source}</dt>
          <dd class="registry-codes__source">{source()}</dd>
        </div>
      </dl>
      <Show when={props.mapping.suggestion}>
        {(s) => <p class="muted">{m().suggestion(s().name, s().basis === 'pattern_unverified')}</p>}
      </Show>
      <Show when={canChange()}>
        <form class="registry-unknown__form" onSubmit={(event) => void save(event)}>
          <div class="field">
            <label class="field__label" for={`${id()}-select`}>
              {m().changeLabel(props.mapping.list, props.mapping.code)}
            </label>
            <select class="field__select field__input" id={`${id()}-select`} value={chosen()} onChange={(event) => setChosen(event.currentTarget.value)}>
              <option value="">{m().pick}</option>
              <For each={optionsOf(props.codeLists, props.mapping.list)}>{(option) => <option value={option.code}>{option.name}</option>}</For>
            </select>
          </div>
          <button class="button button--secondary" type="submit" disabled={busy()} aria-label={m().saveLabel(props.mapping.code)}>
            {m().save}
          </button>
        </form>
      </Show>
    </li>
  );
}
