import { defineMessages, formatNumber } from '../lib/i18n.ts';
import type { ReadProblemKind } from './read-file.ts';

const mb = (bytes: number) => formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10);

const czPlural = (n: number, one: string, few: string, many: string) => (n === 1 ? one : n >= 2 && n <= 4 ? few : many);
const enPlural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const FIELDS_CS: Record<string, string> = {
  kindCode: 'druh služby',
  providerId: 'poskytovatel',
  capacity: 'kapacita',
  capacityUnit: 'jednotka kapacity',
  alwaysOpen: 'nepřetržitý provoz',
  openingHours: 'provozní doba',
  phone: 'telefon',
  email: 'e-mail',
  web: 'web',
  street: 'ulice',
  city: 'obec adresy',
  postcode: 'PSČ',
  lat: 'poloha na mapě',
  lng: 'poloha na mapě',
  addressSecret: 'utajená adresa',
  registryEndsOn: 'konec registrace',
  retiredAt: 'znovu v provozu',
  forms: 'formy poskytování',
  clientGroups: 'cílové skupiny',
  municipalities: 'obce působnosti',
  name: 'název',
};

const FIELDS_EN: Record<string, string> = {
  kindCode: 'kind of service',
  providerId: 'provider',
  capacity: 'capacity',
  capacityUnit: 'capacity unit',
  alwaysOpen: 'open non-stop',
  openingHours: 'opening hours',
  phone: 'phone',
  email: 'e-mail',
  web: 'website',
  street: 'street',
  city: 'town of the address',
  postcode: 'postcode',
  lat: 'map position',
  lng: 'map position',
  addressSecret: 'secret address',
  registryEndsOn: 'end of registration',
  retiredAt: 'operating again',
  forms: 'forms of provision',
  clientGroups: 'client groups',
  municipalities: 'municipalities served',
  name: 'name',
};

/** The Worker's reasons (English, for the API) in Czech; a reason not listed here is shown as it came. */
const REASONS_CS: [RegExp, (...groups: string[]) => string][] = [
  [/^is not an object$/, () => 'není objekt'],
  [/^is not a 7-digit registration id$/, () => 'není sedmimístné registrační číslo'],
  [/^names no service kind$/, () => 'neuvádí druh služby'],
  [/^is missing$/, () => 'chybí'],
  [/^is not an 8-digit IČO$/, () => 'není osmimístné IČO'],
  [/^fails the IČO checksum$/, () => 'IČO nemá správnou kontrolní číslici'],
  [/^is not a known form \(amb, ter, pob\)$/, () => 'není známá forma poskytování (amb, ter, pob)'],
  [/^is listed again \(first at polozky\[(\d+)\]\)$/, (first) => `je v souboru podruhé (poprvé jako položka č. ${formatNumber(Number(first) + 1)})`],
  [/^its provider was deleted from KPSS$/, () => 'jejího poskytovatele někdo v KPSS smazal'],
  [/^the service was deleted from KPSS$/, () => 'služba byla v KPSS smazána'],
  [/^the service is in the catalogue of another territory$/, () => 'služba patří do katalogu jiného území'],
  [/^opening hours \(casoveRozsahy\) are not in a shape KPSS reads/, () => 'provozní dobu (casoveRozsahy) KPSS neumí přečíst; zůstává, jak byla'],
];

function reasonInCzech(reason: string): string {
  for (const [pattern, words] of REASONS_CS) {
    const match = pattern.exec(reason);
    if (match) return words(...match.slice(1));
  }
  return reason;
}

/** Field names of a change in words, without repeats (lat and lng are one "map position"). */
const fieldWords = (names: Record<string, string>) => (fields: readonly string[]) => [...new Set(fields.map((f) => names[f] ?? f))].join(', ');

