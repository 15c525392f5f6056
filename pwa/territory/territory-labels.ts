import type { TerritoryKind } from '../lib/api.ts';
import { defineMessages, formatYearIn } from '../lib/i18n.ts';

/** A territory's kind and planning start, as its page and the cards of the home and region pages show them. */
export const territoryLabels = defineMessages({
  cs: {
    kind: { orp: 'ORP', mas: 'MAS', subarea: 'Mikroregion', town: 'Město' } satisfies Record<TerritoryKind, string>,
    planningSince: (year: number) => `Plánuje od roku ${formatYearIn('cs', year)}`,
    web: 'Webové stránky',
    noDescription: 'Popis území zatím chybí.',
    loading: 'Načítám území…',
    loadFailed: 'Území se nepodařilo načíst',
    backToList: 'Všechna území',
  },
  en: {
    kind: { orp: 'ORP (district)', mas: 'Local action group', subarea: 'Micro-region', town: 'Town' },
    planningSince: (year: number) => `Planning since ${formatYearIn('en', year)}`,
    web: 'Website',
    noDescription: 'No description of this territory yet.',
    loading: 'Loading territory…',
    loadFailed: 'The territory could not be loaded',
    backToList: 'All territories',
  },
});
