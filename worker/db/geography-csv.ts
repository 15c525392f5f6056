import Papa from 'papaparse';
import type { FieldIssue } from '../errors.ts';

/** One municipality row of an import file, with the line it came from. */
export type MunicipalityRow = { line: number; code: string; name: string; orpCode: string | null; orpName: string | null };
export type ParsedFile = { rows: MunicipalityRow[]; issues: FieldIssue[] };

/**
 * The column sets we read. ČSÚ's relation file VAZ0043_0065 (obec → ORP): CHODNOTA1/TEXT1 the municipality,
 * CHODNOTA2/TEXT2 its ORP. ČSÚ's plain code list CIS0043: CHODNOTA/TEXT, no ORP. The simple form:
 * kod_obce;nazev_obce;kod_orp.
 */
const FORMATS = [
  { name: 'VAZ0043_0065', code: 'CHODNOTA1', name_: 'TEXT1', orpCode: 'CHODNOTA2', orpName: 'TEXT2', required: ['CHODNOTA1', 'TEXT1', 'CHODNOTA2'] },
  { name: 'CIS0043', code: 'CHODNOTA', name_: 'TEXT', orpCode: null, orpName: null, required: ['CHODNOTA', 'TEXT'] },
  { name: 'simple', code: 'kod_obce', name_: 'nazev_obce', orpCode: 'kod_orp', orpName: null, required: ['kod_obce', 'nazev_obce'] },
] as const;

const lineIssue = (line: number, message: string): FieldIssue => ({ field: `body.line.${line}`, message: `line ${line}: ${message}` });

/** Each line must be UTF-8 on its own, so that a file in windows-1250 is named at its first bad line. */
function decodeLines(bytes: Uint8Array): { text: string; issues: FieldIssue[] } {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const lines: string[] = [];
  const issues: FieldIssue[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        lines.push(decoder.decode(bytes.subarray(start, i)));
      } catch {
        issues.push(lineIssue(line, 'is not UTF-8 (save the file as UTF-8; ČSÚ offers both encodings)'));
        lines.push('');
      }
      start = i + 1;
      line++;
    }
  }
  return { text: lines.join('\n').replace(/^\uFEFF/, ''), issues };
}

export function parseMunicipalityCsv(bytes: Uint8Array): ParsedFile {
  const { text, issues } = decodeLines(bytes);
  if (issues.length > 0) return { rows: [], issues };
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [';', ','], skipEmptyLines: 'greedy' });
  const [header = [], ...records] = parsed.data;
  const columns = header.map((column) => column.trim());
  const format = FORMATS.find((f) => f.required.every((column) => columns.includes(column)));
  if (!format) {
    const missing = FORMATS[0].required.filter((column) => !columns.includes(column));
    return {
      rows: [],
      issues: [{ field: 'body', message: `missing columns ${missing.join(', ')} (accepted: VAZ0043_0065, CIS0043 or kod_obce;nazev_obce;kod_orp)` }],
    };
  }
  for (const error of parsed.errors) {
    if (error.code === 'MissingQuotes') issues.push(lineIssue((error.row ?? 0) + 1, 'a quoted field is left open (is the file cut short?)'));
  }
  const at = (record: string[], column: string | null) => (column === null ? undefined : record[columns.indexOf(column)]?.trim());
  const rows: MunicipalityRow[] = [];
  records.forEach((record, index) => {
    const line = index + 2;
    if (record.length < columns.length) {
      issues.push(lineIssue(line, `has ${record.length} columns, the header has ${columns.length} (is the file cut short?)`));
      return;
    }
    const code = at(record, format.code) ?? '';
    const name = at(record, format.name_) ?? '';
    const orpCode = at(record, format.orpCode) || null;
    if (!/^\d{6}$/.test(code)) issues.push(lineIssue(line, `municipality code "${code}" is not 6 digits`));
    else if (!name) issues.push(lineIssue(line, 'has no municipality name'));
    else if (orpCode !== null && !/^\d{4}$/.test(orpCode)) issues.push(lineIssue(line, `ORP code "${orpCode}" is not 4 digits`));
    else rows.push({ line, code, name, orpCode, orpName: at(record, format.orpName) || null });
  });
  const seen = new Map<string, number>();
  for (const row of rows) {
    const earlier = seen.get(row.code);
    if (earlier !== undefined) issues.push(lineIssue(row.line, `municipality ${row.code} is already on line ${earlier}`));
    seen.set(row.code, row.line);
  }
  return { rows, issues };
}
