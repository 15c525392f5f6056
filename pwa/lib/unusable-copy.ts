import { ApiError } from './api-error.ts';
import { droppedAsUnfit } from './local-db.ts';

/** The code of the error a screen shows when it has no network and its saved copy was in a shape it cannot read. */
export const SAVED_COPY_UNFIT = 'saved_copy_unfit';

/**
 * The error of a screen that could not reach the server and has no saved copy: when the copy was there but dropped
 * as unfit (an app update), the person is told so, not only that the network is down. Status 0 like a network error.
 */
export function noCopyError(key: string, cause: unknown): ApiError {
  if (droppedAsUnfit(key)) return new ApiError(0, SAVED_COPY_UNFIT, 'The saved copy no longer fits this version of the app');
  if (cause instanceof ApiError) return cause;
  return new ApiError(0, 'network_error', cause instanceof Error ? cause.message : String(cause));
}
