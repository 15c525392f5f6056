import { createRoot, createSignal } from 'solid-js';
import type { TerritoryKind } from './api.ts';

/** Czech first: the districts work in Czech; English is for visitors and partners. */
export const LOCALES = ['cs', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'kpss.locale';
const INTL_TAG: Record<Locale, string> = { cs: 'cs-CZ', en: 'en-GB' };

const cs = {
  app: {
    name: 'KPSS',
    fullName: 'komunitní plánování sociálních služeb',
  },
  layout: {
    skipToContent: 'Přeskočit na obsah',
    navLabel: 'Hlavní navigace',
    switchLanguage: 'Switch to English',
    footer: 'KPSS – komunitní plánování sociálních služeb, otevřený software pro kraje a obce',
  },
  nav: {
    territories: 'Území',
  },
  network: {
    offline: 'Jste offline. Zobrazujeme naposledy uložená data.',
  },
  update: {
    available: 'Je k dispozici nová verze aplikace.',
    apply: 'Aktualizovat',
    later: 'Později',
    offlineReady: 'Aplikace je připravena i pro práci bez připojení.',
    close: 'Zavřít',
  },
  status: {
    loading: 'Načítám…',
    retry: 'Zkusit znovu',
    networkError: 'Nepodařilo se spojit se serverem. Zkontrolujte připojení k internetu a zkuste to znovu.',
    serverError: 'Na serveru se něco pokazilo. Zkuste to prosím za chvíli.',
  },
  home: {
    title: 'Komunitní plánování sociálních služeb',
    intro: [
      'Komunitní plánování je způsob, jak obce, poskytovatelé sociálních služeb a lidé, kteří služby využívají, společně plánují síť služeb ve svém území.',
      'Každé území – obec s rozšířenou působností, místní akční skupina nebo mikroregion – tak zjišťuje potřeby svých obyvatel, domlouvá priority a vyhodnocuje, co se podařilo.',
      'Vyberte území a podívejte se na jeho služby, plán a jednání pracovních skupin.',
    ],
    territoriesHeading: 'Území',
    territoryCount: (count: number) => `${formatNumberIn('cs', count)} území`,
    loadingTerritories: 'Načítám seznam území…',
    noTerritories: 'Zatím tu není žádné území.',
  },
  territory: {
    kind: { orp: 'ORP', mas: 'MAS', subarea: 'Mikroregion', town: 'Město' } satisfies Record<TerritoryKind, string>,
    planningSince: (year: number) => `Plánuje od roku ${formatYearIn('cs', year)}`,
    web: 'Webové stránky',
    noDescription: 'Popis území zatím chybí.',
    loading: 'Načítám území…',
    loadFailed: 'Území se nepodařilo načíst',
    backToList: 'Všechna území',
  },
  notFound: {
    title: 'Stránka nenalezena',
    territoryTitle: 'Území nenalezeno',
    territoryText: 'Takové území neznáme. Možná byl odkaz zkrácen nebo území přejmenováno.',
    text: 'Tuto stránku jsme nenašli. Zkontrolujte adresu nebo pokračujte na úvodní stránku.',
    home: 'Zpět na úvodní stránku',
  },
};

export type Messages = typeof cs;

const en: Messages = {
  app: {
    name: 'KPSS',
    fullName: 'community planning of social services',
  },
  layout: {
    skipToContent: 'Skip to content',
    navLabel: 'Main navigation',
    switchLanguage: 'Přepnout do češtiny',
    footer: 'KPSS – community planning of social services, open-source software for regions and municipalities',
  },
  nav: {
    territories: 'Territories',
  },
  network: {
    offline: 'You are offline. Showing the data saved last time.',
  },
  update: {
    available: 'A new version of the app is available.',
    apply: 'Update',
    later: 'Later',
    offlineReady: 'The app is ready to work offline.',
    close: 'Close',
  },
  status: {
    loading: 'Loading…',
    retry: 'Try again',
    networkError: 'Could not reach the server. Check your internet connection and try again.',
    serverError: 'Something went wrong on the server. Please try again in a moment.',
  },
  home: {
    title: 'Community planning of social services',
    intro: [
      'Community planning is how municipalities, providers of social services and the people who use them plan the network of services in their area together.',
      'Each territory – a municipality with extended powers, a local action group or a micro-region – finds out what its people need, agrees on priorities and reviews what has been achieved.',
      'Choose a territory to see its services, its plan and the meetings of its working groups.',
    ],
    territoriesHeading: 'Territories',
    territoryCount: (count: number) =>
      `${formatNumberIn('en', count)} ${new Intl.PluralRules(INTL_TAG.en).select(count) === 'one' ? 'territory' : 'territories'}`,
    loadingTerritories: 'Loading territories…',
    noTerritories: 'There are no territories yet.',
  },
  territory: {
    kind: { orp: 'ORP (district)', mas: 'Local action group', subarea: 'Micro-region', town: 'Town' },
    planningSince: (year: number) => `Planning since ${formatYearIn('en', year)}`,
    web: 'Website',
    noDescription: 'No description of this territory yet.',
    loading: 'Loading territory…',
    loadFailed: 'The territory could not be loaded',
    backToList: 'All territories',
  },
  notFound: {
    title: 'Page not found',
    territoryTitle: 'Territory not found',
    territoryText: 'We do not know this territory. The link may be cut short or the territory renamed.',
    text: 'We could not find this page. Check the address or go on to the home page.',
    home: 'Back to the home page',
  },
};

const MESSAGES: Record<Locale, Messages> = { cs, en };

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : 'cs';
  } catch {
    // Storage can be blocked (private mode, strict settings): Czech it is.
    return 'cs';
  }
}

const { locale, setLocaleSignal } = createRoot(() => {
  const [locale, setLocaleSignal] = createSignal<Locale>(storedLocale());
  return { locale, setLocaleSignal };
});

export { locale };

/** The current language's messages; reactive, so `t().home.title` in JSX follows the language switch. */
export const t = (): Messages => MESSAGES[locale()];

export function setLocale(next: Locale) {
  setLocaleSignal(next);
  document.documentElement.lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not persisted; the switch still works for this visit.
  }
}

/** Call once at start-up so `<html lang>` matches a language chosen on an earlier visit. */
export function applyStoredLocale() {
  document.documentElement.lang = locale();
}

function formatNumberIn(lang: Locale, value: number) {
  return new Intl.NumberFormat(INTL_TAG[lang]).format(value);
}

function formatYearIn(lang: Locale, year: number) {
  return new Intl.NumberFormat(INTL_TAG[lang], { useGrouping: false }).format(year);
}

export const formatNumber = (value: number) => formatNumberIn(locale(), value);

export const formatDate = (date: Date | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }) =>
  new Intl.DateTimeFormat(INTL_TAG[locale()], options).format(date);

const czechCollator = new Intl.Collator(INTL_TAG.cs);

/** Places are named in Czech whatever the UI language, so they sort as in Czech: Č after C, Ch after H. */
export const compareCzechNames = (a: string, b: string) => czechCollator.compare(a, b);

/**
 * Messages of one screen, kept in that screen's folder so screens grow without touching one shared dictionary.
 * English is checked against Czech: a missing translation breaks the build.
 */
export function defineMessages<M>(messages: { cs: M; en: NoInfer<M> }): () => M {
  return () => messages[locale()];
}
