import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { signInHref } from '../../pwa/lib/links.ts';
import { openStateWords } from '../../schema/opening-hours.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/**
 * The Czech words of the prerendered first screens. The PWA's messages files hold the same words (pwa/lib/i18n.ts,
 * pwa/home/messages.ts, pwa/catalogue/messages.ts, …) but live with Solid's signals, which the Worker does not run;
 * e2e/prerender.test.ts compares the prerendered page with the one the app draws, so the two cannot drift apart.
 * Czech only: the language a visitor chose is kept on the phone, and the app redraws in it at once.
 */
export const words = {
  app: { name: 'KPSS', fullName: 'komunitní plánování sociálních služeb' },
  skipToContent: 'Přeskočit na obsah',
  navLabel: 'Hlavní navigace',
  switchLanguage: 'Switch to English',
  otherLanguage: 'English',
  territories: 'Území',
  signIn: 'Přihlásit',
  footer: 'KPSS – komunitní plánování sociálních služeb, otevřený software pro kraje a obce',
  home: {
    title: 'Komunitní plánování sociálních služeb',
    intro: [
      'Komunitní plánování je způsob, jak obce, poskytovatelé sociálních služeb a lidé, kteří služby využívají, společně plánují síť služeb ve svém území.',
      'Každé území – obec s rozšířenou působností, místní akční skupina nebo mikroregion – tak zjišťuje potřeby svých obyvatel, domlouvá priority a vyhodnocuje, co se podařilo.',
      'Vyberte území a podívejte se na jeho služby, plán a jednání pracovních skupin.',
    ],
    territoryCount: (count: number) => `${new Intl.NumberFormat('cs-CZ').format(count)} území`,
    noTerritories: 'Zatím tu není žádné území.',
    regionsNav: 'Kraje',
    regionLink: (name: string) => `Přehled kraje: ${name}`,
    kind: { orp: 'ORP', mas: 'MAS', subarea: 'Mikroregion', town: 'Město' } as Record<string, string>,
    planningSince: (year: number) => `Plánuje od roku ${year}`,
    catalogueLink: 'Katalog služeb',
  },
  catalogue: {
    heading: 'Katalog sociálních služeb',
    searchLabel: 'Hledat službu, poskytovatele nebo obec',
    searchHint: 'Funguje i bez diakritiky a bez připojení.',
    filtersHeading: 'Filtry',
    nearMe: 'Seřadit podle vzdálenosti ode mě',
    print: 'Tisk katalogu',
    share: 'Odkaz na toto hledání',
    resultsHeading: 'Výsledky',
    resultCount: (n: number) => `${n} ${n === 1 ? 'služba' : n >= 2 && n <= 4 ? 'služby' : 'služeb'}`,
    showMore: (n: number) => `Zobrazit dalších ${n}`,
    noResults: 'Nic nenalezeno. Zkuste jiné slovo nebo zrušte filtry.',
  },
  open: openStateWords.cs,
  service: {
    backToCatalogue: 'Zpět do katalogu',
    provider: 'Poskytovatel',
    registered: 'Registrovaná sociální služba',
    related: 'Související služba',
    call: 'Zavolat',
    email: 'Napsat e-mail',
    web: 'Webové stránky',
    addFavourite: 'Přidat do oblíbených',
    favouriteHint: 'Oblíbené služby se ukládají jen v tomto zařízení.',
  },
};

/**
 * The app's layout (pwa/ui/layout.tsx) around a first screen, as a visitor without a session sees it. The wrapper is
 * `display: contents` and marked, so pwa/lib/prerendered.ts can swap the app in for it once the app's screen is ready.
 */
export function prerenderedPage(path: string, main: Html, options: { territoriesActive: boolean }) {
  return html`<div class="app-prerendered" data-prerendered="">
    <a class="skip-link" href="#main">${words.skipToContent}</a>
    <header class="site-header">
      <div class="site-header__bar">
        <a href="/" class="brand"><img class="brand__logo" src="/favicon.svg" alt="" width="40" height="40" /><span class="brand__text"><span class="brand__name">${words.app.name}</span><span class="brand__full-name">${words.app.fullName}</span></span></a>
        <button type="button" class="language-switch" lang="en" title="${words.switchLanguage}">${words.otherLanguage}</button>
      </div>
      <nav class="site-nav" aria-label="${words.navLabel}">
        <ul class="site-nav__list">
          <li><a href="/" class="site-nav__link${options.territoriesActive ? ' site-nav__link--active' : ''}">${words.territories}</a></li>
          <li class="header-account"><a href="${signInHref(path)}" class="site-nav__link">${words.signIn}</a></li>
        </ul>
      </nav>
      <div class="offline-indicator" role="status"></div>
    </header>
    <main id="main" class="site-main" tabindex="-1">${main}</main>
    <footer class="site-footer"><p>${words.footer}</p></footer>
  </div>`;
}
