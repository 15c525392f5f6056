/**
 * Reads rpss.json as a stream (the real file is about 98 MB; a Worker has 128 MB and a phone not much more to spare)
 * and keeps only the items of one territory, with their positions in the file so reports can say `polozky[4711]`.
 * Shared by the browser (a File's stream) and the Worker's Cron import (a fetch body); never holds the whole file.
 */
import { JSONParser } from '@streamparser/json';
import { itemTouchesMunicipalities, todayIso } from './territory-filter.ts';

export type FilteredRegistryFile = { polozky: unknown[]; positions: number[]; totalItems: number };

export class RegistryFileError extends Error {}

/** The first byte that is not a BOM or white space is `{`. A chunk of only white space is taken on trust. */
function startsWithObject(chunk: Uint8Array): boolean {
  let i = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
  while (i < chunk.length && (chunk[i] === 0x20 || chunk[i] === 0x0a || chunk[i] === 0x0d || chunk[i] === 0x09)) i++;
  return i === chunk.length || chunk[i] === 0x7b;
}

export async function filterRegistryStream(
  body: ReadableStream<Uint8Array>,
  codes: ReadonlySet<string>,
  options: { today?: string; onProgress?: (bytes: number, items: number) => void } = {},
): Promise<FilteredRegistryFile> {
  const today = options.today ?? todayIso();
  const result: FilteredRegistryFile = { polozky: [], positions: [], totalItems: 0 };
  const parser = new JSONParser({ paths: ['$.polozky.*'], keepStack: false });
  let failure: Error | null = null;
  parser.onValue = ({ value, key }) => {
    const position = typeof key === 'number' ? key : result.totalItems;
    result.totalItems++;
    if (itemTouchesMunicipalities(value, codes, today)) {
      result.polozky.push(value);
      result.positions.push(position);
    }
  };
  parser.onError = (error) => {
    failure ??= new RegistryFileError(`the file is not valid JSON: ${error.message}`);
  };
  const reader = body.getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (bytes === 0 && !startsWithObject(value)) failure = new RegistryFileError('the file is not a JSON object with the root key polozky');
    bytes += value.byteLength;
    if (!failure) parser.write(value);
    if (failure) {
      await reader.cancel().catch(() => {});
      throw failure;
    }
    options.onProgress?.(bytes, result.totalItems);
  }
  if (!parser.isEnded) parser.end();
  if (failure) throw failure;
  if (result.totalItems === 0) throw new RegistryFileError('the file lists no items under its root key polozky');
  return result;
}
