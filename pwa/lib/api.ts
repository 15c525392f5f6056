import { type ClientResponse, DetailedError, type InferResponseType, hc, parseResponse } from 'hono/client';
import type { AppType } from '../../worker/index.ts';
import { rememberBookmark, withBookmark } from './d1-bookmark.ts';
import { SAVED_COPY_HEADER } from './saved-copy.ts';

type ResponseObserver = (response: Response) => void;
const responseObservers = new Set<ResponseObserver>();
type ReachObserver = (reached: boolean) => void;
const reachObservers = new Set<ReachObserver>();

/**
 * Lets a module see every API response, whichever screen asked: lib/session.ts learns of an expired session from
 * any 401 without each screen reporting it. Returns the function that stops observing.
 */
export function observeApiResponses(observer: ResponseObserver): () => void {
  responseObservers.add(observer);
  return () => responseObservers.delete(observer);
}

/**
 * Lets lib/online.ts learn, from every call, whether the server answered: false when the request failed or the
 * service worker answered with its saved copy. (The service worker shares this module but not the page's signal.)
 */
export function observeServerReach(observer: ReachObserver): () => void {
  reachObservers.add(observer);
  return () => reachObservers.delete(observer);
}

function reportServerReached(reached: boolean) {
  for (const observer of reachObservers) observer(reached);
}

async function observedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(input, withBookmark(input, init));
  } catch (error) {
    reportServerReached(false);
    throw error;
  }
  reportServerReached(!response.headers.has(SAVED_COPY_HEADER));
  rememberBookmark(response);
  for (const observer of responseObservers) observer(response);
  return response;
}

/** The typed API: a field renamed in the Worker breaks this build, not a field worker's phone. */
export const api = hc<AppType>('/', { fetch: observedFetch });

export type Territory = InferResponseType<typeof api.api.territories.$get, 200>['territories'][number];
export type TerritoryKind = Territory['kind'];

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

type ErrorBody = { error: { code: string; message: string; issues?: FieldIssue[] } };

const isErrorBody = (data: unknown): data is ErrorBody =>
  typeof data === 'object' &&
  data !== null &&
  'error' in data &&
  typeof data.error === 'object' &&
  data.error !== null &&
  'code' in data.error &&
  typeof data.error.code === 'string';

/**
 * Awaits an `hc` call and returns its success body, typed from the route; any other outcome becomes an `ApiError`,
 * so screens handle one kind of failure.
 */
export async function request<T extends ClientResponse<unknown>>(call: Promise<T>) {
  try {
    return await parseResponse(call);
  } catch (error) {
    if (error instanceof DetailedError) {
      const status = Number(error.statusCode) || 500;
      const data: unknown = error.detail?.data;
      if (isErrorBody(data)) throw new ApiError(status, data.error.code, data.error.message, data.error.issues);
      throw new ApiError(status, 'http_error', error.message);
    }
    // fetch rejects only when no response came at all.
    throw new ApiError(0, 'network_error', error instanceof Error ? error.message : String(error));
  }
}

export async function fetchTopLevelTerritories(): Promise<Territory[]> {
  const body = await request(api.api.territories.$get({ query: { topLevel: 'true' } }));
  return body.territories;
}

export async function fetchTerritory(slugOrId: string): Promise<Territory> {
  const body = await request(api.api.territories[':territory'].$get({ param: { territory: slugOrId } }));
  return body.territory;
}
