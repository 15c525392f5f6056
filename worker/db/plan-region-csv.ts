import type { regionPlans } from './plan-region.ts';
import { statusName } from './plans.ts';

type RegionView = Awaited<ReturnType<typeof regionPlans>>;

const PRIORITY_NAMES: Record<string, string> = {
  system: 'Priorita 1 – Podpora systému sociálních služeb',
  development: 'Priorita 2 – Rozvoj systému služeb',
  accompanying: 'Priorita 3 – Doprovodné služby a aktivity',
  cross_cutting: 'Průřezová priorita',
};

const HEADER = [
  'Kraj',
  'Území',
  'Plán',
  'Období',
  'Stav plánu',
  'Verze',
  'Cílová skupina',
  'Priorita',
  'Opatření',
  'Aktivity',
  'Odhad nákladů (Kč)',
  // Evaluations are counted for the whole plan (its latest evaluated year) and repeat on each of its rows.
  'Rok vyhodnocení',
  'Splněno (celý plán)',
  'Probíhá (celý plán)',
  'Nezahájeno (celý plán)',
  'Odloženo (celý plán)',
  'Zrušeno (celý plán)',
];

/**
 * One field of RFC 4180 CSV: quoted when it holds the delimiter, a quote or a line break. Text that a spreadsheet
 * would run as a formula (=, +, -, @ first) gets a leading apostrophe, since plan titles are typed by people.
 */
function field(value: string | number | null, delimiter: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The region view in long format, one row per territory × target group × priority: ready for a pivot table. */
export function regionCsv(region: { name: string }, view: RegionView, delimiter: string): string {
  const groupName = new Map(view.targetGroups.map((g) => [g.code, g.name]));
  const lines: (string | number | null)[][] = [HEADER];
  for (const { territory, plan, cells, evaluation } of view.territories) {
    const planFields: (string | number | null)[] = plan
      ? [plan.title, `${plan.periodFrom}–${plan.extendedTo ?? plan.periodTo}`, statusName(plan.status), plan.version]
      : [null, null, 'bez plánu', null];
    // A plan not evaluated yet has empty counts, not zeros.
    const e = evaluation?.year != null ? evaluation.byStatus : undefined;
    const evaluationFields = [evaluation?.year ?? null, ...(e ? [e.done, e.in_progress, e.not_started, e.postponed, e.cancelled] : [null, null, null, null, null])];
    if (cells.length === 0) {
      lines.push([region.name, territory.name, ...planFields, null, null, 0, 0, 0, ...evaluationFields]);
      continue;
    }
    for (const cell of cells) {
      lines.push([
        region.name,
        territory.name,
        ...planFields,
        cell.targetGroupCode ? (groupName.get(cell.targetGroupCode) ?? cell.targetGroupCode) : 'Průřezová / územní opatření',
        PRIORITY_NAMES[cell.priorityKind] ?? cell.priorityKind,
        cell.measures,
        cell.activities,
        cell.estimatedCostCzk,
        ...evaluationFields,
      ]);
    }
  }
  // The BOM tells Excel the file is UTF-8; CRLF line ends as RFC 4180 asks.
  return `\uFEFF${lines.map((line) => line.map((v) => field(v, delimiter)).join(delimiter)).join('\r\n')}\r\n`;
}
