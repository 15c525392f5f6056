import { compareCzechNames, locale } from '../lib/i18n.ts';
import type { CodeLists, LocalCatalogue, ServiceCard } from './types.ts';

type Named = { code?: string | undefined; name?: string | null | undefined; nameEn?: string | null | undefined; paragraph?: string | null | undefined; category?: string | null | undefined };

const nameIn = (item: Named | undefined) => (item ? (locale() === 'en' ? item.nameEn : item.name) ?? item.name ?? item.code ?? undefined : undefined);

/** Code-list names in the current language, from the code lists the snapshot carries (so they work offline). */
export function codeNames(codeLists: CodeLists) {
  const byCode = (list: readonly Named[]) => new Map<string, Named>(list.map((item) => [item.code ?? '', item]));
  const kinds = byCode(codeLists.serviceKinds);
  const forms = byCode(codeLists.serviceForms);
  const targets = byCode(codeLists.targetGroups);
  const clients = byCode(codeLists.clientGroups);
  return {
    kind: (code: string) => nameIn(kinds.get(code)) ?? code,
    paragraph: (code: string) => kinds.get(code)?.paragraph ?? undefined,
    isRelated: (code: string) => kinds.get(code)?.category === 'related',
    form: (code: string) => nameIn(forms.get(code)) ?? code,
    targetGroup: (code: string) => nameIn(targets.get(code)) ?? code,
    clientGroup: (code: string) => nameIn(clients.get(code)) ?? code,
  };
}

export type CodeNames = ReturnType<typeof codeNames>;

const codesIn = (list: readonly Named[], used: ReadonlySet<string>) => list.flatMap((item) => (item.code && used.has(item.code) ? [item.code] : []));

/** The choices of a filter: only codes that some service of this catalogue has, in code-list order or by name. */
export function filterChoices(catalogue: LocalCatalogue) {
  const used = (pick: (s: ServiceCard) => readonly string[] | string | undefined) => new Set(catalogue.services.flatMap((s) => pick(s) ?? []));
  const kinds = used((s) => s.kind);
  const forms = used((s) => s.forms);
  const groups = used((s) => s.targetGroups);
  const served = used((s) => s.municipalityCodes);
  return {
    targetGroups: codesIn(catalogue.codeLists.targetGroups, groups),
    kinds: codesIn(catalogue.codeLists.serviceKinds, kinds),
    forms: codesIn(catalogue.codeLists.serviceForms, forms),
    municipalities: catalogue.municipalities.filter((m) => m.code !== undefined && served.has(m.code)).sort((a, b) => compareCzechNames(a.name ?? '', b.name ?? '')),
  };
}
