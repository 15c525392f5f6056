import { ApiError } from '../lib/api.ts';
import { importMessages } from './messages.ts';

/** The API's refusal in words a coordinator can act on. */
export function describeImportError(error: unknown): string {
  const m = importMessages().errors;
  if (!(error instanceof ApiError)) return m.server;
  if (error.isNetworkError) return m.offline;
  if (error.status === 401) return m.signedOut;
  if (error.status === 403) return m.forbidden;
  if (error.status === 413) return m.tooLarge;
  if (error.status >= 400 && error.status < 500) {
    const issues = error.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
    return `${m.invalid} ${issues || error.message}`;
  }
  return m.server;
}
