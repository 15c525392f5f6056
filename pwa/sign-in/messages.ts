import { defineMessages } from '../lib/i18n.ts';
import type { TerritoryRole } from '../lib/session.ts';

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/** Sign-in, sign-out, the expired-session notice and what forms share: error summary, roles, API failures. */
export const signInMessages = defineMessages({
  cs: {
    page: {
      title: 'Přihlášení',
      intro: 'Přihlášení je pro koordinátory a členy pracovních skupin. Katalog služeb, plán a zápisy si může přečíst každý i bez účtu.',
      email: 'E-mail',
      password: 'Heslo',
      submit: 'Přihlásit se',
      submitting: 'Přihlašuji…',
      alreadySignedIn: (name: string) => `Jste přihlášeni jako ${name}.`,
      continue: 'Pokračovat',
      toAccount: 'Můj účet',
      noAccount: 'Účet vám založí koordinátor vašeho území: pošle vám pozvánku s odkazem.',
    },
    errors: {
      summaryTitle: 'Je tu problém',
      emailRequired: 'Zadejte e-mail',
      emailInvalid: 'Zadejte e-mail ve tvaru jmeno@example.cz',
      passwordRequired: 'Zadejte heslo',
      wrongCredentials: 'E-mail nebo heslo nesouhlasí. Zkontrolujte je a zkuste to znovu.',
      tooManyAttempts: (seconds: number) => {
        const n = minutes(seconds);
        const unit = n === 1 ? 'minutu' : n < 5 ? 'minuty' : 'minut';
        return `Příliš mnoho neúspěšných pokusů. Zkuste to znovu za ${n} ${unit}.`;
      },
      offline: 'Nejste připojeni k internetu. K tomu je potřeba připojení; zkuste to, až budete online.',
      server: 'Na serveru se něco pokazilo. Zkuste to prosím za chvíli.',
      forbidden: 'K tomu nemáte oprávnění.',
      sessionExpired: 'Vaše přihlášení vypršelo. Přihlaste se znovu.',
      invalidField: 'Zkontrolujte tuto hodnotu',
    },
    expired: {
      notice: 'Vaše přihlášení vypršelo. Rozepsaná práce zůstává na této stránce; po novém přihlášení můžete pokračovat.',
      signInAgain: 'Přihlásit znovu',
      dialogTitle: 'Přihlaste se znovu',
      cancel: 'Zavřít',
    },
    signOut: {
      title: 'Odhlásit se?',
      pending: (count: number) => {
        const what = count === 1 ? 'změna čeká' : count < 5 ? 'změny čekají' : 'změn čeká';
        return `${count} ${what} na odeslání; po odhlášení zůstanou uložené v tomto zařízení a odešlou se, až se znovu přihlásíte.`;
      },
      confirm: 'Odhlásit',
      stay: 'Neodhlašovat',
      offline: 'Odhlásit se lze jen s připojením k internetu: přihlášení musí ukončit i server. Zkuste to, až budete online.',
      failed: 'Odhlášení se nepodařilo. Zkuste to prosím znovu.',
      done: 'Byli jste odhlášeni.',
    },
    roles: {
      member: 'člen',
      coordinator: 'koordinátor',
    } satisfies Record<TerritoryRole, string>,
    form: {
      required: '(povinné)',
      show: 'Zobrazit heslo',
    },
  },
  en: {
    page: {
      title: 'Sign in',
      intro: 'Signing in is for coordinators and members of working groups. Anyone can read the catalogue of services, the plan and the minutes without an account.',
      email: 'E-mail',
      password: 'Password',
      submit: 'Sign in',
      submitting: 'Signing in…',
      alreadySignedIn: (name: string) => `You are signed in as ${name}.`,
      continue: 'Continue',
      toAccount: 'My account',
      noAccount: 'Your account is set up by the coordinator of your territory: they send you an invitation link.',
    },
    errors: {
      summaryTitle: 'There is a problem',
      emailRequired: 'Enter your e-mail',
      emailInvalid: 'Enter an e-mail address like name@example.com',
      passwordRequired: 'Enter your password',
      wrongCredentials: 'The e-mail or password is not right. Check them and try again.',
      tooManyAttempts: (seconds: number) => {
        const n = minutes(seconds);
        return `Too many failed attempts. Try again in ${n} ${n === 1 ? 'minute' : 'minutes'}.`;
      },
      offline: 'You are not connected to the internet. This needs a connection; try again when you are online.',
      server: 'Something went wrong on the server. Please try again in a moment.',
      forbidden: 'You are not allowed to do this.',
      sessionExpired: 'Your session has expired. Please sign in again.',
      invalidField: 'Check this value',
    },
    expired: {
      notice: 'Your session has expired. Your unsaved work stays on this page; sign in again to carry on.',
      signInAgain: 'Sign in again',
      dialogTitle: 'Sign in again',
      cancel: 'Close',
    },
    signOut: {
      title: 'Sign out?',
      pending: (count: number) =>
        `${count} ${count === 1 ? 'change is' : 'changes are'} waiting to be sent; after signing out they stay saved on this device and are sent when you sign in again.`,
      confirm: 'Sign out',
      stay: 'Stay signed in',
      offline: 'Signing out needs an internet connection: the server has to end the session too. Try again when you are online.',
      failed: 'Signing out did not work. Please try again.',
      done: 'You have been signed out.',
    },
    roles: {
      member: 'member',
      coordinator: 'coordinator',
    },
    form: {
      required: '(required)',
      show: 'Show password',
    },
  },
});
