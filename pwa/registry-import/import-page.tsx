import { A, Navigate, useParams } from '@solidjs/router';
import { Match, Show, Switch, createResource, createSignal, onCleanup } from 'solid-js';
import { ApiError } from '../lib/api.ts';
import { currentUser } from '../lib/session.ts';
import { signInHref } from '../sign-in/sign-in-page.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { DailyImport } from './daily-import.tsx';
import { describeImportError } from './errors.ts';
import { importMessages } from './messages.ts';
import { readInWorker } from './reader-client.ts';
import { type ImportPayload, type RegistryImportReport, importScope, loadCodeLists, loadTerritory, runImport } from './registry-api.ts';
import { ReportCounts, ReportLists } from './report-view.tsx';
import { UnknownCodes } from './unknown-codes.tsx';
import '../sign-in/form.css';
import './registry-import.css';

/** Live text is read out at most this often: a screen reader cannot keep up with every chunk of 98 MB. */
const ANNOUNCE_EVERY_MS = 3_000;

/** After the DOM has followed the new state. */
const focusById = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** /uzemi/:slug/registr: the coordinator imports the national registry's file into the territory's catalogue. */
export default function ImportPage() {
  const params = useParams<{ slug: string }>();
  return (
    <Show when={currentUser()} fallback={<Navigate href={signInHref(`/uzemi/${params.slug}/registr`)} />}>
      <ImportScreen slug={params.slug} />
    </Show>
  );
}

type Phase =
  | { step: 'idle' }
  | { step: 'reading'; bytes: number; size: number; items: number; kept: number }
  | { step: 'comparing' }
  | { step: 'report'; report: RegistryImportReport }
  | { step: 'applying'; report: RegistryImportReport }
  | { step: 'applied'; report: RegistryImportReport };

