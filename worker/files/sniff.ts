import { fileTypeFromBuffer } from 'file-type';
import { UPLOAD_TYPES } from '../../schema/api/documents.ts';
import { ApiError } from '../errors.ts';

export type UploadType = keyof typeof UPLOAD_TYPES;
export type SniffedUpload = { mimeType: UploadType; extension: string; fileName: string };

const ALLOWED = 'PDF, DOCX, ODT, XLSX, ODS, PNG or JPEG';

/**
 * Markup and scripts that browsers would run if they were ever served inline. file-type does not detect text
 * formats, so without this an HTML page renamed to .pdf would only be "unrecognised"; naming it helps the uploader.
 */
const ACTIVE_TEXT: readonly [RegExp, string][] = [
  [/^<!doctype\s+html|^<html[\s>]|^<head[\s>]|^<body[\s>]|^<iframe[\s>]/i, 'HTML'],
  [/^<svg[\s>]|^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+svg[^>]*>\s*)?<svg[\s>]/i, 'SVG'],
  [/^<script[\s>]/i, 'a script'],
  [/^<\?xml/i, 'XML'],
  [/^#!/, 'a script'],
];

function describeText(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart();
  return ACTIVE_TEXT.find(([pattern]) => pattern.test(head))?.[1];
}

/** The name the file is stored and downloaded under: no directories, no control characters, the right extension. */
export function cleanFileName(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(-200);
  if (!base || base.startsWith('.')) return `dokument.${extension}`;
  return extensionOf(base) ? base : `${base}.${extension}`;
}

export function extensionOf(name: string): string | undefined {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name.trim());
  return match?.[1]?.toLowerCase();
}

/**
 * The upload's real type, read from its bytes; a name whose extension claims another type is refused, so that
 * nobody downloads "zapis.pdf" and opens a Word file, or worse, a page that runs in the browser.
 * DOCX/XLSX and ODT/ODS are all zip files: file-type tells them apart by their `[Content_Types].xml` and
 * `mimetype` entries, and macro-enabled or other zip files come out as types that are not allowed.
 */
export async function sniffUpload(bytes: Uint8Array, fileName: string): Promise<SniffedUpload> {
  const detected = await fileTypeFromBuffer(bytes);
  const claimed = extensionOf(fileName);
  if (!detected || !(detected.mime in UPLOAD_TYPES)) {
    const what = describeText(bytes) ?? (detected ? `${detected.ext.toUpperCase()} (${detected.mime})` : undefined);
    const disguise = claimed ? ` although the name ends in .${claimed}` : '';
    throw new ApiError(
      415,
      'unsupported_file_type',
      what ? `The file's content is ${what}${disguise}; only ${ALLOWED} files may be uploaded` : `The file's content is not a ${ALLOWED} file${disguise}`,
      [{ field: 'form.file', message: what ? `content is ${what}` : 'content is not an allowed type' }],
    );
  }
  const mimeType = detected.mime as UploadType;
  const extensions: readonly string[] = UPLOAD_TYPES[mimeType];
  if (claimed && !extensions.includes(claimed)) {
    throw new ApiError(
      415,
      'file_type_mismatch',
      `The file's content is ${detected.ext.toUpperCase()} but its name ends in .${claimed}`,
      [{ field: 'form.file', message: `content is ${detected.ext.toUpperCase()}, name says .${claimed}` }],
    );
  }
  return { mimeType, extension: extensions[0]!, fileName: cleanFileName(fileName, extensions[0]!) };
}
