/**
 * The D1 bookmark a client sends back so its reads are never older than what it wrote or saw (worker/db/d1-session.ts
 * reads it, pwa/lib/d1-bookmark.ts keeps it). Shared so the PWA never sends a value the Worker would refuse.
 */
export const D1_BOOKMARK_HEADER = 'x-d1-bookmark';

/**
 * D1's bookmarks are groups of hex digits joined by dashes (`00000085-0000024c-00004c6d-8e61117b…`) and sort as
 * strings from oldest to newest. The check is looser than today's format on purpose, so a longer bookmark of a later
 * D1 is not refused; it keeps out anything else, which D1 would only reject later as a failed query.
 */
export const isD1Bookmark = (value: string) => value.length <= 600 && /^[0-9a-f]{1,64}(?:-[0-9a-f]{1,64}){0,7}$/i.test(value);
