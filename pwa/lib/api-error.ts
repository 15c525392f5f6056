export type FieldIssue = { field: string; message: string };

/**
 * A failed call. `status` 0 means the server was not reached (offline, DNS, a service worker with nothing cached);
 * otherwise `code` is the API's own error code, e.g. `not_found`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: FieldIssue[];

  constructor(status: number, code: string, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }

  get isNetworkError() {
    return this.status === 0;
  }

  get isNotFound() {
    return this.status === 404;
  }
}
