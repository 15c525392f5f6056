import { Show } from 'solid-js';
import { formatLocalDate } from '../documents/format.ts';
import { locale } from '../lib/i18n.ts';
import { projectMessages } from './messages.ts';
import type { Project } from './types.ts';

export const formatCzk = (amount: number) =>
  new Intl.NumberFormat(locale() === 'cs' ? 'cs-CZ' : 'en-GB', { style: 'currency', currency: 'CZK', maximumFractionDigits: 0 }).format(amount);

export const formatPeriod = (from: string, to: string) => `${formatLocalDate(from)} – ${formatLocalDate(to)}`;

/** The project's identity card; the registration number is what funders and auditors search by. */
export function ProjectFacts(props: { project: Omit<Project, 'activities'> }) {
  const m = projectMessages;
  return (
    <dl class="project-facts">
      <Show when={props.project.registrationNumber}>
        {(number) => (
          <>
            <dt>{m().registrationNumber}</dt>
            <dd>{number()}</dd>
          </>
        )}
      </Show>
      <dt>{m().implementer}</dt>
      <dd>{props.project.implementer}</dd>
      <dt>{m().partners}</dt>
      <dd>{props.project.partners.length > 0 ? props.project.partners.join(', ') : m().noPartners}</dd>
      <dt>{m().period}</dt>
      <dd>{formatPeriod(props.project.startsOn, props.project.endsOn)}</dd>
      <Show when={props.project.programme}>
        {(programme) => (
          <>
            <dt>{m().programme}</dt>
            <dd>{programme()}</dd>
          </>
        )}
      </Show>
      <Show when={props.project.budgetCzk !== null}>
        <dt>{m().budget}</dt>
        <dd>{formatCzk(props.project.budgetCzk ?? 0)}</dd>
      </Show>
    </dl>
  );
}
