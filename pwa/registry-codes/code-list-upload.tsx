import { For, Show, createSignal } from 'solid-js';
import { ApiError } from '../lib/api.ts';
import { type CodeListReport, uploadCodeList } from '../registry-import/registry-api.ts';
import { SectionFeedback } from '../ui/status.tsx';
import { codesMessages } from './messages.ts';

export function describeCodesError(error: unknown): string {
  const m = codesMessages().errors;
  if (!(error instanceof ApiError)) return m.server;
  if (error.isNetworkError) return m.offline;
  if (error.status === 401) return m.signedOut;
  if (error.status === 403) return m.forbidden;
  if (error.status === 409) return m.conflict;
  if (error.status >= 400 && error.status < 500) return `${m.invalid} ${error.issues.map((i) => `${i.field}: ${i.message}`).join('; ') || error.message}`;
  return m.server;
}

/** `json.polozky[3]` → "položka č. 4 (DruhSocialniSluzby/13)", from the file as it was sent. */
function itemOf(field: string, file: unknown): string {
  const index = /polozky\[(\d+)\]/.exec(field);
  if (!index) return field;
  const item = (file as { polozky?: { id?: unknown }[] } | null)?.polozky?.[Number(index[1])];
  const id = typeof item?.id === 'string' ? ` (${item.id})` : '';
  return `${codesMessages().item(Number(index[1]))}${id}`;
}

/** The Worker's reasons (English, for the API) in the person's words; an unknown reason is shown as it came. */
function reasonOf(message: string): string {
  const m = codesMessages().reasons;
  const named = /^names "(.+)" \((.+)\) but (\S+) is mapped to (.+)$/.exec(message);
  if (named) return m.namesOther(named[1]!, named[3]!, named[4]!);
  const taken = /^"(.+)" is already (\S+)$/.exec(message);
  if (taken) return m.alreadyCode(taken[1]!, taken[2]!);
  const again = /^is listed again \(first at polozky\[(\d+)\]\)$/.exec(message);
  if (again) return m.listedAgain(Number(again[1]));
  return message;
}

/** The admin uploads the registry's own code list: a dry run first, naming every item that contradicts a mapping. */
export function CodeListUpload(props: { onApplied: () => void }) {
  const m = codesMessages;
  const [text, setText] = createSignal<string | null>(null);
  let parsed: unknown = null;
  const [report, setReport] = createSignal<CodeListReport | null>(null);
  const [contradictions, setContradictions] = createSignal<{ field: string; message: string }[]>([]);
  const [fileError, setFileError] = createSignal('');
  const [status, setStatus] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let input!: HTMLInputElement;

  const send = async (mode: 'dry-run' | 'apply', body: string) => {
    setBusy(true);
    setProblem('');
    setStatus(mode === 'dry-run' ? m().checking : '');
    try {
      const result = await uploadCodeList(mode, body);
      if (mode === 'apply') {
        setReport(null);
        setText(null);
        setStatus(m().applied);
        props.onApplied();
      } else {
        setReport(result);
        setStatus(m().dryRun(result.counts.items, result.counts.mapped, result.counts.new, result.counts.unknown));
      }
    } catch (error) {
      setStatus('');
      if (error instanceof ApiError && error.status === 409 && error.issues.length) setContradictions(error.issues);
      else setProblem(describeCodesError(error));
    } finally {
      setBusy(false);
    }
  };

  const check = async (event: SubmitEvent) => {
    event.preventDefault();
    setReport(null);
    setContradictions([]);
    setFileError('');
    const file = input.files?.[0];
    if (!file) return void setFileError(m().noFile);
    const body = await file.text();
    try {
      parsed = JSON.parse(body);
    } catch {
      return void setFileError(m().notJson);
    }
    setText(body);
    await send('dry-run', body);
  };

  return (
    <section class="registry-import__step" aria-labelledby="code-list-title">
      <h2 id="code-list-title">{m().uploadHeading}</h2>
      <p>{m().uploadIntro}</p>
      <form class="form" onSubmit={(event) => void check(event)} novalidate>
        <div class="field" classList={{ 'field--error': Boolean(fileError()) }}>
          <label class="field__label" for="code-list-file">
            {m().file}
          </label>
          <Show when={fileError()}>
            <p class="field__error" id="code-list-file-error">
              {fileError()}
            </p>
          </Show>
          <input
            class="field__input"
            id="code-list-file"
            type="file"
            accept=".json,application/json"
            ref={input}
            aria-describedby={fileError() ? 'code-list-file-error' : undefined}
            aria-invalid={fileError() ? 'true' : undefined}
          />
        </div>
        <div class="form__actions">
          <button class="button" type="submit" disabled={busy()}>
            {m().check}
          </button>
        </div>
      </form>
      <SectionFeedback status={status()} problem={problem()} />
      <Show when={contradictions().length > 0}>
        <div class="notice notice--error" role="alert">
          <p>{m().contradicts}</p>
          <ul>
            <For each={contradictions()}>
              {(issue) => (
                <li>
                  <strong>{itemOf(issue.field, parsed)}</strong>: {reasonOf(issue.message)}
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <Show when={report()}>
        {(r) => (
          <>
            <Show when={r().new.length > 0}>
              <h3>{m().newHeading}</h3>
              <ul>
                <For each={r().new}>
                  {(entry) => (
                    <li>
                      <code>
                        {entry.list}/{entry.code}
                      </code>{' '}
                      {entry.registryName}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <Show when={r().unknown.length > 0}>
              <h3>{m().unknownHeading}</h3>
              <ul>
                <For each={r().unknown}>
                  {(entry) => (
                    <li>
                      <code>
                        {entry.list}/{entry.code}
                      </code>{' '}
                      {entry.registryName}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <div class="form__actions">
              <button class="button" type="button" disabled={busy() || !text()} onClick={() => void send('apply', text()!)}>
                {m().apply}
              </button>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}
