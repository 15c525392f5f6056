import * as v from 'valibot';
import { ACTIVITY_SERVICE_RELATIONS, EVALUATION_STATUSES, FUNDING_SOURCES, PLAN_STATUSES, PRIORITY_KINDS } from '../enums.ts';
import { SlugOrId, Uuid } from './common.ts';

const oneOf = <const T extends readonly string[]>(values: T) => v.picklist(values, `must be one of ${values.join(', ')}`);

const Text = (max: number) => v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'is required'), v.maxLength(max, 'is too long'));
const OptionalText = (max: number) => v.nullish(v.pipe(v.string('must be text'), v.trim(), v.maxLength(max, 'is too long')));

export const Year = v.pipe(v.number('must be a year'), v.integer('must be a whole year'), v.minValue(1990, 'must be 1990 or later'), v.maxValue(2100, 'must be 2100 or earlier'));
const Czk = v.pipe(v.number('must be an amount in CZK'), v.integer('must be whole crowns'), v.minValue(0, 'must not be negative'), v.maxValue(1e12, 'is too large'));
const Position = v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'), v.maxValue(100_000, 'is too large'));
const IsoDate = v.pipe(v.string('must be a date'), v.isoDate('must be a date YYYY-MM-DD'));
const Code = Text(40);

/** `:year` in a path */
export const YearParam = v.pipe(v.string(), v.regex(/^\d{4}$/, 'must be a year'), v.transform(Number), Year);

export const IdParams = v.object({ id: Uuid });
/** `/plans/:id/…/:year` and `/activities/:id/…/:year` */
export const IdYearParams = v.object({ id: Uuid, year: YearParam });
export const RegionParams = v.object({ code: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,20}$/, 'must be a region code such as CZ031')) });
export const TerritoryPlanParams = v.object({ territory: SlugOrId });

const PlanFields = { title: Text(300), periodFrom: Year, periodTo: Year };

export const PlanCreateBody = v.pipe(
  v.object({
    ...PlanFields,
    /** a plan of the same territory whose structure the new plan starts from, or `latest` for the newest one */
    copyFrom: v.optional(v.union([Uuid, v.literal('latest')], 'must be a plan id or "latest"')),
  }),
  v.forward(
    v.partialCheck([['periodFrom'], ['periodTo']], (plan) => plan.periodFrom <= plan.periodTo, 'must not be before periodFrom'),
    ['periodTo'],
  ),
);

export const PlanPatchBody = v.pipe(
  v.object({
    title: v.optional(PlanFields.title),
    periodFrom: v.optional(Year),
    periodTo: v.optional(Year),
    /** a period prolonged by resolution, e.g. 2015–2017 to 2018 */
    extendedTo: v.nullish(Year),
  }),
  v.check((body) => Object.values(body).some((value) => value !== undefined), 'says nothing to change'),
);

export const TransitionBody = v.object({
  to: oneOf(PLAN_STATUSES),
  /** the steering group's approval: both are required when `to` is `approved` */
  approvedOn: v.optional(IsoDate),
  resolution: v.optional(Text(300)),
});

export const DiffQuery = v.object({ against: Uuid });

const SectionFields = {
  title: Text(300),
  /** null for the cross-cutting chapter or a territorial one */
  targetGroupCode: v.nullable(v.pipe(v.string('must be a target group code'), v.maxLength(60, 'is too long'))),
  workingGroupId: v.nullish(Uuid),
  position: v.optional(Position),
};
export const SectionBody = v.object(SectionFields);

const PriorityFields = { kind: oneOf(PRIORITY_KINDS), code: Code, title: Text(300), position: v.optional(Position) };
export const PriorityBody = v.object(PriorityFields);

const MeasureFields = { code: Code, title: Text(300), description: OptionalText(5000), need: OptionalText(5000), position: v.optional(Position) };
export const MeasureBody = v.object(MeasureFields);

const FundingItem = v.object({ source: oneOf(FUNDING_SOURCES), amountCzk: Czk });
const IndicatorItem = v.object({
  name: Text(200),
  unit: Text(60),
  target: v.pipe(v.number('must be a number'), v.minValue(0, 'must not be negative'), v.maxValue(1e12, 'is too large')),
});
const ServiceLink = v.object({ serviceId: Uuid, relation: v.optional(oneOf(ACTIVITY_SERVICE_RELATIONS), 'supports') });

const ActivityFields = {
  code: Code,
  title: Text(300),
  description: OptionalText(10_000),
  responsible: OptionalText(300),
  partners: v.optional(v.pipe(v.array(Text(300), 'must be a list of names'), v.maxLength(50, 'has too many partners'))),
  startYear: v.nullish(Year),
  endYear: v.nullish(Year),
  estimatedCostCzk: v.nullish(Czk),
  funding: v.optional(v.pipe(v.array(FundingItem, 'must be a list of funding sources'), v.maxLength(20, 'has too many sources'))),
  indicators: v.optional(v.pipe(v.array(IndicatorItem, 'must be a list of indicators'), v.maxLength(30, 'has too many indicators'))),
  /** the municipalities served; none means the whole territory */
  municipalityIds: v.optional(v.pipe(v.array(Uuid, 'must be a list of municipality ids'), v.maxLength(500, 'has too many municipalities'))),
  services: v.optional(v.pipe(v.array(ServiceLink, 'must be a list of services'), v.maxLength(100, 'has too many services'))),
  position: v.optional(Position),
};
const yearsInOrder = (a: { startYear?: number | null; endYear?: number | null }) => a.startYear == null || a.endYear == null || a.startYear <= a.endYear;

