/**
 * The service worker marks an API answer it served from its cache because the network failed (or was too slow),
 * so the page can tell the person that what they see is the copy saved last time, even when `navigator.onLine`
 * still says true (a dead Wi-Fi, a captive portal).
 */
export const SAVED_COPY_HEADER = 'x-kpss-saved-copy';

export function markedAsSavedCopy(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set(SAVED_COPY_HEADER, '1');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
