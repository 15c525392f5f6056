import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { documents, DOCUMENT_KINDS } from '../../schema/tables.ts';
import type { Database } from '../env.ts';
import { renderMarkdown } from '../files/markdown.ts';

export type DocumentRow = typeof documents.$inferSelect;

/** What anybody allowed to see a document may know of it; the R2 key stays inside the Worker. */
export function documentSummary(row: DocumentRow) {
  return {
    id: row.id,
    territoryId: row.territoryId,
    projectId: row.projectId,
    kind: row.kind,
    title: row.title,
    issuedOn: row.issuedOn,
    isPublic: row.isPublic,
    fileName: row.fileName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    fileUrl: row.fileKey ? `/api/documents/${row.id}/file` : null,
    /** a press release written in the app: its text is in the detail as bodyHtml */
    hasBody: row.bodyMarkdown !== null,
    updatedAt: row.updatedAt,
  };
}

export function documentDetail(row: DocumentRow) {
  return {
    ...documentSummary(row),
    bodyMarkdown: row.bodyMarkdown,
    bodyHtml: row.bodyMarkdown === null ? null : renderMarkdown(row.bodyMarkdown),
  };
}

export type DocumentFilter = {
  includePrivate: boolean;
  kind?: (typeof DOCUMENT_KINDS)[number];
  excludeKind?: (typeof DOCUMENT_KINDS)[number];
  projectId?: string;
  limit?: number;
};

/** Newest first; documents without a date last. */
export async function listDocuments(db: Database, territoryIds: string[], filter: DocumentFilter) {
  if (territoryIds.length === 0) return [];
  const rows = await db
    .select()
    .from(documents)
    .where(
      and(
        inArray(documents.territoryId, territoryIds),
        isNull(documents.deletedAt),
        filter.includePrivate ? undefined : eq(documents.isPublic, true),
        filter.kind ? eq(documents.kind, filter.kind) : undefined,
        filter.excludeKind ? sql`${documents.kind} <> ${filter.excludeKind}` : undefined,
        filter.projectId ? eq(documents.projectId, filter.projectId) : undefined,
      ),
    )
    .orderBy(sql`${documents.issuedOn} IS NULL`, desc(documents.issuedOn), asc(documents.title))
    .limit(filter.limit ?? 1000);
  return rows.map(documentSummary);
}

export async function findDocument(db: Database, id: string) {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.id, id), isNull(documents.deletedAt)))
    .limit(1);
  return row;
}

/** Any row with this id, deleted or not: client-made ids may not be reused. */
export async function documentIdTaken(db: Database, id: string) {
  const [row] = await db.select({ id: documents.id }).from(documents).where(eq(documents.id, id)).limit(1);
  return row !== undefined;
}
