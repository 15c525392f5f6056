import { For, Show, createSignal } from 'solid-js';
import { ApiError } from '../lib/api.ts';
import { SectionFeedback } from '../ui/status.tsx';
import { failureText } from './admin-screen.tsx';
import { type MunicipalityImportReport, importMunicipalities } from './geography-api.ts';
import { geographyMessages } from './messages.ts';

/** "line 17: municipality 547336 belongs to another region" → "řádek 17: …", keeping the Worker's reason. */
function lineProblem(message: string): string {
  const m = geographyMessages();
  const line = /^line (\d+): (.*)$/.exec(message);
  return line ? `${m.lineOf(Number(line[1]))}: ${m.issue(line[2]!)}` : m.issue(message);
}

/** ČSÚ's file: checked first (the dry run lists what would change), written only when the admin confirms. */
export function MunicipalityImport(props: { regionCode: string; onApplied: () => void }) {
  const m = geographyMessages;
  const [file, setFile] = createSignal<File | null>(null);
  const [report, setReport] = createSignal<MunicipalityImportReport | null>(null);
  const [fileError, setFileError] = createSignal('');
  const [refused, setRefused] = createSignal<string[]>([]);
  const [status, setStatus] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let input!: HTMLInputElement;

  const send = async (mode: 'dry-run' | 'apply', chosen: File) => {
    setBusy(true);
    setProblem('');
    setRefused([]);
    setStatus(mode === 'dry-run' ? m().checking : '');
    try {
      const result = await importMunicipalities(props.regionCode, mode, chosen);
      if (mode === 'apply') {
        setReport(null);
        setFile(null);
        input.value = '';
        setStatus(result.applied ? m().applied(result.created.length, result.memberships.length) : m().nothingToApply);
        props.onApplied();
      } else {
        setReport(result);
        setStatus(m().dryRun(result.created.length, result.renamed.length, result.unchanged.length, result.memberships.length));
      }
    } catch (error) {
      setStatus('');
      if (error instanceof ApiError && error.status === 400 && error.issues.length > 0) setRefused(error.issues.map((issue) => lineProblem(issue.message)));
      else setProblem(failureText(error));
    } finally {
      setBusy(false);
    }
  };

  const check = async (event: SubmitEvent) => {
    event.preventDefault();
    setReport(null);
    setFileError('');
    const chosen = input.files?.[0];
    if (!chosen) {
      setFileError(m().noFile);
      input.focus();
      return;
    }
    setFile(chosen);
    await send('dry-run', chosen);
  };

  return (
    <div class="geography__import">
      <h3>{m().importHeading}</h3>
      <p>{m().importIntro}</p>
      <form class="form" onSubmit={(event) => void check(event)} novalidate>
        <div class="field" classList={{ 'field--error': Boolean(fileError()) }}>
          <label class="field__label" for="municipality-file">
            {m().file}
          </label>
          <Show when={fileError()}>
            <p class="field__error" id="municipality-file-error">
              {fileError()}
            </p>
          </Show>
          <input
            class="field__input"
            id="municipality-file"
            type="file"
            accept=".csv,text/csv"
            ref={input}
            aria-describedby={fileError() ? 'municipality-file-error' : undefined}
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
      <Show when={refused().length > 0}>
        <div class="notice notice--error" role="alert">
          <p>{m().fileRefused}</p>
          <ul>
            <For each={refused()}>{(line) => <li>{line}</li>}</For>
          </ul>
        </div>
      </Show>
      <Show when={report()}>
        {(r) => (
          <div class="geography__report">
            <ReportList heading={m().createdHeading} lines={r().created.map((l) => `${l.name} (${l.code}), ${m().lineOf(l.line)}`)} />
            <ReportList heading={m().renamedHeading} lines={r().renamed.map((l) => `${l.name} (${l.code}), ${m().renamedFrom(l.previousName)}`)} />
            <ReportList heading={m().membershipsHeading} lines={r().memberships.map((l) => `${l.code} → ${l.territory}`)} />
            <ReportList heading={m().unknownOrpHeading} lines={r().unknownOrp.map((l) => `${m().lineOf(l.line)}: ${l.code}, ORP ${l.orpCode}${l.orpName ? ` ${l.orpName}` : ''}`)} />
            <div class="form__actions">
              <button class="button" type="button" disabled={busy() || !file()} onClick={() => void send('apply', file()!)}>
                {m().apply}
              </button>
            </div>
          </div>
        )}
      </Show>
    </div>
  );
}

/** A long list (a region has hundreds of municipalities) shows its first 50 and says how many more. */
function ReportList(props: { heading: string; lines: string[] }) {
  return (
    <Show when={props.lines.length > 0}>
      <h4>
        {props.heading} ({props.lines.length})
      </h4>
      <ul>
        <For each={props.lines.slice(0, 50)}>{(line) => <li>{line}</li>}</For>
        <Show when={props.lines.length > 50}>
          <li>…</li>
        </Show>
      </ul>
    </Show>
  );
}
