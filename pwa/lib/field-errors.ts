/**
 * A form's fields checked with the input schemas the server checks them with (schema/api/), before a change enters
 * the outbox: a field the server would refuse shows its error beside the field at once, offline too, instead of
 * coming back from the server as a rejected change long after the person has left the form.
 *
 * The schemas speak English to API clients; a person reads the problem in Czech (or English) here, told by the kind
 * of the issue (missing, too long, not a date…), with the form's own words for a missing field where it has them.
 */
import * as v from 'valibot';
import { defineMessages } from './i18n.ts';

const fieldMessages = defineMessages({
  cs: {
    required: 'Vyplňte prosím',
    tooLong: (max: number) => `Nejvýš ${max.toLocaleString('cs-CZ')} znaků`,
    tooMany: (max: number) => `Nejvýš ${max} položek`,
    date: 'Zadejte datum ve tvaru RRRR-MM-DD',
    dateTime: 'Zadejte datum a čas',
    timeSkipped: 'Tento čas v Česku neexistuje: tu noc se při přechodu na letní čas posouvají hodiny ze 2:00 na 3:00. Zvolte jiný čas.',
    consent: 'Bez souhlasu se nelze zapsat',
    invalid: 'Tento údaj nemá správný tvar',
  },
  en: {
    required: 'Please fill this in',
    tooLong: (max: number) => `At most ${max.toLocaleString('en-GB')} characters`,
    tooMany: (max: number) => `At most ${max} items`,
    date: 'Enter a date as YYYY-MM-DD',
    dateTime: 'Enter a date and time',
    timeSkipped: 'This time does not exist in Czechia: that night the clocks jump from 2:00 to 3:00 as summer time begins. Choose another time.',
    consent: 'You cannot sign in without consent',
    invalid: 'This value is not in the right form',
  },
});

/** The issue in the person's words. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const m = fieldMessages();
  const wanted = issue.requirement;
  switch (issue.type) {
    case 'min_length':
      return m.required;
    case 'max_length':
      return typeof issue.input === 'string' ? m.tooLong(Number(wanted)) : m.tooMany(Number(wanted));
    case 'iso_date':
      return m.date;
    case 'regex':
      return m.dateTime;
    case 'check':
      // the only check of a form's field in schema/api/meetings.ts: a local time that the clocks skip
      return issue.message.startsWith('does not exist in Prague') ? m.timeSkipped : m.invalid;
    case 'literal':
      return m.consent;
    case 'string':
    case 'object':
      return issue.input === undefined || issue.input === null ? m.required : m.invalid;
    default:
      return m.invalid;
  }
}

export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

/**
 * The first problem of each top-level field of `value` (`agenda` for `agenda[3]`), in the person's words. `required`
 * gives a field's own words for "missing" ("Napište název jednání"). Empty when the value fits.
 */
export function fieldErrors<T extends Record<string, unknown>>(
  schema: v.GenericSchema,
  value: T,
  required: Partial<Record<NoInfer<keyof T & string>, string>> = {},
): FieldErrors<keyof T & string> {
  type K = keyof T & string;
  const parsed = v.safeParse(schema, value);
  if (parsed.success) return {};
  const found: FieldErrors<K> = {};
  for (const issue of parsed.issues) {
    const field = issue.path?.[0]?.key as K | undefined;
    if (field === undefined || found[field]) continue;
    const missing = issue.type === 'min_length' || issue.input === undefined || issue.input === null;
    found[field] = (missing && required[field]) || describeIssue(issue);
  }
  return found;
}

export const hasErrors = (errors: FieldErrors) => Object.values(errors).some(Boolean);
