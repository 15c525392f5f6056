/**
 * The fields of a set-aside change that no longer fit, in the person's words. The outbox keeps each problem as the
 * schemas and the server say it, in English (`data.title: must be text`), because that is what the server sends for a
 * rejected change too; the list on "Změny v zařízení" reads them in Czech, or English, here.
 */
import { defineMessages } from '../lib/i18n.ts';

type Problem = { pattern: RegExp; text: string };

const issueMessages = defineMessages({
  cs: {
    fields: {
      title: 'Název',
      body: 'Text',
      place: 'Místo',
      startsAt: 'Začátek',
      endsAt: 'Konec',
      kind: 'Druh',
      status: 'Stav',
      groupId: 'Skupina',
      meetingId: 'Jednání',
      position: 'Pořadí',
      presenter: 'Předkládá',
      name: 'Jméno',
      organization: 'Organizace',
      personId: 'Člen skupiny',
      planningRole: 'Role v plánování',
      agendaItemId: 'Bod programu',
      assignee: 'Kdo úkol plní',
      description: 'Popis úkolu',
      dueOn: 'Termín',
      comment: 'Připomínka',
      allocations: 'Rozdělení bodů',
      data: 'Údaje změny',
    } as Record<string, string>,
    problems: [
      { pattern: /^must be text/, text: 'musí být text' },
      { pattern: /^is required|^must be given/, text: 'chybí' },
      { pattern: /^is too long/, text: 'je příliš dlouhý' },
      { pattern: /^has too many/, text: 'má příliš mnoho položek' },
      { pattern: /^is too large/, text: 'je příliš velké číslo' },
      { pattern: /^must be true or false/, text: 'musí být ano, nebo ne' },
      { pattern: /^must be a whole number/, text: 'musí být celé číslo' },
      { pattern: /^must be a number/, text: 'musí být číslo' },
      { pattern: /^must not be negative/, text: 'nesmí být záporné' },
      { pattern: /^must be a (local )?date and time/, text: 'musí být datum a čas' },
      { pattern: /^must be a date/, text: 'musí být datum' },
      { pattern: /^must be a UUID|^Invalid UUID/, text: 'není platný identifikátor' },
      { pattern: /^must be one of|^Invalid option/, text: 'nemá žádnou z hodnot, které aplikace zná' },
      { pattern: /^does not exist in Prague/, text: 'tento čas v Česku neexistuje (přechod na letní čas)' },
      { pattern: /^Invalid type/, text: 'má jiný tvar, než aplikace čeká' },
    ] as Problem[],
    otherProblem: 'neodpovídá tomu, co aplikace čeká',
  },
  en: {
    fields: {
      title: 'Title',
      body: 'Text',
      place: 'Place',
      startsAt: 'Start',
      endsAt: 'End',
      kind: 'Kind',
      status: 'Status',
      groupId: 'Group',
      meetingId: 'Meeting',
      position: 'Order',
      presenter: 'Presenter',
      name: 'Name',
      organization: 'Organisation',
      personId: 'Group member',
      planningRole: 'Planning role',
      agendaItemId: 'Agenda item',
      assignee: 'Assignee',
      description: 'Task description',
      dueOn: 'Due date',
      comment: 'Comment',
      allocations: 'Points',
      data: 'The change’s values',
    } as Record<string, string>,
    problems: [
      { pattern: /^Invalid type/, text: 'is not in the shape the app expects' },
      { pattern: /^Invalid option/, text: 'has none of the values the app knows' },
    ] as Problem[],
    otherProblem: '',
  },
});

/** `data.title: must be text` → `Název: musí být text`; a field or problem without words of its own stays as it is. */
export function describeStoredIssue(issue: { field: string; message: string }): string {
  const m = issueMessages();
  const key = issue.field.replace(/^data\./, '').split('.')[0] ?? issue.field;
  const field = m.fields[key] ?? issue.field;
  const problem = m.problems.find(({ pattern }) => pattern.test(issue.message))?.text ?? (m.otherProblem || issue.message);
  return `${field}: ${problem}`;
}