export const importMessages = defineMessages({
  cs: {
    title: 'Import z registru poskytovatelů',
    titleOf: (territory: string) => `Import z registru poskytovatelů – ${territory}`,
    back: (territory: string) => `Zpět na stránku území ${territory}`,
    intro:
      'Stáhněte z otevřených dat MPSV soubor rpss.json (Registr poskytovatelů sociálních služeb, asi 100 MB) a vyberte ho zde. Soubor se čte přímo v tomto zařízení a na server se pošlou jen služby působící v obcích území. Nejdřív uvidíte, co se změní; zapíše se teprve po potvrzení.',
    loading: 'Načítám obce území…',
    forbidden: 'Import z registru může spustit jen koordinátor tohoto území.',
    signIn: 'Pro import z registru se přihlaste.',
    noMunicipalities: 'Území zatím nemá přiřazené žádné obce, proto z registru nelze nic vybrat. Obce přiřadí správce.',
    scope: (count: number) => `Vybírám služby v ${formatNumber(count)} ${czPlural(count, 'obci', 'obcích', 'obcích')} území.`,
    fileHeading: '1. Soubor z registru',
    file: 'Soubor rpss.json',
    fileHint: 'Celý soubor z otevřených dat, jak jste ho stáhli. Menší soubor ve stejném tvaru také stačí.',
    read: 'Načíst soubor',
    noFile: 'Vyberte soubor rpss.json.',
    cancel: 'Zrušit načítání',
    cancelled: 'Načítání souboru bylo zrušeno. Nic se neodeslalo.',
    progressLabel: 'Průběh načítání souboru',
    progress: (bytes: number, size: number, items: number, kept: number) =>
      `Načteno ${mb(bytes)} z ${mb(size)} MB, ${formatNumber(items)} služeb v souboru, z toho ${formatNumber(kept)} v území.`,
    readDone: (items: number, kept: number) =>
      `Soubor načten: ${formatNumber(items)} služeb celkem, ${formatNumber(kept)} ${'působí'} v území. Připravuji přehled změn…`,
    nothingInside: (items: number) => `Soubor obsahuje ${formatNumber(items)} služeb, ale žádná z nich nepůsobí v obcích tohoto území. Nic se neodeslalo.`,
    problem: (kind: ReadProblemKind, byte: number, items: number) => {
      const where = `u bajtu ${formatNumber(byte)}${items ? ` (po ${formatNumber(items)}. službě souboru)` : ''}`;
      const nothing = ' Nic se neodeslalo ani nezapsalo.';
      const texts: Record<ReadProblemKind, string> = {
        encoding_utf16: 'Soubor je v kódování UTF-16. Registr vydává soubor v UTF-8: stáhněte ho znovu, neotvírejte ho a neukládejte v jiném programu.',
        encoding: `Soubor není v kódování UTF-8 (možná byl uložen ve Windows-1250): první neplatný znak je ${where}. Stáhněte soubor z registru znovu.`,
        not_json: `Soubor není platný JSON: chyba ${where}. Vyberte soubor rpss.json z otevřených dat registru.`,
        not_object: 'Soubor je JSON, ale ne ve tvaru registru: začíná seznamem místo objektu s klíčem „polozky“.',
        no_polozky: 'Soubor je JSON, ale ne ve tvaru registru: chybí v něm klíč „polozky“ se seznamem služeb.',
        polozky_not_list: `Soubor je JSON, ale ne ve tvaru registru: „polozky“ není seznam (${where}).`,
        empty: 'Soubor je prázdný nebo neobsahuje žádnou službu.',
        truncated: `Soubor je neúplný: končí ${where}, uprostřed dat. Stahování se nejspíš přerušilo; stáhněte ho znovu.`,
      };
      return texts[kind] + nothing;
    },
    readFailed: (message: string) => `Soubor se nepodařilo přečíst (${message}). Nic se neodeslalo.`,
    sending: 'Porovnávám služby s katalogem…',
    reportHeading: '2. Co se změní',
    reportIntro: (fileName: string, items: number, total: number) =>
      `Soubor ${fileName}: ${formatNumber(items)} služeb v území z ${formatNumber(total)} v souboru. Zatím se nic nezapsalo.`,
    counts: {
      new: 'nové',
      changed: 'změněné',
      unchanged: 'beze změny',
      gone: 'už v registru nejsou',
      bad: 'chybné',
      skipped: 'přeskočené',
      unmapped: 's neznámým kódem',
    },
    countsLabel: 'Souhrn',
    newHeading: (n: number) => `Nové služby (${formatNumber(n)})`,
    changedHeading: (n: number) => `Změněné služby (${formatNumber(n)})`,
    unchangedHeading: (n: number) => `Beze změny (${formatNumber(n)})`,
    goneHeading: (n: number) => `Už nejsou v registru – budou vyřazeny (${formatNumber(n)})`,
    badHeading: (n: number) => `Chybné položky – nebudou importovány (${formatNumber(n)})`,
    skippedHeading: (n: number) => `Přeskočené (${formatNumber(n)})`,
    providersHeading: (added: number, changed: number) => `Poskytovatelé: ${formatNumber(added)} nových, ${formatNumber(changed)} změněných`,
    warningsHeading: (n: number) => `Upozornění (${formatNumber(n)})`,
    position: (p: number) => `položka č. ${formatNumber(p + 1)}`,
    registration: (id: string) => `reg. č. ${id}`,
    changedFields: (fields: readonly string[]) => `mění se: ${fieldWords(FIELDS_CS)(fields)}`,
    fieldWords: fieldWords(FIELDS_CS),
    reason: reasonInCzech,
    provider: (name: string, ico: string) => `${name}, IČO ${ico}`,
    showAll: (n: number) => `Zobrazit všech ${formatNumber(n)}`,
    unknownHeading: (n: number) => `Neznámé kódy v registru (${formatNumber(n)})`,
    unknownIntro:
      'Tyto kódy registru zatím KPSS nezná, proto se služby s nimi nemohou importovat. Přiřaďte každému kódu druh služby (nebo cílovou skupinu) – přiřazení platí pro všechna území a přehled se pak přepočítá.',
    unknownKind: (code: string) => `Druh služby DruhSocialniSluzby/${code}`,
    unknownGroup: (code: string) => `Cílová skupina CilovaSkupinaOsoby/${code}`,
    registryName: (name: string) => `V číselníku registru: „${name}“`,
    noRegistryName: 'Název v číselníku registru zatím neznáme (správce ho může nahrát).',
    usedBy: (n: number) => `${formatNumber(n)} ${czPlural(n, 'služba', 'služby', 'služeb')} v území`,
    samples: 'Například:',
    suggestionFromList: (name: string) => `Podle názvu v číselníku registru: ${name}.`,
    suggestionPattern: (name: string) =>
      `Návrh: ${name}. Odvozeno z pořadí paragrafů zákona, neověřeno – zkontrolujte, že služby výše opravdu jsou tohoto druhu.`,
    assignKind: (code: string) => `Druh služby KPSS pro kód ${code}`,
    assignGroup: (code: string) => `Cílová skupina KPSS pro kód ${code}`,
    pick: 'vyberte…',
    assign: 'Přiřadit',
    assignLabel: (code: string) => `Přiřadit kód ${code}`,
    pickFirst: 'Nejdřív vyberte, čemu kód odpovídá.',
    assigned: (code: string, name: string) => `Kód ${code} přiřazen: ${name}. Přehled změn se přepočítává.`,
    recomputed: 'Přehled změn je přepočítaný.',
    apply: 'Potvrdit a importovat',
    applyHint: 'Zapíše nové a změněné služby a vyřadí ty, které v registru už nejsou. Služby s chybou nebo neznámým kódem se vynechají.',
    applying: 'Importuji…',
    nothingToApply: 'Katalog už odpovídá registru, není co importovat.',
    appliedHeading: 'Import dokončen',
    applied: (added: number, changed: number, gone: number) =>
      `Importováno: ${formatNumber(added)} nových, ${formatNumber(changed)} změněných, ${formatNumber(gone)} vyřazených služeb.`,
    toCatalogue: 'Otevřít katalog území',
    again: 'Importovat jiný soubor',
    errors: {
      offline: 'Jste offline. Import z registru jde jen s připojením k internetu; načtené služby zůstávají připravené.',
      signedOut: 'Vaše přihlášení vypršelo. Přihlaste se znovu.',
      forbidden: 'K tomuto území nemáte oprávnění koordinátora.',
      tooLarge: 'Služeb v území je tolik, že se nevejdou do jednoho odeslání.',
      invalid: 'Server import odmítl:',
      server: 'Na serveru se něco pokazilo. Zkuste to prosím za chvíli.',
    },
  },
  en: {
    title: 'Import from the registry of providers',
    titleOf: (territory: string) => `Import from the registry of providers – ${territory}`,
    back: (territory: string) => `Back to the page of ${territory}`,
    intro:
      "Download the file rpss.json (Registry of social-service providers, about 100 MB) from the ministry's open data and choose it here. The file is read on this device and only the services in the territory's municipalities are sent to the server. You first see what will change; nothing is written until you confirm.",
    loading: "Loading the territory's municipalities…",
    forbidden: "Only a coordinator of this territory can run the registry import.",
    signIn: 'Sign in to import from the registry.',
    noMunicipalities: 'The territory has no municipalities yet, so nothing can be picked from the registry. An administrator assigns them.',
    scope: (count: number) => `Picking the services in ${formatNumber(count)} ${enPlural(count, 'municipality', 'municipalities')} of the territory.`,
    fileHeading: '1. The registry file',
    file: 'The file rpss.json',
    fileHint: 'The whole open-data file as downloaded. A smaller file of the same shape works too.',
    read: 'Read the file',
    noFile: 'Choose the file rpss.json.',
    cancel: 'Cancel reading',
    cancelled: 'Reading the file was cancelled. Nothing was sent.',
    progressLabel: 'Reading the file',
    progress: (bytes: number, size: number, items: number, kept: number) =>
      `Read ${mb(bytes)} of ${mb(size)} MB, ${formatNumber(items)} services in the file, ${formatNumber(kept)} of them in the territory.`,
    readDone: (items: number, kept: number) => `File read: ${formatNumber(items)} services in all, ${formatNumber(kept)} in the territory. Preparing the overview of changes…`,
    nothingInside: (items: number) => `The file lists ${formatNumber(items)} services, but none in this territory's municipalities. Nothing was sent.`,
    problem: (kind: ReadProblemKind, byte: number, items: number) => {
      const where = `at byte ${formatNumber(byte)}${items ? ` (after service no. ${formatNumber(items)} of the file)` : ''}`;
      const nothing = ' Nothing was sent or written.';
      const texts: Record<ReadProblemKind, string> = {
        encoding_utf16: 'The file is in UTF-16. The registry publishes UTF-8: download it again and do not open or save it in another program.',
        encoding: `The file is not UTF-8 (perhaps saved as Windows-1250): the first invalid character is ${where}. Download the file from the registry again.`,
        not_json: `The file is not valid JSON: error ${where}. Choose the file rpss.json from the registry's open data.`,
        not_object: 'The file is JSON but not in the registry\'s shape: it starts with a list instead of an object with the key "polozky".',
        no_polozky: 'The file is JSON but not in the registry\'s shape: it has no key "polozky" with the list of services.',
        polozky_not_list: `The file is JSON but not in the registry's shape: "polozky" is not a list (${where}).`,
        empty: 'The file is empty or lists no service.',
        truncated: `The file is incomplete: it ends ${where}, in the middle of the data. The download was probably cut short; download it again.`,
      };
      return texts[kind] + nothing;
    },
    readFailed: (message: string) => `The file could not be read (${message}). Nothing was sent.`,
    sending: 'Comparing the services with the catalogue…',
    reportHeading: '2. What will change',
    reportIntro: (fileName: string, items: number, total: number) =>
      `File ${fileName}: ${formatNumber(items)} services in the territory out of ${formatNumber(total)} in the file. Nothing has been written yet.`,
    counts: {
      new: 'new',
      changed: 'changed',
      unchanged: 'unchanged',
      gone: 'no longer in the registry',
      bad: 'faulty',
      skipped: 'skipped',
      unmapped: 'with an unknown code',
    },
    countsLabel: 'Summary',
    newHeading: (n: number) => `New services (${formatNumber(n)})`,
    changedHeading: (n: number) => `Changed services (${formatNumber(n)})`,
    unchangedHeading: (n: number) => `Unchanged (${formatNumber(n)})`,
    goneHeading: (n: number) => `No longer in the registry – will be retired (${formatNumber(n)})`,
    badHeading: (n: number) => `Faulty items – will not be imported (${formatNumber(n)})`,
    skippedHeading: (n: number) => `Skipped (${formatNumber(n)})`,
    providersHeading: (added: number, changed: number) => `Providers: ${formatNumber(added)} new, ${formatNumber(changed)} changed`,
    warningsHeading: (n: number) => `Warnings (${formatNumber(n)})`,
    position: (p: number) => `item no. ${formatNumber(p + 1)}`,
    registration: (id: string) => `reg. no. ${id}`,
    changedFields: (fields: readonly string[]) => `changes: ${fieldWords(FIELDS_EN)(fields)}`,
    fieldWords: fieldWords(FIELDS_EN),
    reason: (reason: string) => reason,
    provider: (name: string, ico: string) => `${name}, company ID ${ico}`,
    showAll: (n: number) => `Show all ${formatNumber(n)}`,
    unknownHeading: (n: number) => `Unknown registry codes (${formatNumber(n)})`,
    unknownIntro:
      'KPSS does not know these registry codes yet, so the services using them cannot be imported. Assign each code a kind of service (or a client group): the assignment holds for every territory, and the overview is then recomputed.',
    unknownKind: (code: string) => `Kind of service DruhSocialniSluzby/${code}`,
    unknownGroup: (code: string) => `Client group CilovaSkupinaOsoby/${code}`,
    registryName: (name: string) => `In the registry's code list: "${name}"`,
    noRegistryName: "The name in the registry's code list is not known yet (an administrator can upload it).",
    usedBy: (n: number) => `${formatNumber(n)} ${enPlural(n, 'service', 'services')} in the territory`,
    samples: 'For example:',
    suggestionFromList: (name: string) => `By the name in the registry's code list: ${name}.`,
    suggestionPattern: (name: string) =>
      `Suggestion: ${name}. Derived from the order of the law's sections, not verified – check that the services above really are of this kind.`,
    assignKind: (code: string) => `KPSS kind of service for code ${code}`,
    assignGroup: (code: string) => `KPSS client group for code ${code}`,
    pick: 'choose…',
    assign: 'Assign',
    assignLabel: (code: string) => `Assign code ${code}`,
    pickFirst: 'First choose what the code means.',
    assigned: (code: string, name: string) => `Code ${code} assigned: ${name}. Recomputing the overview.`,
    recomputed: 'The overview of changes is recomputed.',
    apply: 'Confirm and import',
    applyHint: 'Writes the new and changed services and retires those no longer in the registry. Faulty items and unknown codes are left out.',
    applying: 'Importing…',
    nothingToApply: 'The catalogue already matches the registry; nothing to import.',
    appliedHeading: 'Import finished',
    applied: (added: number, changed: number, gone: number) =>
      `Imported: ${formatNumber(added)} new, ${formatNumber(changed)} changed, ${formatNumber(gone)} retired services.`,
    toCatalogue: "Open the territory's catalogue",
    again: 'Import another file',
    errors: {
      offline: 'You are offline. The registry import needs a connection; the services read stay ready.',
      signedOut: 'Your session has expired. Please sign in again.',
      forbidden: 'You are not a coordinator of this territory.',
      tooLarge: 'There are so many services in the territory that they do not fit into one request.',
      invalid: 'The server refused the import:',
      server: 'Something went wrong on the server. Please try again in a moment.',
    },
  },
});
