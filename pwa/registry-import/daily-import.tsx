import { Match, Show, Switch, createResource, createSignal } from 'solid-js';
import { ApiError } from '../lib/api.ts';
import { formatDate } from '../lib/i18n.ts';
import { ErrorNotice, Loading, SectionFeedback } from '../ui/status.tsx';
import { describeImportError } from './errors.ts';
import { dailyMessages } from './daily-messages.ts';
import { applyPending, dismissPending, getPending, getRegistrySource, putRegistrySource } from './registry-api.ts';
import { ReportCounts, ReportLists } from './report-view.tsx';

/**
 * The daily import: the Worker's Cron downloads rpss.json from the address set here and keeps a dry run for a
 * coordinator to apply or dismiss, or applies it itself when autoApply is on.
 */
export function DailyImport(props: { slug: string }) {
  const m = dailyMessages;
  return (
    <section class="registry-import__step" aria-labelledby="registry-daily-title">
      <h2 id="registry-daily-title">{m().heading}</h2>
      <p>{m().intro}</p>
      <SourceForm slug={props.slug} />
      <PendingRun slug={props.slug} />
    </section>
  );
}

function SourceForm(props: { slug: string }) {
  const m = dailyMessages;
  const [source, { mutate }] = createResource(() => props.slug, getRegistrySource);
  const [status, setStatus] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const [urlError, setUrlError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let form!: HTMLFormElement;

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setStatus('');
    setProblem('');
    setUrlError('');
    const data = new FormData(form);
    const url = String(data.get('url') ?? '').trim();
    if (url && !url.startsWith('https://')) return void setUrlError(m().urlMustBeHttps);
    setBusy(true);
    try {
      const saved = await putRegistrySource(props.slug, { url: url || null, autoApply: data.get('autoApply') === 'on' });
      mutate((previous) => ({ lastRun: previous?.lastRun ?? null, source: saved.source }));
      setStatus(url ? m().saved : m().stopped);
    } catch (error) {
      const urlIssue = error instanceof ApiError ? error.issues.find((issue) => issue.field.endsWith('url')) : undefined;
      if (urlIssue) setUrlError(m().urlInvalid);
      else setProblem(describeImportError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Switch>
      <Match when={source.error}>{(error) => <ErrorNotice error={error()} />}</Match>
      <Match when={source.loading && !source.latest}>
        <Loading />
      </Match>
      <Match when={source.latest}>
        {(loaded) => {
          const current = () => loaded().source ?? { url: '', autoApply: false };
          return (
          <form class="form registry-daily__form" ref={form} onSubmit={(event) => void save(event)} aria-labelledby="registry-source-title" novalidate>
            <h3 id="registry-source-title">{m().sourceHeading}</h3>
            <div class="field" classList={{ 'field--error': Boolean(urlError()) }}>
              <label class="field__label" for="registry-source-url">
                {m().url}
              </label>
              <p class="field__hint" id="registry-source-url-hint">
                {m().urlHint}
              </p>
              <Show when={urlError()}>
                <p class="field__error" id="registry-source-url-error">
                  {urlError()}
                </p>
              </Show>
              <input
                class="field__input"
                id="registry-source-url"
                name="url"
                type="url"
                inputmode="url"
                maxLength={2000}
                value={current().url}
                aria-describedby={urlError() ? 'registry-source-url-hint registry-source-url-error' : 'registry-source-url-hint'}
                aria-invalid={urlError() ? 'true' : undefined}
              />
            </div>
            <div class="field field--checkbox">
              <label class="checkbox">
                <input type="checkbox" name="autoApply" checked={current().autoApply} aria-describedby="registry-auto-hint" />
                <span>{m().autoApply}</span>
              </label>
              <p class="field__hint" id="registry-auto-hint">
                {m().autoApplyHint}
              </p>
            </div>
            <SectionFeedback status={status()} problem={problem()} />
            <div class="form__actions">
              <button class="button" type="submit" disabled={busy()}>
                {m().save}
              </button>
            </div>
          </form>
          );
        }}
      </Match>
    </Switch>
  );
}

function PendingRun(props: { slug: string }) {
  const m = dailyMessages;
  const [pending, { refetch, mutate }] = createResource(() => props.slug, getPending);
  const [status, setStatus] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  const decide = async (action: 'apply' | 'dismiss') => {
    setStatus('');
    setProblem('');
    setBusy(true);
    try {
      if (action === 'apply') {
        const report = await applyPending(props.slug);
        setStatus(m().appliedPending(report.counts.new, report.counts.changed, report.counts.gone));
      } else {
        await dismissPending(props.slug);
        setStatus(m().dismissed);
      }
      mutate((previous) => ({ pending: null, lastRun: previous?.lastRun ?? null }));
      void refetch();
    } catch (error) {
      setProblem(describeImportError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="registry-daily__pending">
      <h3 id="registry-pending-title">{m().pendingHeading}</h3>
      <Switch>
        <Match when={pending.error}>{(error) => <ErrorNotice error={error()} onRetry={() => void refetch()} />}</Match>
        <Match when={pending.loading && !pending.latest}>
          <Loading />
        </Match>
        <Match when={pending.latest?.pending}>
          {(run) => (
            <>
              <p>{m().pendingFrom(run().url, formatDate(run().finishedAt ?? run().startedAt, { dateStyle: 'long', timeStyle: 'short' }))}</p>
              <ReportCounts report={run().report} />
              <ReportLists report={run().report} />
              <div class="form__actions">
                <button class="button" type="button" disabled={busy()} onClick={() => void decide('apply')}>
                  {m().applyPending}
                </button>
                <button class="button button--secondary" type="button" disabled={busy()} onClick={() => void decide('dismiss')}>
                  {m().dismiss}
                </button>
              </div>
            </>
          )}
        </Match>
        <Match when={pending.latest}>
          {(loaded) => (
            <>
              <p class="muted">{m().noPending}</p>
              <Show when={loaded().lastRun}>
                {(last) => (
                  <p class={last().status === 'failed' ? 'notice notice--error' : 'muted'}>
                    {m().lastRun(last().status, formatDate(last().finishedAt ?? last().startedAt, { dateStyle: 'long', timeStyle: 'short' }), last().message)}
                  </p>
                )}
              </Show>
            </>
          )}
        </Match>
      </Switch>
      <SectionFeedback status={status()} problem={problem()} />
    </div>
  );
}