function ImportScreen(props: { slug: string }) {
  const m = importMessages;
  const [territory] = createResource(() => props.slug, async (slug) => (await loadTerritory(slug)).territory);
  const [scope, { refetch: refetchScope }] = createResource(() => props.slug, importScope);
  const [codeLists] = createResource(loadCodeLists);
  usePageTitle(() => (territory.latest ? m().titleOf(territory.latest.name) : m().title));

  const [phase, setPhase] = createSignal<Phase>({ step: 'idle' });
  const [announcement, setAnnouncement] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const [fileError, setFileError] = createSignal('');
  let payload: ImportPayload | null = null;
  let cancelReading: (() => void) | null = null;
  let fileInput!: HTMLInputElement;
  onCleanup(() => cancelReading?.());

  const compare = async (mode: 'dry-run' | 'apply') => {
    if (!payload) return;
    setProblem('');
    try {
      const report = await runImport(props.slug, mode, payload);
      setPhase({ step: mode === 'apply' ? 'applied' : 'report', report });
      if (mode === 'apply') setAnnouncement(m().applied(report.counts.new, report.counts.changed, report.counts.gone));
      return report;
    } catch (error) {
      setProblem(describeImportError(error));
      return null;
    }
  };

  const read = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem('');
    setFileError('');
    const file = fileInput.files?.[0];
    const codes = scope.latest?.municipalityCodes;
    if (!file) return void setFileError(m().noFile);
    if (!codes) return;
    payload = null;
    setPhase({ step: 'reading', bytes: 0, size: file.size, items: 0, kept: 0 });
    setAnnouncement(m().progress(0, file.size, 0, 0));
    let lastAnnounced = Date.now();
    const reading = readInWorker(file, codes, (progress) => {
      setPhase({ step: 'reading', size: file.size, ...progress });
      if (Date.now() - lastAnnounced >= ANNOUNCE_EVERY_MS) {
        lastAnnounced = Date.now();
        setAnnouncement(m().progress(progress.bytes, file.size, progress.items, progress.kept));
      }
    });
    cancelReading = reading.cancel;
    const outcome = await reading.outcome;
    cancelReading = null;
    if (outcome.type === 'cancelled') {
      setPhase({ step: 'idle' });
      setAnnouncement(m().cancelled);
      return;
    }
    if (outcome.type !== 'done') {
      setPhase({ step: 'idle' });
      setAnnouncement('');
      setProblem(outcome.type === 'problem' ? m().problem(outcome.kind, outcome.byteOffset, outcome.itemsRead) : m().readFailed(outcome.message));
      return;
    }
    if (outcome.polozky.length === 0) {
      setPhase({ step: 'idle' });
      setProblem(m().nothingInside(outcome.totalItems));
      return;
    }
    payload = { polozky: outcome.polozky, positions: outcome.positions, totalItems: outcome.totalItems, fileName: file.name.slice(0, 255) };
    setAnnouncement(m().readDone(outcome.totalItems, outcome.polozky.length));
    setPhase({ step: 'comparing' });
    const report = await compare('dry-run');
    if (report) {
      setAnnouncement(`${m().reportHeading}: ${reportSummary(report)}`);
      focusById('registry-report-title');
    } else setPhase({ step: 'idle' });
  };

  const reportSummary = (report: RegistryImportReport) => {
    const c = m().counts;
    return [`${c.new} ${report.counts.new}`, `${c.changed} ${report.counts.changed}`, `${c.unchanged} ${report.counts.unchanged}`, `${c.gone} ${report.counts.gone}`, `${c.bad} ${report.counts.bad}`, `${c.unmapped} ${report.counts.unmapped ?? 0}`].join(', ');
  };

  const apply = async (report: RegistryImportReport) => {
    setPhase({ step: 'applying', report });
    setAnnouncement(m().applying);
    if (await compare('apply')) focusById('registry-report-title');
    else setPhase({ step: 'report', report });
  };

  const reportOf = () => {
    const p = phase();
    return p.step === 'report' || p.step === 'applying' || p.step === 'applied' ? p.report : null;
  };
  const isBusy = () => ['reading', 'comparing', 'applying'].includes(phase().step);
  const hasWork = (r: RegistryImportReport) => r.counts.new + r.counts.changed + r.counts.gone > 0;

  return (
    <div class="registry-import">
      <p>
        <A href={`/uzemi/${props.slug}`}>{m().back(territory.latest?.name ?? props.slug)}</A>
      </p>
      <h1>{territory.latest ? m().titleOf(territory.latest.name) : m().title}</h1>
      <p>{m().intro}</p>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement()}
      </p>
      <Switch>
        <Match when={scope.error instanceof ApiError && (scope.error.status === 403 || scope.error.status === 401)}>
          <p class="notice notice--error" role="alert">
            {(scope.error as ApiError).status === 401 ? m().signIn : m().forbidden}
          </p>
        </Match>
        <Match when={scope.error}>{(error) => <ErrorNotice error={error()} onRetry={() => void refetchScope()} />}</Match>
        <Match when={scope.loading && !scope.latest}>
          <Loading label={m().loading} />
        </Match>
        <Match when={scope.latest?.municipalityCodes.length === 0}>
          <p class="notice notice--info">{m().noMunicipalities}</p>
        </Match>
        <Match when={scope.latest}>
          {(loaded) => (
            <>
              <section class="registry-import__step" aria-labelledby="registry-file-title">
                <h2 id="registry-file-title">{m().fileHeading}</h2>
                <p class="muted">{m().scope(loaded().municipalityCodes.length)}</p>
                <form class="form" onSubmit={(event) => void read(event)} novalidate>
                  <div class="field" classList={{ 'field--error': Boolean(fileError()) }}>
                    <label class="field__label" for="registry-file">
                      {m().file}
                    </label>
                    <p class="field__hint" id="registry-file-hint">
                      {m().fileHint}
                    </p>
                    <Show when={fileError()}>
                      <p class="field__error" id="registry-file-error">
                        {fileError()}
                      </p>
                    </Show>
                    <input
                      class="field__input"
                      id="registry-file"
                      type="file"
                      accept=".json,application/json"
                      ref={fileInput}
                      disabled={isBusy()}
                      aria-describedby={fileError() ? 'registry-file-hint registry-file-error' : 'registry-file-hint'}
                      aria-invalid={fileError() ? 'true' : undefined}
                      onChange={() => setFileError('')}
                    />
                  </div>
                  <div class="form__actions">
                    <button class="button" type="submit" disabled={isBusy()}>
                      {m().read}
                    </button>
                  </div>
                </form>
                <Show when={phase().step === 'reading' ? (phase() as Extract<Phase, { step: 'reading' }>) : null}>
                  {(reading) => (
                    <div class="registry-import__progress">
                      <label for="registry-progress">{m().progressLabel}</label>
                      <progress id="registry-progress" max={reading().size || 1} value={reading().bytes} />
                      <p>{m().progress(reading().bytes, reading().size, reading().items, reading().kept)}</p>
                      <button type="button" class="button button--secondary" onClick={() => cancelReading?.()}>
                        {m().cancel}
                      </button>
                    </div>
                  )}
                </Show>
                <Show when={phase().step === 'comparing'}>
                  <Loading label={m().sending} />
                </Show>
                <Show when={problem()}>
                  <p class="notice notice--error" id="registry-file-problem" role="alert">
                    {problem()}
                  </p>
                </Show>
              </section>

              <Show when={reportOf()}>
                {(report) => (
                  <section class="registry-import__step" aria-labelledby="registry-report-title">
                    <h2 id="registry-report-title" tabindex="-1">
                      {phase().step === 'applied' ? m().appliedHeading : m().reportHeading}
                    </h2>
                    <Show
                      when={phase().step === 'applied'}
                      fallback={<p>{m().reportIntro(report().fileName ?? payload?.fileName ?? 'rpss.json', report().counts.items, report().counts.totalItems ?? report().counts.items)}</p>}
                    >
                      <p class="notice notice--success">{m().applied(report().counts.new, report().counts.changed, report().counts.gone)}</p>
                    </Show>
                    <ReportCounts report={report()} />
                    <Show when={phase().step !== 'applied'}>
                      <UnknownCodes
                        codes={report().unknownCodes ?? []}
                        codeLists={codeLists.latest}
                        disabled={isBusy()}
                        onProblem={(message) => setProblem(message)}
                        onAssigned={(code, name) => {
                          setAnnouncement(m().assigned(code.code, name));
                          void compare('dry-run').then((next) => {
                            if (!next) return;
                            setAnnouncement(`${m().recomputed} ${reportSummary(next)}`);
                            // The assigned code's form is gone: the keyboard goes on from the next code, or the report.
                            focusById(next.unknownCodes.length ? 'registry-unknown-title' : 'registry-report-title');
                          });
                        }}
                      />
                    </Show>
                    <ReportLists report={report()} />
                    <Switch>
                      <Match when={phase().step === 'applied'}>
                        <p class="registry-import__actions">
                          <A class="button" href={`/uzemi/${props.slug}/katalog`}>
                            {m().toCatalogue}
                          </A>
                        </p>
                      </Match>
                      <Match when={!hasWork(report())}>
                        <p class="notice notice--info">{m().nothingToApply}</p>
                      </Match>
                      <Match when={true}>
                        <div class="registry-import__actions">
                          <p class="muted" id="registry-apply-hint">
                            {m().applyHint}
                          </p>
                          <button class="button" type="button" disabled={isBusy()} aria-describedby="registry-apply-hint" onClick={() => void apply(report())}>
                            {phase().step === 'applying' ? m().applying : m().apply}
                          </button>
                        </div>
                      </Match>
                    </Switch>
                  </section>
                )}
              </Show>
            </>
          )}
        </Match>
      </Switch>
      <Show when={scope.latest}>
        <DailyImport slug={props.slug} />
      </Show>
    </div>
  );
}
