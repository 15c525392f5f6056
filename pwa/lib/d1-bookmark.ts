/**
 * The newest D1 bookmark this device has received (worker/db/d1-session.ts), sent back on every API request so the
 * Worker never answers from a read replica older than what this device wrote or saw. Kept in memory and in
 * localStorage, so a reload and the other tabs keep it too (the service worker has no localStorage: memory only).
 * A bookmark says how new a copy of the database is, nothing about a person, so signing out keeps it.
 */
import { D1_BOOKMARK_HEADER, isD1Bookmark } from '../../schema/d1-bookmark.ts';

const STORAGE_KEY = 'kpss.d1Bookmark';

let inMemory: string | null = null;

function stored(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode, a sandboxed frame): memory alone still works
  }
}

/** Bookmarks sort as strings from oldest to newest: an older one (a saved copy, a slow answer) never replaces it. */
const newer = (a: string | null, b: string | null) => (a === null ? b : b === null || a >= b ? a : b);

export function latestBookmark(): string | null {
  const latest = newer(inMemory, stored());
  return latest !== null && isD1Bookmark(latest) ? latest : null;
}

export function rememberBookmark(response: Response) {
  const received = response.headers.get(D1_BOOKMARK_HEADER);
  if (received === null || !isD1Bookmark(received)) return;
  const latest = newer(latestBookmark(), received);
  if (latest === inMemory) return;
  inMemory = latest;
  try {
    if (latest !== null && typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, latest);
  } catch {
    // storage full or blocked: memory keeps it for this page
  }
}

/** The request's headers with the newest bookmark added (those of a Request given without init stay). */
export function withBookmark(input: RequestInfo | URL, init: RequestInit | undefined): RequestInit | undefined {
  const bookmark = latestBookmark();
  if (bookmark === null) return init;
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  headers.set(D1_BOOKMARK_HEADER, bookmark);
  return { ...init, headers };
}
