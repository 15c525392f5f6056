/**
 * Reads one item of the national registry's open data (rpss.json, root `polozky`; /work/shared/formats/rpss.md and
 * the README) into what KPSS keeps of a service. Pure: no database, so it is tested on its own.
 *
 * What is read, and from where:
 * - registration id `identifikator` (7 digits); kind `druhSocialniSluzby.id` by the stored registry code mappings
 *   (`context.codes`, table registry_codes): a kind without a mapping is 'unmapped', never filed under a guessed
 *   kind, and waits until a person maps it; forms `formy[].forma.id`.
 * - provider `poskytovatel.ico` (text, 8 digits, checksum; a number gets its leading zeros back) and `nazev`.
 *   `statutarniOrgany` (people) is never read.
 * - the territory test: schema/registry/territory-filter.ts, shared with the browser (operating facilities'
 *   municipalities; items whose facilities name none, e.g. all secret, fall back to the contact and provider
 *   addresses). A facility flagged `utajenaAdresa` (shelters) never has its street and postcode read.
 * - name: the registry has no service name; the first matching facility's `nazev`, else "<kind> – <provider>".
 * - capacities: the registered maximum of every unit (`formy[].kapacity[]`, `typ` TypKapacitySocialniSluzby/…),
 *   in the order first found; a unit listed in several forms keeps its largest count: counts are never added up,
 *   since one registration lists the same places per form and per facility. capacity / capacityUnit are the first.
 * - opening hours: `formy[].casoveRozsahy`. Its shape could not be verified against the real file, so entries are
 *   read only in the shapes listed in `readTimeRange`; anything else leaves the hours as they are, with a warning.
 *   `nepretrzitePoskytovani` (non-stop) makes the service always open.
 * - contacts: the service's own `telefony`, `emaily`, `weby`, falling back to the provider's. `doplnkoveUdaje` holds
 *   links to ministry documents, not websites, and is never read.
 * - client groups `ciloveSkupiny[].cilovaSkupina.id` by the stored mappings; an unmapped one is left out of the
 *   service and its code is returned (`unmappedClientGroups`) for the report's unknownCodes.
 */
import { normalizeCzechPhone, isWebAddress } from '../../schema/api/catalogue.ts';
import { SERVICE_FORMS, SERVICE_KINDS } from '../../schema/codelists.ts';
import { isValidIco } from '../../schema/ico.ts';
import type { RegistryCodeMap } from '../../schema/registry/codes.ts';
import { itemMunicipalityCodes } from '../../schema/registry/territory-filter.ts';
import type { OpeningHours, ServiceCapacity } from '../../schema/tables.ts';

export type RegistryProvider = { ico: string; name: string; phone: string | null; email: string | null; web: string | null };

export type RegistryService = {
  position: number;
  registrationId: string;
  kindCode: string;
  provider: RegistryProvider;
  name: string;
  forms: string[];
  clientGroups: string[];
  capacity: number | null;
  capacityUnit: string | null;
  /** every unit, one entry each; empty when the registry lists none */
  capacities: ServiceCapacity[];
  alwaysOpen: boolean;
  /** undefined: the file says nothing KPSS can read, so the hours stay as they are */
  openingHours: OpeningHours | undefined;
  phone: string | null;
  email: string | null;
  web: string | null;
  street: string | null;
  postcode: string | null;
  /** ČSÚ code of the municipality of the address (its name becomes the city) */
  cityCode: string | null;
  addressSecret: boolean;
  /** ČSÚ codes of the municipalities of the operating facilities */
  municipalityCodes: string[];
  /** YYYY-MM-DD the registration ends (`datumPoskytovaniDo` not yet past), null while open-ended */
  endsOn: string | null;
};

export type RegistryItem =
  | { kind: 'outside' }
  | { kind: 'ended'; registrationId: string | null }
  | { kind: 'bad'; field: string; reason: string; registrationId: string | null }
  /** its kind has no stored mapping: it stays out of the catalogue until a person maps the code */
  | { kind: 'unmapped'; code: string; registrationId: string; name: string }
  | { kind: 'service'; service: RegistryService; warnings: string[]; unmappedClientGroups: string[] };

export type RegistryContext = {
  /** ČSÚ codes of the municipalities of the territory (and its sub-areas) */
  territoryCodes: ReadonlySet<string>;
  /** YYYY-MM-DD: what ended before it is no longer provided */
  today: string;
  codes: RegistryCodeMap;
};

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** `{"id": "DruhSocialniSluzby/13"}` → "13" when the list matches. */
function codeOf(ref: unknown, listName: string): string | null {
  const id = isRecord(ref) ? ref.id : undefined;
  if (typeof id !== 'string') return null;
  const [name, code] = id.split('/');
  return name === listName && code ? code : null;
}

const kindByCode = new Map<string, (typeof SERVICE_KINDS)[number]>(SERVICE_KINDS.map((k) => [k.code, k]));
const formCodes = new Set<string>(SERVICE_FORMS.map((f) => f.code));
const CAPACITY_UNITS = new Set(['klient', 'luzka', 'kontakt', 'interv', 'hovor']);

