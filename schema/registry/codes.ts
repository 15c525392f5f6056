/**
 * What the national registry's codes mean in KPSS (pure; the Worker loads the stored mappings into this shape and
 * the browser shows the same suggestions). Only a stored mapping files a service; a suggestion is only offered.
 */
import { CLIENT_GROUPS, SERVICE_KINDS } from '../codelists.ts';
import type { RegistryList } from '../tables/registry.ts';

export type RegistryCodeMap = {
  /** registry code → KPSS service kind code */
  kinds: ReadonlyMap<string, string>;
  /** registry code → KPSS client group code */
  clientGroups: ReadonlyMap<string, string>;
  /** `${list}/${code}` → the registry's name of the code, from an uploaded code list */
  names: ReadonlyMap<string, string>;
};

export type CodeSuggestion = { kpssCode: string; name: string; basis: 'code_list_name' | 'pattern_unverified' };

/** The codes verified against public code reading the registry (schema/codelists.ts), as migration 0012 stores them. */
export function verifiedRegistryCodeMap(): RegistryCodeMap {
  return {
    kinds: new Map(SERVICE_KINDS.flatMap((k) => (k.registryCode ? [[k.registryCode, k.code]] : []))),
    clientGroups: new Map(CLIENT_GROUPS.flatMap((g) => (g.registryCode ? [[g.registryCode, g.code]] : []))),
    names: new Map(),
  };
}

/** Case, accents, punctuation and spacing folded away: "Domovy pro seniory" = "domovy  pro seniory". */
export const foldName = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The KPSS entries a registry list can be mapped to (registered kinds only: related services are not in it). */
export function kpssEntriesOf(list: RegistryList): { code: string; name: string; paragraph: string | null }[] {
  if (list === 'DruhSocialniSluzby') return SERVICE_KINDS.filter((k) => k.category !== 'related').map((k) => ({ code: k.code, name: k.name, paragraph: k.paragraph }));
  return CLIENT_GROUPS.map((g) => ({ code: g.code, name: g.name, paragraph: null }));
}

export const isKpssCodeOf = (list: RegistryList, kpssCode: string) => kpssEntriesOf(list).some((e) => e.code === kpssCode);

/** The KPSS entry whose name is the registry's name, folded; null when none is. */
export function kpssEntryNamed(list: RegistryList, registryName: string) {
  const folded = foldName(registryName);
  return kpssEntriesOf(list).find((e) => foldName(e.name) === folded) ?? null;
}

/**
 * A hint for whoever maps an unknown code. A registry name that names a KPSS entry (folded, exact or one containing
 * the other) is `code_list_name`; otherwise, for kinds, the pattern of rpss.md (n = § − 36 for § 37–52, n = § − 37
 * for § 54–70), which fits every verified code but is NOT verified (one public script reads /21 and /31 otherwise).
 */
export function suggestMapping(list: RegistryList, code: string, registryName: string | null): CodeSuggestion | null {
  const entries = kpssEntriesOf(list);
  if (registryName) {
    const folded = foldName(registryName);
    const named = entries.find((e) => foldName(e.name) === folded) ?? entries.find((e) => folded.includes(foldName(e.name)) || foldName(e.name).includes(folded));
    if (named) return { kpssCode: named.code, name: named.name, basis: 'code_list_name' };
  }
  if (list !== 'DruhSocialniSluzby' || !/^\d+$/.test(code)) return null;
  const n = Number(code);
  const paragraph = n >= 1 && n <= 16 ? n + 36 : n >= 17 && n <= 33 ? n + 37 : null;
  const kind = paragraph === null ? undefined : entries.find((e) => e.paragraph === `§ ${paragraph}`);
  return kind ? { kpssCode: kind.code, name: kind.name, basis: 'pattern_unverified' } : null;
}
