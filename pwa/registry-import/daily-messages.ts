import { defineMessages, formatNumber } from '../lib/i18n.ts';
import type { RegistryRunSummary } from './registry-api.ts';

type RunStatus = RegistryRunSummary['status'];

export const dailyMessages = defineMessages({
  cs: {
    heading: 'Denní import z registru',
    intro:
      'Server může soubor registru stahovat každý den sám. Každé ráno připraví přehled změn; ten potvrdíte zde, nebo se změny zapíší samy, pokud to zapnete.',
    sourceHeading: 'Odkud stahovat',
    url: 'Adresa souboru rpss.json',
    urlHint: 'Adresa začínající https:// z otevřených dat MPSV. Prázdné pole denní import vypne.',
    urlMustBeHttps: 'Adresa musí začínat https://.',
    urlInvalid: 'Tohle není platná webová adresa začínající https://.',
    autoApply: 'Zapisovat změny bez potvrzení',
    autoApplyHint: 'Jinak server změny jen připraví a počká, až je tady potvrdíte nebo zahodíte.',
    save: 'Uložit nastavení',
    saved: 'Nastavení denního importu je uložené.',
    stopped: 'Denní import je vypnutý.',
    pendingHeading: 'Připravený přehled z posledního stažení',
    pendingFrom: (url: string, when: string) => `Staženo z ${url}, ${when}. Zatím se nic nezapsalo.`,
    noPending: 'Žádný přehled nečeká na potvrzení.',
    applyPending: 'Potvrdit a importovat připravené změny',
    dismiss: 'Zahodit přehled',
    appliedPending: (added: number, changed: number, gone: number) =>
      `Importováno: ${formatNumber(added)} nových, ${formatNumber(changed)} změněných, ${formatNumber(gone)} vyřazených služeb.`,
    dismissed: 'Přehled byl zahozen, nic se nezapsalo.',
    lastRun: (status: RunStatus, when: string, message: string | null) =>
      ({
        pending: `Poslední stažení ${when} čeká na potvrzení.`,
        applied: `Poslední stažení ${when} je importované.`,
        dismissed: `Přehled z posledního stažení ${when} byl zahozen.`,
        superseded: `Přehled ze stažení ${when} nahradilo novější.`,
        failed: `Poslední stažení ${when} se nepovedlo, nic se nezapsalo${message ? ` (${message})` : ''}.`,
      })[status],
  },
  en: {
    heading: 'Daily import from the registry',
    intro:
      'The server can download the registry file by itself every day. Each morning it prepares an overview of changes, which you confirm here, or the changes are written by themselves if you switch that on.',
    sourceHeading: 'Where to download from',
    url: 'Address of the file rpss.json',
    urlHint: "An address starting with https:// from the ministry's open data. An empty field stops the daily import.",
    urlMustBeHttps: 'The address must start with https://.',
    urlInvalid: 'This is not a valid web address starting with https://.',
    autoApply: 'Write the changes without confirmation',
    autoApplyHint: 'Otherwise the server only prepares the changes and waits until you confirm or dismiss them here.',
    save: 'Save the settings',
    saved: 'The daily import settings are saved.',
    stopped: 'The daily import is off.',
    pendingHeading: 'The overview prepared from the last download',
    pendingFrom: (url: string, when: string) => `Downloaded from ${url}, ${when}. Nothing has been written yet.`,
    noPending: 'No overview is waiting for confirmation.',
    applyPending: 'Confirm and import the prepared changes',
    dismiss: 'Dismiss the overview',
    appliedPending: (added: number, changed: number, gone: number) =>
      `Imported: ${formatNumber(added)} new, ${formatNumber(changed)} changed, ${formatNumber(gone)} retired services.`,
    dismissed: 'The overview was dismissed; nothing was written.',
    lastRun: (status: RunStatus, when: string, message: string | null) =>
      ({
        pending: `The last download, ${when}, waits for confirmation.`,
        applied: `The last download, ${when}, is imported.`,
        dismissed: `The overview of the last download, ${when}, was dismissed.`,
        superseded: `The overview of the download of ${when} was replaced by a newer one.`,
        failed: `The last download, ${when}, failed; nothing was written${message ? ` (${message})` : ''}.`,
      })[status],
  },
});
