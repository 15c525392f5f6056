import { defineMessages } from '../lib/i18n.ts';

/** The new-version prompt's words: loaded with it, after the page (ui/layout.tsx). */
export const updateMessages = defineMessages({
  cs: {
    available: 'Je k dispozici nová verze aplikace.',
    apply: 'Aktualizovat',
    later: 'Později',
    offlineReady: 'Aplikace teď funguje i bez připojení.',
    close: 'Zavřít',
  },
  en: {
    available: 'A new version of the app is available.',
    apply: 'Update',
    later: 'Later',
    offlineReady: 'The app now works offline.',
    close: 'Close',
  },
});
