/** Contact links as people type contacts: phone numbers with spaces, web addresses without the scheme. */

/** The sign-in page's address that brings the person back to `path` afterwards. */
export const signInHref = (path: string) => `/prihlaseni?next=${encodeURIComponent(path)}`;

/** "+420 384 555 401" → "+420384555401" for a tel: link. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`;

/** Registry and coordinators type web addresses as they say them ("www.x.cz"); a link needs the scheme. */
export function webHref(web: string): { href: string; label: string } | undefined {
  try {
    const url = new URL(/^https?:\/\//i.test(web) ? web : `https://${web}`);
    return { href: url.href, label: url.host.replace(/^www\./, '') + url.pathname.replace(/\/$/, '') };
  } catch {
    return undefined;
  }
}
