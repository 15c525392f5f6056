import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One problem with one input field; `field` is a dotted path such as `body.email` or `query.since`. */
export type FieldIssue = { field: string; message: string };

/** The one error shape every API response uses. */
export type ErrorBody = { error: { code: string; message: string; issues?: FieldIssue[] } };

export const errorBody = (code: string, message: string, issues?: FieldIssue[]): ErrorBody => ({
  error: issues ? { code, message, issues } : { code, message },
});

/** An error a handler throws on purpose; `app.onError` turns it into its status and body. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly issues?: FieldIssue[];
  readonly headers?: Record<string, string>;

  constructor(status: ContentfulStatusCode, code: string, message: string, issues?: FieldIssue[], headers?: Record<string, string>) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.headers = headers;
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);

export function handleError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return c.json(errorBody(err.code, err.message, err.issues), err.status, err.headers);
  if (err instanceof HTTPException) {
    // Hono's own 400 for an unreadable JSON body: name the body as the field at fault.
    if (err.status === 400) {
      return c.json(errorBody('invalid_body', 'The request body is not valid JSON', [{ field: 'body', message: err.message }]), 400);
    }
    // Hono's csrf() answers 403 for a form post that does not show it comes from the app.
    if (err.status === 403) return c.json(errorBody('cross_site_request', 'Cross-site requests may not change anything'), 403);
    return c.json(errorBody('http_error', err.message || 'Request failed'), err.status);
  }
  // Log only what identifies the failure, never the request body: it may carry personal data.
  console.error(JSON.stringify({ level: 'error', path: new URL(c.req.url).pathname, method: c.req.method, error: err.name, message: err.message }));
  return c.json(errorBody('internal_error', 'Something went wrong on the server'), 500);
}
