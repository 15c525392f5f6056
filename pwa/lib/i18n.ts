import { createRoot, createSignal } from 'solid-js';

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
  // The header's account link is in every page's shell; the rest of signing in is sign-in/messages.ts.
  account: {
    signIn: 'Přihlásit',
    signOut: 'Odhlásit',
    accountOf: (name: string) => `Můj účet: ${name}`,
  },
  nav: {
    territories: 'Území',
  },
  network: {
    offline: 'Jste offline. Zobrazujeme naposledy uložená data.',
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
  account: {
    signIn: 'Sign in',
    signOut: 'Sign out',
    accountOf: (name: string) => `My account: ${name}`,
  },
  nav: {
    territories: 'Territories',
  },
  network: {
    offline: 'You are offline. Showing the data saved last time.',
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

export function formatNumberIn(lang: Locale, value: number) {
  return new Intl.NumberFormat(INTL_TAG[lang]).format(value);
}

export function formatYearIn(lang: Locale, year: number) {
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