export const ActivityBody = v.pipe(
  v.object(ActivityFields),
  v.forward(v.partialCheck([['startYear'], ['endYear']], yearsInOrder, 'must not be before startYear'), ['endYear']),
);

const nonEmpty = (body: object) => Object.values(body).some((value) => value !== undefined);
const somethingToChange = 'says nothing to change';

export const SectionPatchBody = v.pipe(v.partial(v.object(SectionFields)), v.check((body) => nonEmpty(body), somethingToChange));
/** `sectionId` moves the priority to another chapter of the same plan */
export const PriorityPatchBody = v.pipe(v.partial(v.object({ ...PriorityFields, sectionId: Uuid })), v.check((body) => nonEmpty(body), somethingToChange));
/** `priorityId` moves the measure under another priority of the same plan */
export const MeasurePatchBody = v.pipe(v.partial(v.object({ ...MeasureFields, priorityId: Uuid })), v.check((body) => nonEmpty(body), somethingToChange));
/** `measureId` moves the activity under another measure of the same plan */
export const ActivityPatchBody = v.pipe(
  v.partial(v.object({ ...ActivityFields, measureId: Uuid })),
  v.forward(v.partialCheck([['startYear'], ['endYear']], yearsInOrder, 'must not be before startYear'), ['endYear']),
  v.check((body) => nonEmpty(body), somethingToChange),
);

export const ActionPlanBody = v.object({
  approvedOn: v.nullish(IsoDate),
  items: v.pipe(
    v.array(v.object({ activityId: Uuid, plannedCostCzk: v.nullish(Czk) }), 'must be a list of activities'),
    v.maxLength(5000, 'has too many items'),
  ),
});

export const EvaluationBody = v.object({
  status: oneOf(EVALUATION_STATUSES),
  progress: v.pipe(v.number('must be a percentage'), v.integer('must be a whole percentage'), v.minValue(0, 'must be 0–100'), v.maxValue(100, 'must be 0–100')),
  indicatorValues: v.optional(
    v.pipe(
      v.array(v.object({ name: Text(200), value: v.pipe(v.number('must be a number'), v.minValue(-1e12, 'is too small'), v.maxValue(1e12, 'is too large')) }), 'must be a list of values'),
      v.maxLength(30, 'has too many values'),
    ),
  ),
  spentCzk: v.nullish(Czk),
  comment: OptionalText(5000),
});

export const GapsQuery = v.object({ plan: v.optional(Uuid) });
export const RegionCsvQuery = v.object({ delimiter: v.optional(oneOf(['semicolon', 'comma'] as const)) });

/**
 * A plan as `GET /api/plans/:id/export` writes it: no ids bound to one district, only codes and texts, ČSÚ codes of
 * municipalities and registry ids of services, so it can be imported into another period or district.
 */
const ExportActivity = v.object({
  code: Code,
  title: Text(300),
  description: OptionalText(10_000),
  responsible: OptionalText(300),
  partners: ActivityFields.partners,
  startYear: ActivityFields.startYear,
  endYear: ActivityFields.endYear,
  estimatedCostCzk: ActivityFields.estimatedCostCzk,
  funding: ActivityFields.funding,
  indicators: ActivityFields.indicators,
  municipalityCodes: v.optional(v.pipe(v.array(v.pipe(v.string('must be a municipality code'), v.regex(/^\d{6}$/, 'must be a ČSÚ code of 6 digits'))), v.maxLength(500, 'has too many municipalities'))),
  services: v.optional(
    v.pipe(
      v.array(v.object({ registrationId: v.pipe(v.string('must be a registration id'), v.regex(/^\d{7}$/, 'must be a registry id of 7 digits')), relation: ServiceLink.entries.relation })),
      v.maxLength(100, 'has too many services'),
    ),
  ),
});
const ExportMeasure = v.object({
  code: Code,
  title: Text(300),
  description: OptionalText(5000),
  need: OptionalText(5000),
  activities: v.pipe(v.array(ExportActivity, 'must be a list of activities'), v.maxLength(200, 'has too many activities')),
});
const ExportPriority = v.object({
  kind: oneOf(PRIORITY_KINDS),
  code: Code,
  title: Text(300),
  measures: v.pipe(v.array(ExportMeasure, 'must be a list of measures'), v.maxLength(200, 'has too many measures')),
});
const ExportSection = v.object({
  title: Text(300),
  targetGroupCode: SectionFields.targetGroupCode,
  /** linked on import to the working group of that name in the receiving territory, when there is one */
  workingGroupName: v.nullish(v.pipe(v.string('must be text'), v.maxLength(300, 'is too long'))),
  priorities: v.pipe(v.array(ExportPriority, 'must be a list of priorities'), v.maxLength(50, 'has too many priorities')),
});
export const PLAN_EXPORT_FORMAT = 'kpss-plan/1';
export const PlanExport = v.object({
  format: v.literal(PLAN_EXPORT_FORMAT, `must be "${PLAN_EXPORT_FORMAT}"`),
  title: Text(300),
  periodFrom: Year,
  periodTo: Year,
  sections: v.pipe(v.array(ExportSection, 'must be a list of sections'), v.maxLength(30, 'has too many sections')),
});
export type PlanExport = v.InferOutput<typeof PlanExport>;

export const PlanImportBody = v.pipe(
  v.object({ plan: PlanExport, title: v.optional(PlanFields.title), periodFrom: Year, periodTo: Year }),
  v.forward(
    v.partialCheck([['periodFrom'], ['periodTo']], (plan) => plan.periodFrom <= plan.periodTo, 'must not be before periodFrom'),
    ['periodTo'],
  ),
);
