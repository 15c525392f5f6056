import { defineMessages } from '../lib/i18n.ts';

/** "Not found", for a page and for a territory. */
export const notFoundMessages = defineMessages({
  cs: {
    title: 'Stránka nenalezena',
    territoryTitle: 'Území nenalezeno',
    territoryText: 'Takové území neznáme. Možná byl odkaz zkrácen nebo území přejmenováno.',
    text: 'Tuto stránku jsme nenašli. Zkontrolujte adresu nebo pokračujte na úvodní stránku.',
    home: 'Zpět na úvodní stránku',
  },
  en: {
    title: 'Page not found',
    territoryTitle: 'Territory not found',
    territoryText: 'We do not know this territory. The link may be cut short or the territory renamed.',
    text: 'We could not find this page. Check the address or go on to the home page.',
    home: 'Back to the home page',
  },
});
