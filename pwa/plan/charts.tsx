import { For, createUniqueId } from 'solid-js';
import { monitoringMessages } from './messages.ts';

/**
 * Small hand-written SVG charts. Each is an image with a title and a description for screen readers, and the same
 * figures as a table behind a disclosure: a chart alone says nothing to someone who cannot see it.
 */
const WIDTH = 320;
const LABEL_HEIGHT = 18;
const BAR_HEIGHT = 14;
const ROW = LABEL_HEIGHT + BAR_HEIGHT + 10;

export const SERIES_COLOURS = ['#0b5563', '#c2571a'] as const;

export type ProgressItem = { label: string; value: number | null };

export function ProgressChart(props: { title: string; description: string; items: ProgressItem[] }) {
  const id = createUniqueId();
  const m = monitoringMessages;
  const height = () => props.items.length * ROW + 4;
  return (
    <figure class="chart">
      <figcaption>
        <strong>{props.title}</strong>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height()}`} width={WIDTH} height={height()} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{props.title}</title>
        <desc id={`${id}-desc`}>
          {props.description} {props.items.map((item) => `${item.label}: ${m().percent(item.value)}`).join('; ')}
        </desc>
        <For each={props.items}>
          {(item, index) => {
            const y = () => index() * ROW;
            const share = () => Math.max(0, Math.min(100, item.value ?? 0)) / 100;
            return (
              <g>
                <text x="0" y={y() + 13} font-size="13" fill="#1c2526">
                  {item.label.length > 48 ? `${item.label.slice(0, 47)}…` : item.label}
                </text>
                <rect x="0" y={y() + LABEL_HEIGHT} width={WIDTH - 56} height={BAR_HEIGHT} rx="3" fill="#e3e1da" />
                <rect x="0" y={y() + LABEL_HEIGHT} width={(WIDTH - 56) * share()} height={BAR_HEIGHT} rx="3" fill={SERIES_COLOURS[0]} />
                <text x={WIDTH} y={y() + LABEL_HEIGHT + 12} font-size="13" text-anchor="end" fill="#1c2526">
                  {m().percent(item.value)}
                </text>
              </g>
            );
          }}
        </For>
      </svg>
      <details>
        <summary>{m().showTable}</summary>
        <table class="data-table">
          <caption>{m().tableCaption(props.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{m().group}</th>
              <th scope="col" class="num">
                {m().progress}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.items}>
              {(item) => (
                <tr>
                  <th scope="row">{item.label}</th>
                  <td class="num">{m().percent(item.value)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export type PairItem = { label: string; first: number; second: number };

/** Pairs of vertical bars per year: planned against spent. */
export function PairChart(props: { title: string; description: string; names: [string, string]; items: PairItem[]; format: (value: number) => string }) {
  const id = createUniqueId();
  const m = monitoringMessages;
  const height = 180;
  const plot = 140;
  const max = () => Math.max(1, ...props.items.flatMap((item) => [item.first, item.second]));
  const slot = () => WIDTH / Math.max(1, props.items.length);
  const bar = () => Math.min(36, slot() / 3);
  return (
    <figure class="chart">
      <figcaption>
        <strong>{props.title}</strong>
      </figcaption>
      <ul class="chart__legend" aria-hidden="true">
        <For each={props.names}>
          {(name, index) => (
            <li>
              <span class="chart__swatch" style={{ background: SERIES_COLOURS[index()] }} />
              {name}
            </li>
          )}
        </For>
      </ul>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{props.title}</title>
        <desc id={`${id}-desc`}>
          {props.description}{' '}
          {props.items.map((item) => `${item.label}: ${props.names[0]} ${props.format(item.first)}, ${props.names[1]} ${props.format(item.second)}`).join('; ')}
        </desc>
        <line x1="0" x2={WIDTH} y1={plot} y2={plot} stroke="#48575a" />
        <For each={props.items}>
          {(item, index) => {
            const x = () => index() * slot() + slot() / 2;
            const h = (value: number) => (value / max()) * (plot - 10);
            return (
              <g>
                <rect x={x() - bar() - 1} y={plot - h(item.first)} width={bar()} height={h(item.first)} fill={SERIES_COLOURS[0]} />
                <rect x={x() + 1} y={plot - h(item.second)} width={bar()} height={h(item.second)} fill={SERIES_COLOURS[1]} />
                <text x={x()} y={plot + 18} font-size="13" text-anchor="middle" fill="#1c2526">
                  {item.label}
                </text>
              </g>
            );
          }}
        </For>
      </svg>
      <details>
        <summary>{m().showTable}</summary>
        <table class="data-table">
          <caption>{m().tableCaption(props.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{m().year}</th>
              <th scope="col" class="num">
                {props.names[0]}
              </th>
              <th scope="col" class="num">
                {props.names[1]}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.items}>
              {(item) => (
                <tr>
                  <th scope="row">{item.label}</th>
                  <td class="num">{props.format(item.first)}</td>
                  <td class="num">{props.format(item.second)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </details>
    </figure>
  );
}
