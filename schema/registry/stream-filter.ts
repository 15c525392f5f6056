/**
 * Reads rpss.json as a stream (the real file is about 98 MB; a Worker has 128 MB and a phone not much more to spare)
 * and keeps only the items of one territory, with their positions in the file so reports can say `polozky[4711]`.
 * Shared by the browser (a File's stream) and the Worker's Cron import (a fetch body); never holds the whole file.
 */
import { JSONParser } from '@streamparser/json';
import { itemTouchesMunicipalities, todayIso } from './territory-filter.ts';

export type FilteredRegistryFile = { polozky: unknown[]; positions: number[]; totalItems: number };

/** The file is not a complete rpss.json (truncated download, not JSON, no `polozky`): nothing of it may be used. */
export class RegistryFileError extends Error {}

/** The first byte that is not a BOM or white space is `{`. A chunk of only white space is taken on trust. */
function startsWithObject(chunk: Uint8Array): boolean {
  let i = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
  while (i < chunk.length && (chunk[i] === 0x20 || chunk[i] === 0x0a || chunk[i] === 0x0d || chunk[i] === 0x09)) i++;
  return i === chunk.length || chunk[i] === 0x7b;
}

/**
 * Calls `onItem` with every item of `polozky` and its index, as the bytes arrive; resolves with the number of items
 * once the whole document has parsed. Throws RegistryFileError for a file that is not a complete rpss.json, so a
 * caller that keeps items must drop them then.
 */
export async function streamRegistryItems(
  body: ReadableStream<Uint8Array>,
  onItem: (item: unknown, position: number) => void,
  onProgress?: (bytes: number, items: number) => void,
): Promise<number> {
  const parser = new JSONParser({ paths: ['$.polozky.*'], keepStack: false });
  let failure: Error | null = null;
  let totalItems = 0;
  parser.onValue = ({ value, key }) => {
    onItem(value, typeof key === 'number' ? key : totalItems);
    totalItems++;
  };
  parser.onError = (error) => {
    failure ??= new RegistryFileError(`the file is not valid JSON: ${error.message}`);
  };
  const reader = body.getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (bytes === 0 && !startsWithObject(value)) failure ??= new RegistryFileError('the file is not a JSON object with the root key polozky');
    bytes += value.byteLength;
    if (!failure) parser.write(value);
    if (failure) {
      await reader.cancel().catch(() => {});
      throw failure;
    }
    onProgress?.(bytes, totalItems);
  }
  if (!parser.isEnded) parser.end();
  if (failure) throw failure;
  if (totalItems === 0) throw new RegistryFileError('the file lists no items under its root key polozky');
  return totalItems;
}

/** The items of one territory (its ČSÚ municipality codes), with their positions in the file. */
export async function filterRegistryStream(
  body: ReadableStream<Uint8Array>,
  codes: ReadonlySet<string>,
  options: { today?: string; onProgress?: (bytes: number, items: number) => void } = {},
): Promise<FilteredRegistryFile> {
  const today = options.today ?? todayIso();
  const polozky: unknown[] = [];
  const positions: number[] = [];
  const totalItems = await streamRegistryItems(
    body,
    (item, position) => {
      if (!itemTouchesMunicipalities(item, codes, today)) return;
      polozky.push(item);
      positions.push(position);
    },
    options.onProgress,
  );
  return { polozky, positions, totalItems };
}
