import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { DOCUMENT_KINDS } from '../enums.ts';
import { demoFlag, id, syncColumns } from '../columns.ts';
import { planningProjects, territories } from './geography.ts';

export { DOCUMENT_KINDS } from '../enums.ts';

/** dokument: the file in R2, its metadata here; press releases may be written in Markdown instead of a file */
export const documents = sqliteTable(
  'documents',
  {
    id: id(),
    territoryId: text('territory_id').notNull().references(() => territories.id),
    projectId: text('project_id').references(() => planningProjects.id),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    title: text('title').notNull(),
    issuedOn: text('issued_on'),
    isPublic: integer('is_public', { mode: 'boolean' }).notNull().default(true),
    fileKey: text('file_key'),
    fileName: text('file_name'),
    mimeType: text('mime_type'),
    sizeBytes: integer('size_bytes'),
    bodyMarkdown: text('body_markdown'),
    isDemo: demoFlag(),
    ...syncColumns(),
  },
  (t) => [index('documents_territory_idx').on(t.territoryId, t.issuedOn), index('documents_seq_idx').on(t.seq)],
);
