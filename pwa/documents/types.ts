import type { InferResponseType } from 'hono/client';
import type { api } from '../lib/api.ts';

export type DocumentDetail = InferResponseType<(typeof api.api.documents)[':id']['$get'], 200>['document'];
export type DocumentSummary = Omit<DocumentDetail, 'bodyMarkdown' | 'bodyHtml'>;
