/**
 * Content-Disposition for downloads: always an attachment, with an ASCII fallback name for old clients and the
 * real (Czech) name as RFC 5987/6266 `filename*`, so "Zápis z jednání.pdf" keeps its diacritics.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
