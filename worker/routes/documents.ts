import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { uuidv7 } from 'uuidv7';
import {
  DocumentListQuery,
  DocumentParams,
  DocumentPatchBody,
  DocumentUploadForm,
  MAX_UPLOAD_BYTES,
  PressReleaseBody,
  TerritoryDocumentParams,
  UPLOAD_TYPES,
} from '../../schema/api/documents.ts';
import { documents } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize, can } from '../auth/policy.ts';
import { documentDetail, documentIdTaken, documentSummary, findDocument, listDocuments, type DocumentRow } from '../db/documents.ts';
import { checkDateInProject, invalidField } from '../db/projects.ts';
import { requireTerritory } from '../db/territory-lookup.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, notFound } from '../errors.ts';
import { attachmentDisposition } from '../files/download.ts';
import { sniffUpload } from '../files/sniff.ts';
import { storeThenRecord } from '../files/upload.ts';
import { validate } from '../validation.ts';

/** Multipart framing around the file: generous, since only the file itself is held to the limit. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const tooLarge = () =>
  new ApiError(413, 'file_too_large', `Files may be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, [{ field: 'form.file', message: 'is larger than 20 MB' }]);

/** Private documents are for the territory's members and coordinators; to anyone else they do not exist (404). */
async function requireVisibleDocument(c: Context<AppEnv>, id: string): Promise<DocumentRow> {
  const document = await findDocument(c.var.db, id);
  if (!document) throw notFound('Document');
  if (!document.isPublic && !(await can(c.var.db, c.var.actor, { to: 'read_territory', territoryId: document.territoryId }))) {
    throw notFound('Document');
  }
  return document;
}

/**
 * Who may upload, and whether the body is small enough, are settled before the multipart body is read:
 * nobody waits for 20 MB to arrive only to hear 403 or 413.
 */
const uploadGate = createMiddleware<AppEnv>(async (c, next) => {
  const territory = await requireTerritory(c.var.db, c.req.param('territory') ?? '');
  await authorize(c, { to: 'manage_territory', territoryId: territory.id });
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES) throw tooLarge();
  await next();
});

/** A territory's documents: the list, uploads and press releases written in the app. */
export const territoryDocumentRoutes = createRouter()
  .get('/:territory/documents', validate('param', TerritoryDocumentParams), validate('query', DocumentListQuery), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    const includePrivate = await can(db, c.var.actor, { to: 'read_territory', territoryId: territory.id });
    const list = await listDocuments(db, [territory.id], { includePrivate, ...c.req.valid('query') });
    return c.json({ documents: list }, 200);
  })
  .post('/:territory/documents', validate('param', TerritoryDocumentParams), uploadGate, validate('form', DocumentUploadForm), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    const { file, id = uuidv7(), title, kind, issuedOn, projectId, isPublic } = c.req.valid('form');
    if (file.size > MAX_UPLOAD_BYTES) throw tooLarge();
    if (file.size === 0) throw invalidField('form.file', 'is empty');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const sniffed = await sniffUpload(bytes, file.name);
    if (projectId) {
      await checkDateInProject(db, { projectId, territoryId: territory.id, date: issuedOn, projectField: 'form.projectId', dateField: 'form.issuedOn' });
    }
    if (await documentIdTaken(db, id)) throw new ApiError(409, 'already_exists', 'A document with this id already exists');
    const fileKey = `documents/${territory.id}/${id}/${uuidv7()}`;
    c.set('audit', { ...c.var.audit, entity: 'document', entityId: id, fields: ['file', 'title', 'kind', 'issuedOn', 'projectId', 'isPublic'] });
    await storeThenRecord(c.env.FILES, { key: fileKey, body: bytes, contentType: sniffed.mimeType }, () =>
      db.insert(documents).values({
        id,
        territoryId: territory.id,
        projectId: projectId ?? null,
        kind,
        title,
        issuedOn: issuedOn ?? null,
        isPublic,
        fileKey,
        fileName: sniffed.fileName,
        mimeType: sniffed.mimeType,
        sizeBytes: bytes.byteLength,
      }),
    );
    return c.json({ document: documentSummary((await findDocument(db, id))!) }, 201);
  })
  .post('/:territory/press-releases', validate('param', TerritoryDocumentParams), validate('json', PressReleaseBody), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    const { id = uuidv7(), projectId, ...fields } = c.req.valid('json');
    if (projectId) {
      await checkDateInProject(db, { projectId, territoryId: territory.id, date: fields.issuedOn, projectField: 'json.projectId', dateField: 'json.issuedOn' });
    }
    if (await documentIdTaken(db, id)) throw new ApiError(409, 'already_exists', 'A document with this id already exists');
    c.set('audit', { ...c.var.audit, entity: 'document', entityId: id, fields: ['title', 'issuedOn', 'bodyMarkdown', 'projectId', 'isPublic'] });
    await db.insert(documents).values({ id, territoryId: territory.id, projectId: projectId ?? null, kind: 'press_release', ...fields });
    return c.json({ document: documentDetail((await findDocument(db, id))!) }, 201);
  });

