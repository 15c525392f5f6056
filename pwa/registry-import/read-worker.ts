/// <reference lib="webworker" />
/**
 * The Web Worker that reads the chosen rpss.json (read-file.ts), so that parsing 98 MB never blocks the screen.
 * One message in (the File and the territory's municipality codes), progress messages out, then the kept items or
 * the problem. Cancelling is terminating the worker.
 */
import { ReadProblem, readRegistryFile } from './read-file.ts';
import type { ReaderReply, ReaderRequest } from './reader-messages.ts';

declare const self: DedicatedWorkerGlobalScope;

const PROGRESS_EVERY_MS = 100;

self.onmessage = async (event: MessageEvent<ReaderRequest>) => {
  const { file, municipalityCodes } = event.data;
  const post = (reply: ReaderReply) => self.postMessage(reply);
  let lastProgress = 0;
  try {
    const kept = await readRegistryFile(file.stream(), new Set(municipalityCodes), {
      onProgress: (bytes, items, keptCount) => {
        const now = Date.now();
        if (now - lastProgress < PROGRESS_EVERY_MS && bytes < file.size) return;
        lastProgress = now;
        post({ type: 'progress', bytes, items, kept: keptCount });
      },
    });
    post({ type: 'done', ...kept });
  } catch (error) {
    if (error instanceof ReadProblem) post({ type: 'problem', kind: error.kind, byteOffset: error.byteOffset, itemsRead: error.itemsRead });
    else post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
