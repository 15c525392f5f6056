import { For, type JSX, Show, createSignal } from 'solid-js';
import { formatNumber } from '../lib/i18n.ts';
import { importMessages } from './messages.ts';
import type { RegistryImportReport } from './registry-api.ts';

/** Long lists show this many rows until the person asks for all: 6,700 rows would bury the rest of the report. */
const FIRST_ROWS = 50;

/** A collapsible list; closed when long, so the summary stays in view. */
function ReportList<T>(props: { heading: string; rows: readonly T[]; open?: boolean; children: (row: T) => JSX.Element }) {
  const m = importMessages;
  const [all, setAll] = createSignal(false);
  const shown = () => (all() ? props.rows : props.rows.slice(0, FIRST_ROWS));
  return (
    <Show when={props.rows.length > 0}>
      <details class="registry-report__list" open={props.open ?? props.rows.length <= 10}>
        <summary>{props.heading}</summary>
        <ul>
          <For each={shown()}>{(row) => <li>{props.children(row)}</li>}</For>
        </ul>
        <Show when={!all() && props.rows.length > FIRST_ROWS}>
          <button type="button" class="button button--secondary button--small" onClick={() => setAll(true)}>
            {m().showAll(props.rows.length)}
          </button>
        </Show>
      </details>
    </Show>
  );
}

const where = (position: number, registrationId: string | null) => {
  const m = importMessages();
  return [m.position(position), registrationId ? m.registration(registrationId) : null].filter(Boolean).join(', ');
};

export function ReportCounts(props: { report: RegistryImportReport }) {
  const m = importMessages;
  const entries = () => {
    const c = props.report.counts;
    const names = m().counts;
    return [
      ['new', c.new],
      ['changed', c.changed],
      ['unchanged', c.unchanged],
      ['gone', c.gone],
      ['bad', c.bad],
      ['skipped', c.skipped],
      ['unmapped', c.unmapped ?? 0],
    ].map(([key, value]) => ({ key: key as keyof typeof names, label: names[key as keyof typeof names], value: value as number }));
  };
  return (
    <dl class="registry-report__counts" aria-label={m().countsLabel}>
      <For each={entries()}>
        {(entry) => (
          <div class={`registry-report__count registry-report__count--${entry.key}`}>
            <dt>{entry.label}</dt>
            <dd>{formatNumber(entry.value)}</dd>
          </div>
        )}
      </For>
    </dl>
  );
}

/** The dry run's (or the applied import's) lists: what is new, what changes and in which fields, what goes. */
export function ReportLists(props: { report: RegistryImportReport }) {
  const m = importMessages;
  const r = () => props.report;
  return (
    <div class="registry-report__lists">
      <ReportList heading={m().newHeading(r().new.length)} rows={r().new}>
        {(row) => (
          <>
            <strong>{row.name}</strong>
            <span class="muted"> – {m().provider(row.providerName, row.providerIco)}; {where(row.position, row.registrationId)}</span>
          </>
        )}
      </ReportList>
      <ReportList heading={m().changedHeading(r().changed.length)} rows={r().changed}>
        {(row) => (
          <>
            <strong>{row.name}</strong> – {m().changedFields(row.fields)}
            <span class="muted">; {where(row.position, row.registrationId)}</span>
          </>
        )}
      </ReportList>
      <ReportList heading={m().goneHeading(r().gone.length)} rows={r().gone}>
        {(row) => (
          <>
            <strong>{row.name}</strong>
            <Show when={row.registrationId}>{(id) => <span class="muted"> – {m().registration(id())}</span>}</Show>
          </>
        )}
      </ReportList>
      <ReportList heading={m().badHeading(r().bad.length)} rows={r().bad}>
        {(row) => (
          <>
            <strong>{where(row.position, row.registrationId)}</strong>: <code>{row.field}</code> {m().reason(row.reason)}
          </>
        )}
      </ReportList>
      <ReportList heading={m().skippedHeading(r().skipped.length)} rows={r().skipped}>
        {(row) => (
          <>
            <strong>{where(row.position, row.registrationId)}</strong>: {m().reason(row.reason)}
          </>
        )}
      </ReportList>
      <ReportList heading={m().providersHeading(r().providers.new.length, r().providers.changed.length)} rows={[...r().providers.new.map((p) => ({ ...p, fields: null as string[] | null })), ...r().providers.changed]} open={false}>
        {(row) => (
          <>
            {m().provider(row.name, row.ico)}
            <Show when={row.fields}>{(fields) => <span class="muted"> – {m().changedFields(fields())}</span>}</Show>
          </>
        )}
      </ReportList>
      <ReportList heading={m().warningsHeading(r().warnings.length)} rows={r().warnings} open={false}>
        {(row) => (
          <>
            <strong>{where(row.position, row.registrationId)}</strong>: {m().reason(row.message)}
          </>
        )}
      </ReportList>
      <ReportList heading={m().unchangedHeading(r().unchanged.length)} rows={r().unchanged} open={false}>
        {(row) => (
          <>
            {row.name} <span class="muted">– {where(row.position, row.registrationId)}</span>
          </>
        )}
      </ReportList>
    </div>
  );
}
