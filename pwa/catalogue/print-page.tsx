import { A, useParams } from '@solidjs/router';
import { For, Match, Show, Switch, createMemo, onCleanup, onMount } from 'solid-js';
import { formatDate } from '../lib/i18n.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { webHref } from '../lib/links.ts';
import { type CodeNames, codeNames } from './code-names.ts';
import { addressLine } from './geo.ts';
import { catalogueMessages } from './messages.ts';
import { hourRuns } from '../../schema/opening-hours.ts';
import type { LocalCatalogue, ServiceCard } from './types.ts';
import { useCatalogue } from './use-catalogue.ts';
import './catalogue.css';
import './print.css';

type Entry = { number: number; service: ServiceCard };
type KindGroup = { kind: string; entries: Entry[] };
type Chapter = { id: string; title: string; kinds: KindGroup[] };

/**
 * The booklet's order: by target group (each service under the first of its groups, in the code list's order), then
 * by kind in the law's order, then by name. Entries are numbered through, and the contents and the index of
 * municipalities point to numbers: Chromium cannot print page numbers of a target (no target-counter()).
 */
export function bookletChapters(catalogue: LocalCatalogue, names: CodeNames, otherTitle: string): { chapters: Chapter[]; index: [string, number[]][] } {
  const groupOrder = catalogue.codeLists.targetGroups.map((g) => g.code ?? '');
  const kindOrder = new Map(catalogue.codeLists.serviceKinds.map((k, i) => [k.code ?? '', i]));
  const byChapter = new Map<string, ServiceCard[]>();
  for (const service of catalogue.services) {
    const chapter = groupOrder.find((code) => service.targetGroups?.includes(code)) ?? '';
    byChapter.set(chapter, [...(byChapter.get(chapter) ?? []), service]);
  }
  let number = 0;
  const chapters: Chapter[] = [];
  for (const code of [...groupOrder, '']) {
    const services = byChapter.get(code);
    if (!services) continue;
    const kinds = [...new Set(services.map((s) => s.kind))].sort((a, b) => (kindOrder.get(a) ?? 999) - (kindOrder.get(b) ?? 999));
    chapters.push({
      id: `chapter-${code || 'other'}`,
      title: code ? names.targetGroup(code) : otherTitle,
      kinds: kinds.map((kind) => ({
        kind,
        entries: services
          .filter((s) => s.kind === kind)
          .sort((a, b) => a.name.localeCompare(b.name, 'cs'))
          .map((service) => ({ number: ++number, service })),
      })),
    });
  }
  const townName = new Map(catalogue.municipalities.map((m) => [m.code ?? '', m.name ?? '']));
  const index = new Map<string, Set<number>>();
  for (const { service, number: n } of chapters.flatMap((c) => c.kinds.flatMap((k) => k.entries))) {
    const places = new Set([...(service.municipalityCodes ?? []).map((code) => townName.get(code)), service.city]);
    for (const place of places) if (place) index.set(place, (index.get(place) ?? new Set()).add(n));
  }
  return {
    chapters,
    index: [...index].map(([place, numbers]): [string, number[]] => [place, [...numbers].sort((a, b) => a - b)]).sort(([a], [b]) => a.localeCompare(b, 'cs')),
  };
}

export default function PrintPage() {
  const params = useParams<{ slug: string }>();
  const { loaded, refetch } = useCatalogue(() => params.slug);
  const m = catalogueMessages;
  usePageTitle(() => (loaded.latest ? m().printTitle(loaded.latest.catalogue.territory.name) : m().print));
  // Print rules apply only while this page is open: the stylesheet stays loaded after leaving it.
  onMount(() => document.documentElement.classList.add('printing-catalogue'));
  onCleanup(() => document.documentElement.classList.remove('printing-catalogue'));
  return (
    <Switch>
      <Match when={loaded.error}>
        {(error) => (
          <>
            <h1>{m().loadFailed}</h1>
            <ErrorNotice error={error()} onRetry={() => void refetch()} />
          </>
        )}
      </Match>
      <Match when={loaded.latest}>{(ready) => <Booklet catalogue={ready().catalogue} savedAt={ready().savedAt} />}</Match>
      <Match when={loaded.loading}>
        <Loading label={m().loading} />
      </Match>
    </Switch>
  );
}

