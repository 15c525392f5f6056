/**
 * One demo service as the catalogue files write it: a `services` row plus its forms, client groups and the
 * municipalities it serves, expanded here into the rows of the four tables.
 */
import type { ClientGroupCode, ServiceFormCode, ServiceKindCode } from '../../../schema/codelists.ts';
import type { OpeningHours, serviceClientGroups, serviceFormLinks, serviceMunicipalities, services } from '../../../schema/tables.ts';
import { DEMO_NOTE, municipalityId, providerId, serviceId, territoryId, type OrpSlug } from '../keys.ts';

type ServiceRow = typeof services.$inferInsert;

export type DemoService = Omit<ServiceRow, 'id' | 'providerId' | 'territoryId' | 'kindCode' | 'isDemo' | 'source'> & {
  key: string;
  provider: string;
  territory: OrpSlug;
  kindCode: ServiceKindCode;
  forms: ServiceFormCode[];
  clientGroups: ClientGroupCode[];
  /** ČSÚ codes of the municipalities served */
  municipalities: string[];
};

/** Monday to Friday, the usual office hours of a counselling or outpatient service. */
export const weekdays = (opens: string, closes: string): OpeningHours =>
  [1, 2, 3, 4, 5].map((day) => ({ day, opens, closes }));

export const everyDay = (opens: string, closes: string): OpeningHours =>
  [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, opens, closes }));

export function expandServices(specs: readonly DemoService[]) {
  const rows: ServiceRow[] = [];
  const forms: (typeof serviceFormLinks.$inferInsert)[] = [];
  const clientGroups: (typeof serviceClientGroups.$inferInsert)[] = [];
  const served: (typeof serviceMunicipalities.$inferInsert)[] = [];
  for (const spec of specs) {
    const { key, provider, territory, forms: formCodes, clientGroups: groupCodes, municipalities, description, ...row } = spec;
    const id = serviceId(key);
    rows.push({
      ...row,
      id,
      providerId: providerId(provider),
      territoryId: territoryId(territory),
      description: description ? `${description} ${DEMO_NOTE}` : DEMO_NOTE,
      source: 'demo',
      isDemo: true,
    });
    forms.push(...formCodes.map((formCode) => ({ serviceId: id, formCode })));
    clientGroups.push(...groupCodes.map((clientGroupCode) => ({ serviceId: id, clientGroupCode })));
    served.push(...municipalities.map((code) => ({ serviceId: id, municipalityId: municipalityId(code) })));
  }
  return { rows, forms, clientGroups, served };
}
