import type { KeptItems, ReadProblemKind } from './read-file.ts';

/** What the page sends the reading worker. */
export type ReaderRequest = { file: File; municipalityCodes: string[] };

/** What the reading worker answers: progress (often), then one of done, problem or failed. */
export type ReaderReply =
  | { type: 'progress'; bytes: number; items: number; kept: number }
  | ({ type: 'done' } & KeptItems)
  | { type: 'problem'; kind: ReadProblemKind; byteOffset: number; itemsRead: number }
  | { type: 'failed'; message: string };
