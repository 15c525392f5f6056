import { defineMessages, formatNumberIn } from '../lib/i18n.ts';

/** The home page's words: in its own chunk, not in the shell every screen downloads. */
export const homeMessages = defineMessages({
  cs: {
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
  en: {
    title: 'Community planning of social services',
    intro: [
      'Community planning is how municipalities, providers of social services and the people who use them plan the network of services in their area together.',
      'Each territory – a municipality with extended powers, a local action group or a micro-region – finds out what its people need, agrees on priorities and reviews what has been achieved.',
      'Choose a territory to see its services, its plan and the meetings of its working groups.',
    ],
    territoriesHeading: 'Territories',
    territoryCount: (count: number) =>
      `${formatNumberIn('en', count)} ${new Intl.PluralRules('en-GB').select(count) === 'one' ? 'territory' : 'territories'}`,
    loadingTerritories: 'Loading territories…',
    noTerritories: 'There are no territories yet.',
  },
});