const dateOf = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : null);

export function registrationIdOf(item: unknown): string | null {
  if (!isRecord(item)) return null;
  const id = typeof item.identifikator === 'number' ? String(item.identifikator) : text(item.identifikator);
  return id && /^\d{7}$/.test(id) ? id : null;
}

function firstPhone(entity: Json): string | null {
  for (const entry of list(entity.telefony)) {
    const phone = isRecord(entry) ? text(entry.telefon) : null;
    const normalized = phone ? normalizeCzechPhone(phone) : null;
    if (normalized) return normalized;
  }
  return null;
}

function firstEmail(entity: Json): string | null {
  for (const entry of list(entity.emaily)) {
    const email = isRecord(entry) ? text(entry.email)?.toLowerCase() : null;
    if (email && email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return email;
  }
  return null;
}

function firstWeb(entity: Json): string | null {
  for (const entry of list(entity.weby)) {
    const raw = isRecord(entry) ? text(entry.web) : null;
    if (!raw) continue;
    const web = /^https?:\/\//i.test(raw) ? raw : `http://${raw}`;
    if (web.length <= 2000 && isWebAddress(web)) return web;
  }
  return null;
}

const DAY_NAMES: Record<string, number> = { po: 1, ut: 2, st: 3, ct: 4, pa: 5, so: 6, ne: 7 };

function dayOf(value: unknown): number | null {
  const raw = isRecord(value) ? value.id : value;
  const code = typeof raw === 'string' ? (raw.includes('/') ? raw.split('/')[1] : raw) : typeof raw === 'number' ? String(raw) : null;
  if (!code) return null;
  if (/^[1-7]$/.test(code)) return Number(code);
  const folded = code.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 2);
  return DAY_NAMES[folded] ?? null;
}

function timeOf(value: unknown): string | null {
  const match = typeof value === 'string' ? /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(value.trim()) : null;
  if (!match) return null;
  const time = `${match[1]!.padStart(2, '0')}:${match[2]}`;
  return /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/.test(time) ? time : null;
}

/**
 * One opening-time entry, in the shapes accepted (unverified against the real file): a day as `den` or
 * `denVTydnu` (`{"id": "DenVTydnu/1"}`, 1–7, or po…ne) and times as `od`/`do`, `casOd`/`casDo` or
 * `otevrenoOd`/`otevrenoDo` ("08:00" or "08:00:00").
 */
function readTimeRange(entry: unknown): OpeningHours[number] | null {
  if (!isRecord(entry)) return null;
  const day = dayOf(entry.den ?? entry.denVTydnu);
  const opens = timeOf(entry.od ?? entry.casOd ?? entry.otevrenoOd);
  const closes = timeOf(entry.do ?? entry.casDo ?? entry.otevrenoDo);
  if (!day || !opens || !closes || closes <= opens || opens === '24:00') return null;
  return { day, opens, closes };
}

function streetOf(address: Json): string | null {
  const street = isRecord(address.ulice) ? text(address.ulice.nazev) : null;
  const house = address.cisloDomovni === null || address.cisloDomovni === undefined ? null : String(address.cisloDomovni);
  const orientation = text(typeof address.cisloOrientacni === 'number' ? String(address.cisloOrientacni) : address.cisloOrientacni);
  const number = house ? (orientation ? `${house}/${orientation}` : house) : orientation;
  if (street) return number ? `${street} ${number}` : street;
  return number ? `č. p. ${number}` : null;
}

