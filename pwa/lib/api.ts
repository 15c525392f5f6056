import { type ClientResponse, DetailedError, type InferResponseType, hc, parseResponse } from 'hono/client';
import type { AppType } from '../../worker/index.ts';
import { ApiError, type FieldIssue } from './api-error.ts';
import { observedFetch } from './api-fetch.ts';

/** The typed API: a field renamed in the Worker breaks this build, not a field worker's phone. */
export const api = hc<AppType>('/', { fetch: observedFetch });

export type Territory = InferResponseType<typeof api.api.territories.$get, 200>['territories'][number];
export type TerritoryKind = Territory['kind'];

export { ApiError, type FieldIssue, apiErrorFrom, reach } from './api-error.ts';

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
