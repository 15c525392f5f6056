/**
 * Every API call's fetch: it sends back the D1 bookmark and tells the observers what came back. Apart from the typed
 * client (lib/api.ts), so the shell can ask who is signed in without carrying the client every screen uses.
 */
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

export async function observedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
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
