import type { KeptItems } from './read-file.ts';
import type { ReaderReply, ReaderRequest } from './reader-messages.ts';

export type ReadOutcome =
  | ({ type: 'done' } & KeptItems)
  | Extract<ReaderReply, { type: 'problem' | 'failed' }>
  | { type: 'cancelled' };

/**
 * Reads `file` in a Web Worker and keeps the items of the territory's municipalities. `cancel()` stops the worker
 * at once (the promise then settles as cancelled); a read that ends terminates its worker too.
 */
export function readInWorker(file: File, municipalityCodes: string[], onProgress: (progress: { bytes: number; items: number; kept: number }) => void) {
  const worker = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module', name: 'rpss-reader' });
  let settle!: (outcome: ReadOutcome) => void;
  const outcome = new Promise<ReadOutcome>((resolve) => {
    settle = (result) => {
      worker.terminate();
      resolve(result);
    };
  });
  worker.onmessage = (event: MessageEvent<ReaderReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') onProgress(reply);
    else settle(reply);
  };
  worker.onerror = (event) => settle({ type: 'failed', message: event.message || 'the reading worker failed' });
  worker.postMessage({ file, municipalityCodes } satisfies ReaderRequest);
  return { outcome, cancel: () => settle({ type: 'cancelled' }) };
}
