import type { UPLOAD_TYPES } from '../../schema/api/documents.ts';
import { formatDate, locale } from '../lib/i18n.ts';

/** The types the API accepts (schema/api/documents.ts), spelt out here so the PWA bundle does not pull in the schema. */
export const UPLOAD_EXTENSIONS = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
} as const satisfies Record<keyof typeof UPLOAD_TYPES, string>;

export const MAX_UPLOAD_MB = 20;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;

/** For `<input accept>`: the extensions and the types, since phones' pickers know one or the other. */
export const UPLOAD_ACCEPT = ['.pdf', '.docx', '.odt', '.xlsx', '.ods', '.png', '.jpg', '.jpeg', ...Object.keys(UPLOAD_EXTENSIONS)].join(',');

export function fileTypeLabel(mimeType: string | null, fileName: string | null): string {
  if (mimeType && mimeType in UPLOAD_EXTENSIONS) return UPLOAD_EXTENSIONS[mimeType as keyof typeof UPLOAD_EXTENSIONS];
  return fileName?.split('.').pop()?.toUpperCase() ?? '';
}

/** "1,2 MB", "830 kB": decimal units with a Czech or English decimal sign. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale() === 'cs' ? 'cs-CZ' : 'en-GB', { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/**
 * Dates in the API are Prague calendar dates ("2018-04-12") and local times ("2018-04-12T15:00"); they are formatted
 * as written, in UTC, so a reader abroad still sees the time on the invitation.
 */
function asUtc(value: string): Date {
  const [date = '', time = '00:00'] = value.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0));
}

export const formatLocalDate = (value: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }) =>
  formatDate(asUtc(value), { ...options, timeZone: 'UTC' });

export const formatLocalTime = (value: string) => formatDate(asUtc(value), { timeStyle: 'short', timeZone: 'UTC' });

/** For `<time datetime>`. */
export const isoDateOf = (value: string) => value.slice(0, 10);
