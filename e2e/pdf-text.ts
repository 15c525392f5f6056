/**
 * The text of a PDF that Chromium printed, good enough to ask "does the printed minutes contain this name?". Chromium
 * (Skia) writes each font as Type0/Identity-H with a ToUnicode map and shows text with hex strings (`<0036…> Tj`,
 * `[<…> -10 <…>] TJ`); this reads exactly that, nothing more general. No PDF library is needed for it.
 */
import { inflateSync } from 'node:zlib';

type PdfObject = { dict: string; stream?: Buffer };

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const text = pdf.toString('latin1');
  const header = /(\d+) 0 obj\s*/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.indexOf('stream');
    if (streamAt === -1) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const dataStart = start + streamAt + 'stream'.length + (text[start + streamAt + 6] === '\r' ? 2 : 1);
    const dataEnd = text.lastIndexOf('endstream', end);
    let raw = pdf.subarray(dataStart, dataEnd);
    if (/\/FlateDecode/.test(dict)) {
      try {
        raw = inflateSync(raw);
      } catch {
        // trailing end-of-line bytes before `endstream`: inflate stops at the end of the data anyway
        raw = inflateSync(raw.subarray(0, raw.length - 1));
      }
    }
    objects.set(Number(match[1]), { dict, stream: raw });
  }
  return objects;
}

const utf16 = (hex: string) => {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
};

/** A ToUnicode CMap: glyph code (hex) → the characters it stands for. */
function readCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(pair[1]!, 16), utf16(pair[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const from = parseInt(range[1]!, 16);
      const to = parseInt(range[2]!, 16);
      const target = range[3]!;
      if (target.startsWith('[')) {
        const each = [...target.matchAll(/<([0-9A-Fa-f]+)>/g)].map((m) => utf16(m[1]!));
        for (let code = from; code <= to; code++) map.set(code, each[code - from] ?? '');
      } else {
        const base = parseInt(target.slice(1, -1), 16);
        for (let code = from; code <= to; code++) map.set(code, String.fromCharCode(base + code - from));
      }
    }
  }
  return map;
}

const ref = (dict: string, key: string) => {
  const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return match ? Number(match[1]) : undefined;
};

/** All the text of the PDF, page by page, with each line of text on its own line. */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const cmaps = new Map<number, Map<number, string>>();
  const cmapOfFont = (fontId: number) => {
    if (!cmaps.has(fontId)) {
      const toUnicode = ref(objects.get(fontId)?.dict ?? '', 'ToUnicode');
      const stream = toUnicode === undefined ? undefined : objects.get(toUnicode)?.stream;
      cmaps.set(fontId, stream ? readCMap(stream.toString('latin1')) : new Map());
    }
    return cmaps.get(fontId)!;
  };
  const pages: string[] = [];
  for (const page of objects.values()) {
    if (!/\/Type\s*\/Page\b/.test(page.dict)) continue;
    const fonts = new Map<string, number>();
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(page.dict)?.[1] ?? '';
    for (const entry of fontDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) fonts.set(entry[1]!, Number(entry[2]));
    const contentIds = /\/Contents\s+\[([^\]]*)\]/.exec(page.dict)?.[1] ?? /\/Contents\s+(\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    const lines: string[] = [];
    for (const contentRef of contentIds.matchAll(/(\d+) 0 R/g)) {
      const content = objects.get(Number(contentRef[1]))?.stream?.toString('latin1') ?? '';
      let cmap = new Map<number, string>();
      for (const block of content.matchAll(/BT([\s\S]*?)ET/g)) {
        let line = '';
        for (const op of block[1]!.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|(<[0-9A-Fa-f]*>|\[[^\]]*\])\s*T[jJ]/g)) {
          if (op[1]) {
            cmap = cmapOfFont(fonts.get(op[1]) ?? -1);
            continue;
          }
          for (const hex of op[2]!.matchAll(/<([0-9A-Fa-f]*)>/g)) {
            for (let i = 0; i + 4 <= hex[1]!.length; i += 4) line += cmap.get(parseInt(hex[1]!.slice(i, i + 4), 16)) ?? '';
          }
        }
        lines.push(line);
      }
    }
    pages.push(lines.join('\n'));
  }
  return pages.join('\n\f\n');
}

/** The text with every run of white space as one space: a phrase split over lines of the PDF is still found. */
export const flatText = (text: string) => text.replace(/\s+/g, ' ');

/** The page sizes in points: A4 is 595 × 842. */
export function pdfPageSizes(pdf: Buffer): [number, number][] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
}