/** One document: its metadata (and rendered text of a press release), its file, and changes by coordinators. */
export const documentRoutes = createRouter()
  .get('/:id', validate('param', DocumentParams), async (c) => {
    const document = await requireVisibleDocument(c, c.req.valid('param').id);
    return c.json({ document: documentDetail(document) }, 200);
  })
  .get('/:id/file', validate('param', DocumentParams), async (c) => {
    const document = await requireVisibleDocument(c, c.req.valid('param').id);
    if (!document.fileKey || !document.fileName) throw notFound('File of this document');
    const object = await c.env.FILES.get(document.fileKey, { onlyIf: c.req.raw.headers });
    if (!object) throw notFound('File of this document');
    // Only the allowed types are ever stored; anything else would be a bug, and is still never rendered by a browser.
    const contentType = document.mimeType && document.mimeType in UPLOAD_TYPES ? document.mimeType : 'application/octet-stream';
    const headers = {
      'Content-Type': contentType,
      'Content-Disposition': attachmentDisposition(document.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': document.isPublic ? 'public, max-age=300' : 'private, no-store',
      ETag: object.httpEtag,
    };
    if (!('body' in object)) return c.body(null, 304, headers);
    return c.body(object.body, 200, { ...headers, 'Content-Length': String(object.size) });
  })
  .patch('/:id', validate('param', DocumentParams), validate('json', DocumentPatchBody), async (c) => {
    const db = c.var.db;
    const document = await findDocument(db, c.req.valid('param').id);
    if (!document) throw notFound('Document');
    await authorize(c, { to: 'manage_territory', territoryId: document.territoryId });
    const changes = c.req.valid('json');
    if (changes.bodyMarkdown !== undefined && document.bodyMarkdown === null) {
      throw invalidField('json.bodyMarkdown', 'only a press release written in the app has a text');
    }
    if (changes.kind && changes.kind !== 'press_release' && document.bodyMarkdown !== null) {
      throw invalidField('json.kind', 'a press release written in the app stays a press release');
    }
    const projectId = changes.projectId === undefined ? document.projectId : changes.projectId;
    const issuedOn = changes.issuedOn === undefined ? document.issuedOn : changes.issuedOn;
    if (projectId && (changes.projectId !== undefined || changes.issuedOn !== undefined)) {
      await checkDateInProject(db, { projectId, territoryId: document.territoryId, date: issuedOn, projectField: 'json.projectId', dateField: 'json.issuedOn' });
    }
    c.set('audit', { ...c.var.audit, entity: 'document', entityId: document.id, fields: Object.keys(changes) });
    await db.update(documents).set(changes).where(eq(documents.id, document.id));
    return c.json({ document: documentDetail((await findDocument(db, document.id))!) }, 200);
  })
  .delete('/:id', validate('param', DocumentParams), async (c) => {
    const db = c.var.db;
    const document = await findDocument(db, c.req.valid('param').id);
    if (!document) throw notFound('Document');
    await authorize(c, { to: 'manage_territory', territoryId: document.territoryId });
    c.set('audit', { ...c.var.audit, entity: 'document', entityId: document.id });
    await db.update(documents).set({ deletedAt: Date.now() }).where(eq(documents.id, document.id));
    // The row stays as a tombstone for the PWA's sync; the file itself goes, as a deleted document may hold personal data.
    if (document.fileKey) await c.env.FILES.delete(document.fileKey);
    return c.json({ id: document.id, deleted: true }, 200);
  });
