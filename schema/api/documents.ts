import * as v from 'valibot';
import { DOCUMENT_KINDS } from '../enums.ts';
import { QueryBoolean, SlugOrId, Uuid } from './common.ts';
import { IsoDate } from './projects.ts';

/** At most 20 MiB per file. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** What may be uploaded, keyed by the type found in the file's content; the name's extension must agree. */
export const UPLOAD_TYPES = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
} as const satisfies Record<string, readonly string[]>;

export const DocumentKind = v.picklist(DOCUMENT_KINDS, `must be one of ${DOCUMENT_KINDS.join(', ')}`);
const Title = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'is required'), v.maxLength(300, 'is too long'));
export const BodyMarkdown = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'is required'), v.maxLength(100_000, 'is too long'));

/** An HTML form sends an empty field as ""; that means "not given". */
const formOptional = <T extends v.GenericSchema<string, unknown>>(schema: T) =>
  v.optional(v.union([v.pipe(v.literal(''), v.transform(() => undefined)), schema], (issue) => issue.issues?.at(-1)?.message ?? 'is invalid'));

export const TerritoryDocumentParams = v.object({ territory: SlugOrId });
export const DocumentParams = v.object({ id: Uuid });

export const DocumentListQuery = v.object({
  kind: v.optional(DocumentKind),
  projectId: v.optional(Uuid),
});

/** The multipart form of an upload; size and type are checked from the file itself in the handler (413, 415). */
export const DocumentUploadForm = v.object({
  file: v.file('must be a file'),
  id: formOptional(Uuid),
  title: Title,
  kind: DocumentKind,
  issuedOn: formOptional(IsoDate),
  projectId: formOptional(Uuid),
  isPublic: v.optional(QueryBoolean, 'true'),
});

export const DocumentPatchBody = v.pipe(
  v.object({
    title: v.optional(Title),
    kind: v.optional(DocumentKind),
    issuedOn: v.nullish(IsoDate),
    projectId: v.nullish(Uuid),
    isPublic: v.optional(v.boolean('must be true or false')),
    /** only for a press release written in the app */
    bodyMarkdown: v.optional(BodyMarkdown),
  }),
  v.check((body) => Object.values(body).some((value) => value !== undefined), 'says nothing to change'),
);

export const PressReleaseBody = v.object({
  id: v.optional(Uuid),
  title: Title,
  issuedOn: IsoDate,
  bodyMarkdown: BodyMarkdown,
  projectId: v.nullish(Uuid),
  isPublic: v.optional(v.boolean('must be true or false'), true),
});
