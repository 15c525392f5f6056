import * as v from 'valibot';
import { CHECKLIST_STATUSES, PROJECT_ACTIVITY_KINDS } from '../enums.ts';
import { SlugOrId, Uuid } from './common.ts';

/** A calendar date "2018-04-12" that exists (no 30 February). */
export const IsoDate = v.pipe(
  v.string('must be a date'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'),
  v.check((value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true; // already reported by the format check
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'is not a calendar date'),
);

/**
 * Registration numbers of EU-funded projects as the managing authorities print them.
 * 2021–2027 (MS2021+, OPZ+), e.g. CZ.03.02.02/00/22_004/0003844:
 *   CZ.<programme>.<priority>.<specific objective>/00/<year>_<call>/<7-digit project number>
 * 2014–2020 (MS2014+), e.g. CZ.03.2.63/0.0/0.0/16_063/0006569:
 *   CZ.<programme>.<priority axis>.<specific objective>/<d.d>/<d.d>/<year>_<call>/<7-digit project number>
 * 2007–2013 (Benefit7/Monit7+), e.g. CZ.1.04/4.1.01/53.00168, kept so districts can list their earlier projects:
 *   CZ.<objective>.<programme>/<axis>.<area>.<grant scheme>/<call>.<5-digit project number>
 */
export const REGISTRATION_NUMBER_2021 = /^CZ\.\d{2}\.\d{2}\.\d{2}\/\d{2}\/\d{2}_\d{3}\/\d{7}$/;
export const REGISTRATION_NUMBER_2014 = /^CZ\.\d{2}\.\d{1,2}\.\d{1,3}\/\d{1,2}\.\d{1,2}\/\d{1,2}\.\d{1,2}\/\d{2}_\d{3}\/\d{7}$/;
export const REGISTRATION_NUMBER_2007 = /^CZ\.\d\.\d{2}\/\d{1,2}\.\d{1,2}\.\d{2}\/[0-9A-Z]{2}\.\d{5}$/;

export const RegistrationNumber = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.check(
    (value) => [REGISTRATION_NUMBER_2021, REGISTRATION_NUMBER_2014, REGISTRATION_NUMBER_2007].some((pattern) => pattern.test(value)),
    'must be a registration number such as CZ.03.02.02/00/22_004/0003844 or CZ.03.2.63/0.0/0.0/16_063/0006569',
  ),
);

const Text = (max: number) => v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'is required'), v.maxLength(max, 'is too long'));
const OptionalText = (max: number) => v.pipe(v.string('must be text'), v.trim(), v.maxLength(max, 'is too long'), v.transform((s) => s || null));

export const BudgetCzk = v.pipe(v.number('must be a number'), v.integer('must be whole crowns'), v.minValue(0, 'must not be negative'), v.maxValue(1e12, 'is too large'));
const Partners = v.pipe(v.array(Text(300), 'must be a list of names'), v.maxLength(50, 'has too many partners'));

const projectFields = {
  registrationNumber: v.nullish(RegistrationNumber),
  name: Text(300),
  implementer: Text(300),
  partners: v.optional(Partners, []),
  startsOn: IsoDate,
  endsOn: IsoDate,
  programme: v.nullish(OptionalText(100)),
  budgetCzk: v.nullish(BudgetCzk),
};

export const ProjectCreateBody = v.pipe(
  v.object({ id: v.optional(Uuid), ...projectFields }),
  v.forward(
    v.partialCheck([['startsOn'], ['endsOn']], (p) => p.startsOn <= p.endsOn, 'must not be before startsOn'),
    ['endsOn'],
  ),
);

/** Every field optional; the period is checked against the stored one in the handler. */
export const ProjectPatchBody = v.pipe(
  v.partial(v.object(projectFields)),
  v.check((body) => Object.values(body).some((value) => value !== undefined), 'says nothing to change'),
);

export const ProjectParams = v.object({ id: Uuid });
export const TerritoryProjectParams = v.object({ territory: SlugOrId });

export const ProjectActivityKind = v.picklist(PROJECT_ACTIVITY_KINDS, `must be one of ${PROJECT_ACTIVITY_KINDS.join(', ')}`);
export const ProjectActivityParams = v.object({ id: Uuid, kind: ProjectActivityKind });

export const ProjectActivityBody = v.pipe(
  v.object({
    status: v.picklist(CHECKLIST_STATUSES, `must be one of ${CHECKLIST_STATUSES.join(', ')}`),
    note: v.nullish(OptionalText(2000)),
    doneOn: v.nullish(IsoDate),
  }),
  v.forward(
    v.partialCheck([['status'], ['doneOn']], (a) => !a.doneOn || a.status === 'done', 'is only for a done activity'),
    ['doneOn'],
  ),
);
