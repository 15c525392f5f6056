/**
 * The catalogue as one CSV table (RFC 4180): a row per service with its provider's columns beside it, in UTF-8
 * with a byte-order mark so Excel reads the Czech letters. Czech Excel splits on ";" by default, hence the option.
 */
import { CLIENT_GROUPS, SERVICE_FORMS, SERVICE_KINDS, TARGET_GROUPS } from '../../schema/codelists.ts';
import type { OpeningHours } from '../../schema/tables.ts';
import { targetGroupsOf, withoutSecretAddress, type ProviderRow, type ServiceLinks, type ServiceRow } from './public-service.ts';

const kindByCode = new Map<string, (typeof SERVICE_KINDS)[number]>(SERVICE_KINDS.map((k) => [k.code, k]));
const nameOf = (list: readonly { code: string; name: string }[]) => new Map(list.map((item) => [item.code, item.name]));
const formNames = nameOf(SERVICE_FORMS);
const clientGroupNames = nameOf(CLIENT_GROUPS);
const targetGroupNames = nameOf(TARGET_GROUPS);
const DAYS = ['', 'Po', 'Út', 'St', 'Čt', 'Pá', 'So', 'Ne'];

export const CSV_COLUMNS = [
  'service_id', 'service_name', 'kind_code', 'kind_name', 'paragraph', 'registration_id', 'forms', 'target_groups',
  'client_groups', 'municipalities', 'capacity', 'capacity_unit', 'always_open', 'opening_hours', 'phone', 'email',
  'web', 'street', 'city', 'postcode', 'lat', 'lng', 'address_secret', 'description', 'provider_id', 'provider_ico',
  'provider_name', 'provider_legal_form', 'provider_web', 'provider_email', 'provider_phone', 'provider_street',
  'provider_city', 'provider_postcode', 'updated_at',
] as const;

type Cell = string | number | boolean | null | undefined;

/** Quotes a cell when it must; a cell that Excel would run as a formula gets a leading apostrophe. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'boolean' ? (value ? 'ano' : 'ne') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^\+420 \d{3} \d{3} \d{3}$/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function openingHoursText(hours: OpeningHours | null): string {
  return (hours ?? []).map((h) => `${DAYS[h.day] ?? h.day} ${h.opens}–${h.closes}`).join('; ');
}

export function catalogueCsv(
  rows: readonly { service: ServiceRow; links: ServiceLinks; provider: ProviderRow | undefined }[],
  separator: ',' | ';',
): string {
  const lines = [CSV_COLUMNS.join(separator)];
  for (const { service, links, provider } of rows) {
    const s = withoutSecretAddress(service);
    const kind = kindByCode.get(s.kindCode);
    const cells: Cell[] = [
      s.id, s.name, s.kindCode, kind?.name, kind?.paragraph, s.registrationId,
      links.forms.map((f) => formNames.get(f) ?? f).join(', '),
      targetGroupsOf(links.clientGroups).map((g) => targetGroupNames.get(g) ?? g).join(', '),
      links.clientGroups.map((g) => clientGroupNames.get(g) ?? g).join(', '),
      links.municipalities.map((m) => m.name).join(', '),
      s.capacity, s.capacityUnit, s.alwaysOpen, openingHoursText(s.openingHours as OpeningHours | null),
      s.phone, s.email, s.web, s.street, s.city, s.postcode, s.lat, s.lng, s.addressSecret, s.description,
      provider?.id, provider?.ico, provider?.name, provider?.legalForm, provider?.web, provider?.email, provider?.phone,
      provider?.street, provider?.city, provider?.postcode, new Date(s.updatedAt).toISOString(),
    ];
    lines.push(cells.map(csvCell).join(separator));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
