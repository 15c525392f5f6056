/**
 * Which municipalities a national-registry item (one service of rpss.json's `polozky`) is provided in, and whether
 * it touches a territory. Pure (no Hono, no DOM): the Worker's reader (worker/catalogue/rpss.ts) and the browser,
 * which filters the 98 MB file before sending the territory's items, share this one test.
 *
 * The municipalities are those of the facilities still operating (`zarizeni[]`, `poskytujeDo` empty or not past,
 * `adresa.obec.id` = `Obec/<ČSÚ code>`). Facilities with a secret address (shelters) often name none at all; such an
 * item is not dropped: it falls back to its contact addresses (`kontaktniAdresy`) and then to its provider's address
 * (`poskytovatel.adresa`), so a shelter run from the territory still comes in (its address is never published).
 */

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** `{"id": "Obec/554499"}` → "554499" */
export function municipalityCodeOf(ref: unknown): string | null {
  const id = isRecord(ref) ? ref.id : undefined;
  if (typeof id !== 'string') return null;
  const [name, code] = id.split('/');
  return name === 'Obec' && code ? code : null;
}

/** An address object as the registry writes it, or an entry that wraps one under `adresa`. */
function addressCodeOf(entry: unknown): string | null {
  if (!isRecord(entry)) return null;
  return municipalityCodeOf(entry.obec) ?? (isRecord(entry.adresa) ? municipalityCodeOf(entry.adresa.obec) : null);
}

export const todayIso = () => new Date().toISOString().slice(0, 10);

export type ItemPlaces = {
  /** ČSÚ codes, in the file's order, without repeats */
  codes: string[];
  /** where they were read: the operating facilities, or the fallbacks for items whose facilities name none */
  source: 'facilities' | 'contact_or_provider' | 'none';
};

export function itemMunicipalityCodes(item: unknown, today: string = todayIso()): ItemPlaces {
  if (!isRecord(item)) return { codes: [], source: 'none' };
  const fromFacilities = list(item.zarizeni).flatMap((raw) => {
    if (!isRecord(raw)) return [];
    const until = typeof raw.poskytujeDo === 'string' ? raw.poskytujeDo.slice(0, 10) : null;
    if (until && until < today) return [];
    const code = isRecord(raw.adresa) ? municipalityCodeOf(raw.adresa.obec) : null;
    return code ? [code] : [];
  });
  if (fromFacilities.length) return { codes: [...new Set(fromFacilities)], source: 'facilities' };
  const provider = isRecord(item.poskytovatel) ? item.poskytovatel : null;
  const fallback = [...list(item.kontaktniAdresy), ...(provider ? [provider.adresa, ...list(provider.kontaktniAdresy)] : [])].flatMap((a) => {
    const code = addressCodeOf(a);
    return code ? [code] : [];
  });
  return fallback.length ? { codes: [...new Set(fallback)], source: 'contact_or_provider' } : { codes: [], source: 'none' };
}

/** The territory test: one of the item's municipalities (see above) is one of `codes`. */
export function itemTouchesMunicipalities(item: unknown, codes: ReadonlySet<string>, today: string = todayIso()): boolean {
  return itemMunicipalityCodes(item, today).codes.some((code) => codes.has(code));
}