export function readRegistryItem(item: unknown, position: number, context: RegistryContext): RegistryItem {
  const at = (field: string) => `polozky[${position}]${field ? `.${field}` : ''}`;
  if (!isRecord(item)) return { kind: 'bad', field: at(''), reason: 'is not an object', registrationId: null };
  const registrationId = registrationIdOf(item);

  type Facility = { name: string | null; code: string | null; address: Json | null; secret: boolean };
  const facilities: Facility[] = list(item.zarizeni).flatMap((raw): Facility[] => {
    if (!isRecord(raw)) return [];
    const until = dateOf(raw.poskytujeDo);
    if (until && until < context.today) return [];
    const address = isRecord(raw.adresa) ? raw.adresa : null;
    return [{ name: text(raw.nazev), code: codeOf(address?.obec, 'Obec'), address, secret: raw.utajenaAdresa === true }];
  });
  const codes = itemMunicipalityCodes(item, context.today).codes;
  const local = facilities.filter((f) => f.code && context.territoryCodes.has(f.code));
  if (!codes.some((code) => context.territoryCodes.has(code))) return { kind: 'outside' };
  const ended = dateOf(item.datumPoskytovaniDo);
  if (ended && ended < context.today) return { kind: 'ended', registrationId };

  const bad = (field: string, reason: string): RegistryItem => ({ kind: 'bad', field: at(field), reason, registrationId });
  if (!registrationId) return bad('identifikator', 'is not a 7-digit registration id');
  const registryKind = codeOf(item.druhSocialniSluzby, 'DruhSocialniSluzby');
  if (!registryKind) return bad('druhSocialniSluzby', 'names no service kind');
  const kindCode = context.codes.kinds.get(registryKind);
  const kind = kindCode ? kindByCode.get(kindCode) : undefined;
  const provider = item.poskytovatel;
  if (!kind) {
    const name = facilities.find((f) => f.name)?.name ?? (isRecord(provider) ? text(provider.nazev) : null) ?? `DruhSocialniSluzby/${registryKind}`;
    return { kind: 'unmapped', code: registryKind, registrationId, name };
  }

  if (!isRecord(provider)) return bad('poskytovatel', 'is missing');
  const ico = typeof provider.ico === 'number' ? String(provider.ico).padStart(8, '0') : text(provider.ico);
  if (!ico || !/^\d{8}$/.test(ico)) return bad('poskytovatel.ico', 'is not an 8-digit IČO');
  if (!isValidIco(ico)) return bad('poskytovatel.ico', 'fails the IČO checksum');
  const providerName = text(provider.nazev);
  if (!providerName) return bad('poskytovatel.nazev', 'is missing');

  const forms: string[] = [];
  const warnings: string[] = [];
  const capacities: ServiceCapacity[] = [];
  let alwaysOpen = false;
  let hours: OpeningHours | undefined;
  let hoursUnreadable = false;
  for (const [i, form] of list(item.formy).entries()) {
    if (!isRecord(form)) return bad(`formy[${i}]`, 'is not an object');
    const code = codeOf(form.forma, 'FormaSocialniSluzby');
    if (!code || !formCodes.has(code)) return bad(`formy[${i}].forma`, 'is not a known form (amb, ter, pob)');
    if (!forms.includes(code)) forms.push(code);
    if (form.nepretrzitePoskytovani === true) alwaysOpen = true;
    for (const entry of list(form.kapacity)) {
      const unit = isRecord(entry) ? codeOf(entry.typ, 'TypKapacitySocialniSluzby') : null;
      const count = isRecord(entry) ? entry.pocet : null;
      if (!unit || !CAPACITY_UNITS.has(unit) || typeof count !== 'number' || !Number.isInteger(count) || count < 0) continue;
      const known = capacities.find((c) => c.unit === unit);
      if (known) known.count = Math.max(known.count, count);
      else capacities.push({ unit, count });
    }
    const ranges = list(form.casoveRozsahy);
    for (const range of ranges) {
      const read = readTimeRange(range);
      if (read) (hours ??= []).push(read);
      else hoursUnreadable = true;
    }
  }
  if (hoursUnreadable) {
    hours = undefined;
    warnings.push('opening hours (casoveRozsahy) are not in a shape KPSS reads; the hours were left as they are');
  }
  hours = hours
    ?.filter((h, i, all) => all.findIndex((o) => o.day === h.day && o.opens === h.opens && o.closes === h.closes) === i)
    .sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens));

  const clientGroups: string[] = [];
  const unmappedClientGroups: string[] = [];
  for (const entry of list(item.ciloveSkupiny)) {
    const code = isRecord(entry) ? codeOf(entry.cilovaSkupina, 'CilovaSkupinaOsoby') : null;
    const mapped = code ? context.codes.clientGroups.get(code) : undefined;
    if (mapped && !clientGroups.includes(mapped)) clientGroups.push(mapped);
    else if (code && !mapped && !unmappedClientGroups.includes(code)) unmappedClientGroups.push(code);
  }

  const visible = local.find((f) => !f.secret && f.address) ?? null;
  const addressSecret = !visible && (local.length ? local : facilities).some((f) => f.secret);
  const place = visible ?? local[0] ?? null;
  const postcode = visible?.address ? text(typeof visible.address.psc === 'number' ? String(visible.address.psc) : visible.address.psc) : null;

  return {
    kind: 'service',
    warnings,
    unmappedClientGroups,
    service: {
      position,
      registrationId,
      kindCode: kind.code,
      provider: { ico, name: providerName, phone: firstPhone(provider), email: firstEmail(provider), web: firstWeb(provider) },
      name: place?.name ?? `${kind.name[0]!.toUpperCase()}${kind.name.slice(1)} – ${providerName}`,
      forms,
      clientGroups,
      capacity: capacities[0]?.count ?? null,
      capacityUnit: capacities[0]?.unit ?? null,
      capacities,
      alwaysOpen,
      openingHours: hours,
      phone: firstPhone(item) ?? firstPhone(provider),
      email: firstEmail(item) ?? firstEmail(provider),
      web: firstWeb(item) ?? firstWeb(provider),
      street: visible?.address ? streetOf(visible.address) : null,
      postcode: postcode && /^\d{3} ?\d{2}$/.test(postcode) ? postcode.replace(' ', '') : null,
      cityCode: place?.code ?? null,
      addressSecret,
      municipalityCodes: [...new Set(codes)],
      endsOn: ended,
    },
  };
}
