/**
 * The registry import of one territory: compare the file (worker/catalogue/rpss.ts reads its items) with the
 * catalogue, report new / changed / unchanged / gone / bad and the registry codes without a stored mapping
 * (unknownCodes: such items wait outside the catalogue, and are never "gone"), and on apply write all of it in ONE D1 batch, so a
 * failing import leaves the catalogue as it was. Only what differs is written, so importing the same file twice
 * changes nothing the second time.
 *
 * What the import manages on an existing service: kind, provider, forms, client groups, capacity, non-stop, hours
 * (when the file has readable ones), contacts and address (when the file has them). Name and description are the
 * coordinators' after the first import; municipalities served are only ever added (coordinators add the ones an
 * outreach service covers beyond its facilities); a changed address clears the coordinates. A service with source
 * 'rpss' that the file no longer lists for the territory is gone, and apply retires it.
 */
import { and, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { municipalities, providers, services } from '../../schema/tables.ts';
import type { ProviderRow, ServiceRow } from '../catalogue/public-service.ts';
import type { RegistryImportReport, UnknownRegistryCode } from '../../schema/api/registry.ts';
import { suggestMapping, type RegistryCodeMap } from '../../schema/registry/codes.ts';
import { readRegistryItem, type RegistryService } from '../catalogue/rpss.ts';
import type { Database } from '../env.ts';
import { bulkInsert, type WriteStatement } from './d1-writes.ts';
import { linksOf, loadServiceLinks } from './catalogue-read.ts';
import { idList, territoryMunicipalityRows } from './catalogue-scope.ts';
import { bulkUpdate, deleteLinks, insertLinkPairs, statementOf } from './catalogue-write.ts';

const MANAGED = ['kindCode', 'providerId', 'capacity', 'capacityUnit', 'capacities', 'alwaysOpen', 'openingHours', 'phone', 'email', 'web', 'street', 'city', 'postcode', 'lat', 'lng', 'addressSecret', 'registryEndsOn', 'retiredAt'] as const;
const PROVIDER_MANAGED = ['name', 'phone', 'email', 'web', 'retiredAt'] as const;
type Managed = Pick<ServiceRow, (typeof MANAGED)[number]>;

const serviceColumns = getTableColumns(services);
const providerColumns = getTableColumns(providers);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sameSet = (a: readonly string[], b: readonly string[]) => same([...a].sort(), [...b].sort());

type Entry = { position: number; registrationId: string; serviceId: string; name: string };

/** What is imported: the territory's items (or a whole small file), each with its position in the original file. */
export type RegistryImportInput = { items: readonly unknown[]; positions?: readonly number[]; totalItems?: number; fileName?: string | null };

type PlannedReport = Omit<RegistryImportReport, 'mode' | 'applied' | 'territory'>;

export async function planRegistryImport(db: Database, territory: { id: string }, territoryIds: readonly string[], input: RegistryImportInput, today: string, codes: RegistryCodeMap) {
  const { items, positions } = input;
  const own = await territoryMunicipalityRows(db, territoryIds);
  const context = { territoryCodes: new Set(own.map((m) => m.code)), today, codes };
  const unknown = new Map<string, UnknownRegistryCode>();
  const noteUnknown = (list: UnknownRegistryCode['list'], code: string, name: string) => {
    const key = `${list}/${code}`;
    let entry = unknown.get(key);
    if (!entry) {
      const registryName = codes.names.get(key) ?? null;
      entry = { list, code, registryName, items: 0, samples: [], suggestion: suggestMapping(list, code, registryName) };
      unknown.set(key, entry);
    }
    entry.items++;
    if (entry.samples.length < 3 && !entry.samples.includes(name)) entry.samples.push(name);
  };
  const report: PlannedReport = {
    fileName: input.fileName ?? null,
    counts: { items: items.length, totalItems: input.totalItems ?? items.length, outside: 0, ended: 0, new: 0, changed: 0, unchanged: 0, gone: 0, bad: 0, skipped: 0, unmapped: 0 },
    new: [] as (Omit<Entry, 'serviceId'> & { providerIco: string; providerName: string })[],
    changed: [] as (Entry & { fields: string[] })[],
    unchanged: [] as Entry[],
    gone: [] as { serviceId: string; registrationId: string | null; name: string }[],
    bad: [] as { position: number; field: string; reason: string; registrationId: string | null }[],
    skipped: [] as { position: number; registrationId: string; reason: string }[],
    unknownCodes: [],
    providers: { new: [] as { ico: string; name: string }[], changed: [] as { providerId: string; ico: string; name: string; fields: string[] }[] },
    warnings: [] as { position: number; registrationId: string | null; message: string }[],
  };

  const listed: RegistryService[] = [];
  const seenAt = new Map<string, number>();
  const keep = new Set<string>();
  items.forEach((item, index) => {
    const position = positions?.[index] ?? index;
    const read = readRegistryItem(item, position, context);
    if (read.kind === 'outside') report.counts.outside++;
    else if (read.kind === 'ended') report.counts.ended++;
    else if (read.kind === 'unmapped') {
      report.counts.unmapped++;
      noteUnknown('DruhSocialniSluzby', read.code, read.name);
      // Waiting for its kind to be mapped is not being closed: its service (if any) is not "gone".
      keep.add(read.registrationId);
    } else if (read.kind === 'bad') {
      report.bad.push({ position, field: read.field, reason: read.reason, registrationId: read.registrationId });
      // A bad item is a data problem, not a closed service: its service is not "gone".
      if (read.registrationId) keep.add(read.registrationId);
    } else {
      const first = seenAt.get(read.service.registrationId);
      if (first !== undefined) {
        report.bad.push({ position, field: `polozky[${position}].identifikator`, reason: `is listed again (first at polozky[${first}])`, registrationId: read.service.registrationId });
        return;
      }
      seenAt.set(read.service.registrationId, position);
      keep.add(read.service.registrationId);
      listed.push(read.service);
      for (const message of read.warnings) report.warnings.push({ position, registrationId: read.service.registrationId, message });
      for (const code of read.unmappedClientGroups) noteUnknown('CilovaSkupinaOsoby', code, read.service.name);
    }
  });

  const servedCodes = [...new Set(listed.flatMap((s) => [...s.municipalityCodes, ...(s.cityCode ? [s.cityCode] : [])]))];
  const known = await db.select({ id: municipalities.id, code: municipalities.code, name: municipalities.name }).from(municipalities).where(sql`${municipalities.code} IN ${idList(servedCodes)}`);
  const municipalityByCode = new Map(known.map((m) => [m.code, m]));
  const existing = await db.select().from(services).where(sql`${services.registrationId} IN ${idList(listed.map((s) => s.registrationId))}`);
  const serviceByRegistration = new Map(existing.map((s) => [s.registrationId!, s]));
  const providerRows = await db.select().from(providers).where(sql`${providers.ico} IN ${idList([...new Set(listed.map((s) => s.provider.ico))])}`);
  const providerByIco = new Map(providerRows.map((p) => [p.ico!, p]));
  const links = await loadServiceLinks(db, idList(existing.map((s) => s.id)));

  // Providers, once per IČO, with the values of the first item that names them.
  const providerIdByIco = new Map<string, string>();
  const newProviders: (typeof providers.$inferInsert)[] = [];
  const changedProviders: (Pick<ProviderRow, 'id' | (typeof PROVIDER_MANAGED)[number]>)[] = [];
  const deletedProviders = new Set<string>();
  for (const { provider } of listed) {
    if (providerIdByIco.has(provider.ico) || deletedProviders.has(provider.ico)) continue;
    const row = providerByIco.get(provider.ico);
    if (row?.deletedAt) {
      deletedProviders.add(provider.ico);
      continue;
    }
    if (!row) {
      const id = uuidv7();
      providerIdByIco.set(provider.ico, id);
      newProviders.push({ id, ico: provider.ico, name: provider.name, phone: provider.phone, email: provider.email, web: provider.web, source: 'rpss' });
      report.providers.new.push({ ico: provider.ico, name: provider.name });
      continue;
    }
    providerIdByIco.set(provider.ico, row.id);
    const desired = { name: provider.name, phone: provider.phone ?? row.phone, email: provider.email ?? row.email, web: provider.web ?? row.web, retiredAt: null };
    const fields = PROVIDER_MANAGED.filter((key) => !same(desired[key], row[key]));
    if (fields.length) {
      changedProviders.push({ id: row.id, ...desired });
      report.providers.changed.push({ providerId: row.id, ico: provider.ico, name: provider.name, fields });
    }
  }

  const newServices: (typeof services.$inferInsert)[] = [];
  const changedServices: (Managed & { id: string })[] = [];
  const linkWrites = { forms: [] as string[], clientGroups: [] as string[] };
  const pairs = { forms: [] as [string, string][], clientGroups: [] as [string, string][], municipalityIds: [] as [string, string][] };
  for (const s of listed) {
    const providerId = providerIdByIco.get(s.provider.ico);
    const row = serviceByRegistration.get(s.registrationId);
    const skip = (reason: string) => report.skipped.push({ position: s.position, registrationId: s.registrationId, reason });
    if (!providerId) {
      skip('its provider was deleted from KPSS');
      continue;
    }
    if (row?.deletedAt) {
      skip('the service was deleted from KPSS');
      continue;
    }
    if (row && !territoryIds.includes(row.territoryId)) {
      skip('the service is in the catalogue of another territory');
      continue;
    }
    const city = s.cityCode ? (municipalityByCode.get(s.cityCode)?.name ?? null) : null;
    const served = s.municipalityCodes.flatMap((code) => municipalityByCode.get(code)?.id ?? []);
    if (!row) {
      const id = uuidv7();
      newServices.push({
        id, providerId, territoryId: territory.id, kindCode: s.kindCode, registrationId: s.registrationId, name: s.name,
        capacity: s.capacity, capacityUnit: s.capacityUnit, capacities: s.capacities.length ? s.capacities : null, alwaysOpen: s.alwaysOpen, openingHours: s.openingHours ?? null,
        phone: s.phone, email: s.email, web: s.web, street: s.street, city, postcode: s.postcode, addressSecret: s.addressSecret, source: 'rpss',
        registryEndsOn: s.endsOn,
      });
      pairs.forms.push(...s.forms.map((code) => [id, code] as [string, string]));
      pairs.clientGroups.push(...s.clientGroups.map((code) => [id, code] as [string, string]));
      pairs.municipalityIds.push(...served.map((m) => [id, m] as [string, string]));
      report.new.push({ position: s.position, registrationId: s.registrationId, name: s.name, providerIco: s.provider.ico, providerName: s.provider.name });
      continue;
    }
    const current = linksOf(links, row.id);
    const street = s.addressSecret ? null : (s.street ?? row.street);
    const postcode = s.addressSecret ? null : (s.postcode ?? row.postcode);
    const moved = street !== row.street || postcode !== row.postcode || (city ?? row.city) !== row.city || s.addressSecret !== row.addressSecret;
    const desired: Managed = {
      kindCode: s.kindCode,
      providerId,
      capacity: s.capacity ?? row.capacity,
      capacityUnit: s.capacity !== null ? s.capacityUnit : row.capacityUnit,
      capacities: s.capacities.length ? s.capacities : row.capacities,
      alwaysOpen: s.alwaysOpen,
      openingHours: s.openingHours !== undefined ? s.openingHours : row.openingHours,
      phone: s.phone ?? row.phone,
      email: s.email ?? row.email,
      web: s.web ?? row.web,
      street,
      city: city ?? row.city,
      postcode,
      lat: moved ? null : row.lat,
      lng: moved ? null : row.lng,
      addressSecret: s.addressSecret,
      registryEndsOn: s.endsOn,
      retiredAt: null,
    };
    // The report speaks of "capacity" whether its first unit or another one changed.
    const fields: string[] = [...new Set(MANAGED.filter((key) => !same(desired[key], row[key])).map((key) => (key === 'capacities' ? 'capacity' : key)))];
    if (s.forms.length && !sameSet(s.forms, current.forms)) {
      fields.push('forms');
      linkWrites.forms.push(row.id);
      pairs.forms.push(...s.forms.map((code) => [row.id, code] as [string, string]));
    }
    if (s.clientGroups.length && !sameSet(s.clientGroups, current.clientGroups)) {
      fields.push('clientGroups');
      linkWrites.clientGroups.push(row.id);
      pairs.clientGroups.push(...s.clientGroups.map((code) => [row.id, code] as [string, string]));
    }
    const has = new Set(current.municipalities.map((m) => m.id));
    const added = served.filter((m) => !has.has(m));
    if (added.length) {
      fields.push('municipalities');
      pairs.municipalityIds.push(...added.map((m) => [row.id, m] as [string, string]));
    }
    const entry = { position: s.position, registrationId: s.registrationId, serviceId: row.id, name: row.name };
    if (fields.length) {
      changedServices.push({ id: row.id, ...desired });
      report.changed.push({ ...entry, fields });
    } else report.unchanged.push(entry);
  }

  const candidates = await db
    .select({ id: services.id, registrationId: services.registrationId, name: services.name })
    .from(services)
    .where(and(sql`${services.territoryId} IN ${idList(territoryIds)}`, eq(services.source, 'rpss'), isNull(services.retiredAt), isNull(services.deletedAt)));
  for (const row of candidates) {
    if (!row.registrationId || !keep.has(row.registrationId)) report.gone.push({ serviceId: row.id, registrationId: row.registrationId, name: row.name });
  }

  report.counts.new = report.new.length;
  report.counts.changed = report.changed.length;
  report.counts.unchanged = report.unchanged.length;
  report.counts.gone = report.gone.length;
  report.counts.bad = report.bad.length;
  report.counts.skipped = report.skipped.length;
  report.unknownCodes = [...unknown.values()].sort((a, b) => a.list.localeCompare(b.list) || b.items - a.items || a.code.localeCompare(b.code, undefined, { numeric: true }));
  return { report, writes: { newProviders, changedProviders, newServices, changedServices, linkWrites, pairs } };
}

export type RegistryImportPlan = Awaited<ReturnType<typeof planRegistryImport>>;

/** Every write of the plan, for one batch (`runWrites`); empty when the catalogue already matches the file. */
export function registryImportStatements(db: Database, plan: RegistryImportPlan, now: number): WriteStatement[] {
  const { newProviders, changedProviders, newServices, changedServices, linkWrites, pairs } = plan.writes;
  const toColumns = <T extends Record<string, unknown>>(rows: T[], columns: Record<string, { name: string }>) =>
    rows.map((row) => ({ ...Object.fromEntries(Object.entries(row).map(([key, value]) => [columns[key]?.name ?? key, value])), updated_at: now }));
  const statements: WriteStatement[] = [
    ...bulkInsert(db, providers, newProviders),
    ...bulkUpdate(db, sql`${providers}`, [...PROVIDER_MANAGED.map((k) => providerColumns[k].name), 'updated_at'], toColumns(changedProviders, providerColumns)),
    ...bulkInsert(db, services, newServices),
    ...bulkUpdate(db, sql`${services}`, [...MANAGED.map((k) => serviceColumns[k].name), 'updated_at'], toColumns(changedServices, serviceColumns)),
    ...deleteLinks(db, 'forms', linkWrites.forms),
    ...deleteLinks(db, 'clientGroups', linkWrites.clientGroups),
    ...insertLinkPairs(db, 'forms', pairs.forms),
    ...insertLinkPairs(db, 'clientGroups', pairs.clientGroups),
    ...insertLinkPairs(db, 'municipalityIds', pairs.municipalityIds, true),
  ];
  const gone = plan.report.gone.map((g) => g.serviceId);
  if (gone.length) statements.push(statementOf(db, sql`UPDATE ${services} SET retired_at = ${now}, updated_at = ${now} WHERE id IN ${idList(gone)}`));
  return statements;
}
