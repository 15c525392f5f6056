import { defineMessages } from '../lib/i18n.ts';

/** The words of loading and failure notices: with the screens that show them, not in the shell. */
export const statusMessages = defineMessages({
  cs: {
    loading: 'Načítám…',
    retry: 'Zkusit znovu',
    networkError: 'Nepodařilo se spojit se serverem. Zkontrolujte připojení k internetu a zkuste to znovu.',
    serverError: 'Na serveru se něco pokazilo. Zkuste to prosím za chvíli.',
    savedCopyUnfit: 'Jste offline a uloženou kopii této stránky nelze v nové verzi aplikace použít. Připojte se k internetu a načtěte ji znovu.',
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    networkError: 'Could not reach the server. Check your internet connection and try again.',
    serverError: 'Something went wrong on the server. Please try again in a moment.',
    savedCopyUnfit: 'You are offline, and the copy of this page saved on this device cannot be used by the new version of the app. Connect to the internet and load it again.',
  },
});
