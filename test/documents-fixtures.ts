/**
 * Small but genuine files of each kind, built in memory: the sniffing sees the same bytes as in a real upload
 * (a PDF header, PNG and JPEG signatures, and zip containers with the entries Word, Excel and LibreOffice write).
 */
const text = (value: string) => new TextEncoder().encode(value);

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const u16 = (n: number) => new Uint8Array([n & 0xff, (n >>> 8) & 0xff]);
const u32 = (n: number) => new Uint8Array([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]);

/** A zip with stored (uncompressed) entries, in the order given. */
export function zip(entries: [name: string, content: string][]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = text(name);
    const data = text(content);
    const crc = crc32(data);
    const common = concat(u16(20), u16(0), u16(0), u16(0), u16(0x21), u32(crc), u32(data.length), u32(data.length), u16(nameBytes.length), u16(0));
    const local = concat(u32(0x04034b50), common, nameBytes, data);
    centrals.push(concat(u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), nameBytes));
    locals.push(local);
    offset += local.length;
  }
  const central = concat(...centrals);
  const end = concat(u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(central.length), u32(offset), u16(0));
  return concat(...locals, central, end);
}

const openXml = (mainType: string, part: string) =>
  zip([
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${part}" ContentType="${mainType}.main+xml"/></Types>`,
    ],
    ['_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'],
    [part, '<?xml version="1.0"?><document/>'],
  ]);

const openDocument = (mime: string) =>
  zip([
    ['mimetype', mime],
    ['content.xml', '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'],
    ['META-INF/manifest.xml', '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'],
  ]);

const u32be = (n: number) => new Uint8Array([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);

function pngChunk(type: string, data: Uint8Array) {
  const typed = concat(text(type), data);
  return concat(u32be(data.length), typed, u32be(crc32(typed)));
}

export const files = {
  pdf: () => text('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
  docx: () => openXml('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'word/document.xml'),
  xlsx: () => openXml('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xl/workbook.xml'),
  /** a macro-enabled Word file: a zip like DOCX, but not allowed */
  docm: () => openXml('application/vnd.ms-word.document.macroEnabled', 'word/document.xml'),
  odt: () => openDocument('application/vnd.oasis.opendocument.text'),
  ods: () => openDocument('application/vnd.oasis.opendocument.spreadsheet'),
  png: () =>
    concat(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', concat(u32be(1), u32be(1), new Uint8Array([8, 2, 0, 0, 0]))),
      pngChunk('IEND', new Uint8Array()),
    ),
  jpeg: () => concat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), text('JFIF\0'), new Uint8Array([1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9])),
  exe: () => concat(text('MZ'), new Uint8Array(58), u32(64), text('PE\0\0'), new Uint8Array(64)),
  html: () => text('<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>\n'),
  svg: () => text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n'),
  plainZip: () => zip([['readme.txt', 'hello']]),
};

export type FixtureKind = keyof typeof files;

/** A multipart upload form as the PWA sends it. */
export function uploadForm(file: { bytes: Uint8Array; name: string; type?: string }, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set('file', new File([file.bytes], file.name, { type: file.type ?? 'application/octet-stream' }));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}
