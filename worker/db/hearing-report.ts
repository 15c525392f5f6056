import { and, eq, isNull } from 'drizzle-orm';
import { SETTLEMENTS } from '../../schema/tables/meetings.ts';
import type { HearingKind, HearingReport } from '../../schema/api/hearings.ts';
import { attendance, plans, territories } from '../../schema/tables.ts';
import { csvCell } from '../catalogue/csv.ts';
import type { Database } from '../env.ts';
import { listComments } from './hearing-comments.ts';
import { listOptions, voteResults } from './hearings.ts';
import type { MeetingRow } from './meetings.ts';

/** The summary of a hearing: how many came (by organization or the public), what they said and how it was answered, the votes. */
export async function hearingReport(db: Database, meeting: MeetingRow & { kind: HearingKind }): Promise<HearingReport> {
  const [sheet, territory, plan] = await db.batch([
    db
      .select({ organization: attendance.organization, status: attendance.status })
      .from(attendance)
      .where(and(eq(attendance.meetingId, meeting.id), isNull(attendance.deletedAt))),
    db.select({ name: territories.name }).from(territories).where(eq(territories.id, meeting.territoryId)),
    db.select({ title: plans.title }).from(plans).where(eq(plans.id, meeting.planId ?? '')),
  ]);
  const came = sheet.filter((row) => row.status === 'present' || row.status === 'guest');
  const organization = came.filter((row) => row.organization).length;
  const comments = await listComments(db, meeting.id);
  const bySettlement = Object.fromEntries(SETTLEMENTS.map((s) => [s, comments.filter((c) => c.hiddenAt === null && c.settlement === s).length])) as HearingReport['comments']['bySettlement'];
  return {
    hearing: {
      meetingId: meeting.id,
      title: meeting.title,
      kind: meeting.kind,
      startsAt: meeting.startsAt,
      place: meeting.place,
      territoryName: territory[0]?.name ?? '',
      planTitle: plan[0]?.title ?? null,
    },
    attendance: { total: came.length, organization, public: came.length - organization },
    comments: { total: comments.length, hidden: comments.filter((c) => c.hiddenAt !== null).length, bySettlement, list: comments },
    votes: await voteResults(db, meeting, await listOptions(db, meeting.id)),
  };
}

const SETTLEMENT_NAMES = { pending: 'nevypořádáno', accepted: 'akceptováno', partly_accepted: 'akceptováno částečně', rejected: 'neakceptováno' } as const;
const TARGET_NAMES = { general: 'obecně', measure: 'opatření', activity: 'aktivita' } as const;

type Row = (string | number | null)[];

/** UTF-8 with a byte-order mark and ";" between cells, as Czech Excel expects. */
const csvFile = (rows: Row[]) => `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;

/** The report's totals and votes as one table of three columns: section, item, value. */
export function hearingSummaryCsv(report: HearingReport): string {
  return csvFile([
    ['sekce', 'polozka', 'hodnota'],
    ['projednani', 'nazev', report.hearing.title],
    ['projednani', 'zacatek', report.hearing.startsAt],
    ['projednani', 'misto', report.hearing.place],
    ['projednani', 'plan', report.hearing.planTitle],
    ['ucast', 'celkem', report.attendance.total],
    ['ucast', 'organizace', report.attendance.organization],
    ['ucast', 'verejnost', report.attendance.public],
    ['pripominky', 'celkem', report.comments.total],
    ['pripominky', 'skryte', report.comments.hidden],
    ...Object.entries(report.comments.bySettlement).map(([s, n]) => ['pripominky', SETTLEMENT_NAMES[s as keyof typeof SETTLEMENT_NAMES], n]),
    ['hlasovani', 'hlasujicich', report.votes.participants],
    ...report.votes.options.map((o) => ['hlasovani', o.label, o.points]),
  ]);
}

/** One row per comment, hidden ones too: a hidden comment's author and text stay out of the file; its reason is kept. */
export function hearingCommentsCsv(report: HearingReport): string {
  return csvFile([
    ['pripominka', 'k', 'kod', 'nazev', 'autor', 'text', 'vypořádání', 'zdůvodnění', 'promítnuto do plánu', 'skryto z důvodu'],
    ...report.comments.list.map((c) => [
      c.id,
      TARGET_NAMES[c.target],
      c.targetItem?.code ?? null,
      c.targetItem?.title ?? null,
      c.hiddenAt ? null : c.authorName,
      c.hiddenAt ? null : c.body,
      SETTLEMENT_NAMES[c.settlement],
      c.settlementReason,
      c.appliedToPlanAt ? 'ano' : 'ne',
      c.hiddenReason,
    ]),
  ]);
}
