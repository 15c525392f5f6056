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

type RawResponse = { status: number; statusText: string; json(): Promise<unknown> };

/** Turns a failed response into the app's one error type; the body is the API's `{ error: { code, message } }`. */
export async function apiErrorFrom(response: RawResponse): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: { code?: unknown; message?: unknown; issues?: unknown } } | null)?.error;
  if (error && typeof error.code === 'string') {
    const issues = Array.isArray(error.issues) ? (error.issues as ApiError['issues']) : [];
    return new ApiError(response.status, error.code, String(error.message ?? ''), issues);
  }
  return new ApiError(response.status, 'http_error', `${response.status} ${response.statusText}`);
}

/** Awaits a raw `hc` call; a fetch that got no response at all becomes the offline `ApiError` (status 0). */
export async function reach<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new ApiError(0, 'network_error', error instanceof Error ? error.message : String(error));
  }
}