function Booklet(props: { catalogue: LocalCatalogue; savedAt: number }) {
  const m = catalogueMessages;
  const names = createMemo(() => codeNames(props.catalogue.codeLists));
  const booklet = createMemo(() => bookletChapters(props.catalogue, names(), m().otherServices));
  const providerName = createMemo(() => new Map(props.catalogue.providers.map((p) => [p.id, p.name])));
  const range = (kinds: KindGroup[]) => {
    const numbers = kinds.flatMap((k) => k.entries.map((e) => e.number));
    return m().entries(Math.min(...numbers), Math.max(...numbers));
  };
  return (
    <>
      <div class="print-toolbar no-print">
        <p class="back-link">
          <A href={`/uzemi/${props.catalogue.territory.slug}/katalog`}>
            <span aria-hidden="true">←</span>
            {m().backToCatalogue}
          </A>
        </p>
        <p>{m().printHint}</p>
        <button type="button" class="button" onClick={() => window.print()}>
          {m().printButton}
        </button>
      </div>
      <article class="booklet" aria-labelledby="booklet-title">
        <header class="booklet__cover">
          <h1 id="booklet-title">{m().printTitle(props.catalogue.territory.name)}</h1>
          <p>{m().printIntro(formatDate(props.savedAt), props.catalogue.services.length)}</p>
          <nav class="booklet__contents" aria-labelledby="contents-title">
            <h2 id="contents-title">{m().contents}</h2>
            <ol>
              <For each={booklet().chapters}>
                {(chapter) => (
                  <li>
                    <a href={`#${chapter.id}`}>{chapter.title}</a> <span class="booklet__range">{range(chapter.kinds)}</span>
                    <ul>
                      <For each={chapter.kinds}>
                        {(kind) => (
                          <li>
                            {names().kind(kind.kind)} <span class="booklet__range">{range([kind])}</span>
                          </li>
                        )}
                      </For>
                    </ul>
                  </li>
                )}
              </For>
              <li>
                <a href="#booklet-index">{m().index}</a>
              </li>
            </ol>
          </nav>
        </header>
        <For each={booklet().chapters}>
          {(chapter) => (
            <section class="booklet__chapter" id={chapter.id} aria-labelledby={`${chapter.id}-title`}>
              <h2 id={`${chapter.id}-title`}>{chapter.title}</h2>
              <For each={chapter.kinds}>
                {(kind) => (
                  <section class="booklet__kind">
                    <h3>
                      {names().kind(kind.kind)}
                      <Show when={names().paragraph(kind.kind)}>{(paragraph) => <span class="booklet__paragraph"> ({paragraph()})</span>}</Show>
                    </h3>
                    <For each={kind.entries}>{(entry) => <BookletEntry entry={entry} names={names()} providerName={providerName().get(entry.service.providerId)} />}</For>
                  </section>
                )}
              </For>
            </section>
          )}
        </For>
        <section class="booklet__index" id="booklet-index" aria-labelledby="booklet-index-title">
          <h2 id="booklet-index-title">{m().index}</h2>
          <p>{m().indexIntro}</p>
          <dl class="booklet__index-list">
            <For each={booklet().index}>
              {([place, numbers]) => (
                <div>
                  <dt>{place}</dt>
                  <dd>{numbers.join(', ')}</dd>
                </div>
              )}
            </For>
          </dl>
        </section>
      </article>
    </>
  );
}

function BookletEntry(props: { entry: Entry; names: CodeNames; providerName: string | undefined }) {
  const m = catalogueMessages;
  const s = () => props.entry.service;
  // A secret address prints as its town and a note; the snapshot holds no street or coordinates for it anyway.
  const place = () => (s().addressSecret ? [s().city, m().secretAddress].filter(Boolean).join(' – ') : addressLine(s()));
  const hours = () =>
    s().alwaysOpen
      ? m().alwaysOpen
      : hourRuns(s().openingHours ?? [])
          .map(([from, to, times]) => `${m().dayShort(from)}${from === to ? '' : `–${m().dayShort(to)}`} ${times}`)
          .join('; ');
  return (
    <article class="entry">
      <h4 class="entry__title">
        <span class="entry__number">{props.entry.number}.</span> {s().name}
      </h4>
      <Show when={props.providerName}>{(name) => <p class="entry__provider">{name()}</p>}</Show>
      <Show when={s().description}>{(text) => <p class="entry__description">{text()}</p>}</Show>
      <p class="entry__facts">
        <Show when={s().forms?.length}>
          <span>{(s().forms ?? []).map((f) => props.names.form(f)).join(', ')}</span>
        </Show>
        <Show when={place()}>{(line) => <span>{line()}</span>}</Show>
        <Show when={s().phone}>
          {(phone) => (
            <span>
              {m().phoneShort} {phone()}
            </span>
          )}
        </Show>
        <Show when={s().email}>{(email) => <span>{email()}</span>}</Show>
        <Show when={s().web ? webHref(s().web!) : undefined}>{(link) => <span>{link().label}</span>}</Show>
        <Show when={hours()}>{(text) => <span>{text()}</span>}</Show>
      </p>
    </article>
  );
}
