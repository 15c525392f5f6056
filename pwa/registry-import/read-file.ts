/**
 * Reads the ministry's rpss.json (about 98 MB) as a stream and keeps only the items of one territory, with their
 * positions in the file, so the browser sends a few hundred items instead of the whole country. Runs in a Web Worker
 * (read-worker.ts); pure otherwise, so the same code reads a fetch body or a generated file.
 *
 * Nothing is sent when the file is not what it should be, and the problem says where: the byte offset and how many
 * items were read by then. The problems told apart: not UTF-8 (a Windows-1250 or UTF-16 export), not JSON, JSON
 * without the root key `polozky`, and a file that ends in the middle (a download cut short).
 */
import { JSONParser } from '@streamparser/json';
import { itemTouchesMunicipalities, todayIso } from '../../schema/registry/territory-filter.ts';

export type KeptItems = { polozky: unknown[]; positions: number[]; totalItems: number; bytes: number };

export type ReadProblemKind = 'encoding_utf16' | 'encoding' | 'not_json' | 'not_object' | 'no_polozky' | 'polozky_not_list' | 'empty' | 'truncated';

export class ReadProblem extends Error {
  readonly kind: ReadProblemKind;
  /** bytes from the start of the file where the problem is (or where the file ended) */
  readonly byteOffset: number;
  /** complete items read before it */
  readonly itemsRead: number;

  constructor(kind: ReadProblemKind, byteOffset: number, itemsRead: number) {
    super(`${kind} at byte ${byteOffset} after ${itemsRead} items`);
    this.name = 'ReadProblem';
    this.kind = kind;
    this.byteOffset = byteOffset;
    this.itemsRead = itemsRead;
  }
}

const WHITE_SPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);

/** Where the first byte sequence that is not UTF-8 starts in `bytes`, or -1. Only run once a decoder has refused. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      // A sequence cut by the end of the chunk is finished by the next one.
      if (i + k >= bytes.length) return -1;
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return -1;
}

export type ReadOptions = {
  today?: string;
  onProgress?: (bytes: number, items: number, kept: number) => void;
};

export async function readRegistryFile(body: ReadableStream<Uint8Array>, codes: ReadonlySet<string>, options: ReadOptions = {}): Promise<KeptItems> {
  const today = options.today ?? todayIso();
  const kept: KeptItems = { polozky: [], positions: [], totalItems: 0, bytes: 0 };
  let sawPolozky = false;
  let problem: ReadProblem | null = null;
  const fail = (kind: ReadProblemKind, at: number) => (problem ??= new ReadProblem(kind, at, kept.totalItems));

  const parser = new JSONParser({ paths: ['$.polozky.*', '$.polozky'], keepStack: false });
  parser.onValue = ({ value, key, parent }) => {
    if (key === 'polozky') {
      sawPolozky = true;
      if (!Array.isArray(value)) fail('polozky_not_list', kept.bytes);
      return;
    }
    if (!Array.isArray(parent)) return void fail('polozky_not_list', kept.bytes);
    const position = kept.totalItems++;
    if (itemTouchesMunicipalities(value, codes, today)) {
      kept.polozky.push(value);
      kept.positions.push(position);
    }
  };
  parser.onError = (error) => {
    // The parser's messages are its only report of where: "absolute position" for a byte it refused, "ended in"
    // for a document that stopped in the middle.
    const absolute = /absolute position "(\d+)"/.exec(error.message);
    if (absolute) fail('not_json', Number(absolute[1]));
    else fail(/ended in/i.test(error.message) ? 'truncated' : 'not_json', kept.bytes);
  };

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const reader = body.getReader();
  let started = false;
  let tail: Uint8Array = new Uint8Array(0);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!started) {
        const start = firstSignificantByte(value);
        if (start !== null) {
          started = true;
          if (looksLikeUtf16(value)) fail('encoding_utf16', 0);
          else if (value[start.index] !== 0x7b) fail(value[start.index] === 0x5b ? 'not_object' : 'not_json', start.index);
        }
      }
      if (!problem) {
        try {
          decoder.decode(value, { stream: true });
        } catch {
          const joined = new Uint8Array(tail.length + value.length);
          joined.set(tail);
          joined.set(value, tail.length);
          const at = firstInvalidUtf8(joined);
          fail('encoding', kept.bytes - tail.length + Math.max(at, 0));
        }
      }
      if (!problem) parser.write(value);
      kept.bytes += value.byteLength;
      tail = value.subarray(Math.max(0, value.length - 3));
      if (problem) break;
      options.onProgress?.(kept.bytes, kept.totalItems, kept.polozky.length);
    }
  } finally {
    if (problem) await reader.cancel().catch(() => {});
  }
  if (!problem) {
    try {
      decoder.decode();
    } catch {
      fail('truncated', kept.bytes);
    }
  }
  if (!problem && !started) fail('empty', 0);
  if (!problem && !parser.isEnded) parser.end();
  if (!problem && !parser.isEnded) fail('truncated', kept.bytes);
  if (!problem && !sawPolozky) fail('no_polozky', kept.bytes);
  if (!problem && kept.totalItems === 0) fail('empty', kept.bytes);
  if (problem) throw problem;
  return kept;
}

function firstSignificantByte(chunk: Uint8Array): { index: number } | null {
  let i = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
  while (i < chunk.length && WHITE_SPACE.has(chunk[i]!)) i++;
  return i < chunk.length ? { index: i } : null;
}

/** A UTF-16 byte-order mark, or the zero bytes that ASCII text has in UTF-16. */
function looksLikeUtf16(chunk: Uint8Array): boolean {
  if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) return true;
  return chunk.length >= 2 && (chunk[0] === 0 || chunk[1] === 0);
}
