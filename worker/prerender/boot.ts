/**
 * The one inline script of a prerendered page: it starts the app once the drawn page has painted. Left to Vite's
 * `<script type="module" src>`, the app's entry would download and run before the first paint whenever it arrives
 * quickly (a fast network, or the service worker's copy), holding the page a reader came for behind code that first
 * has nothing new to show. The drawn page's links work without the app, and its buttons replay once the app is there
 * (pwa/lib/prerendered.ts).
 */
export function bootScript(entry: string, inlinedStylesheets: string[]): string {
  // Vite's loader of a lazy screen links every stylesheet of the screen not linked yet; a disabled link says "here
  // already" for the ones the page carries inline, and is neither fetched nor applied. Made here rather than written
  // into the HTML, where the browser's preload scanner fetches them, disabled or not, ahead of the first paint.
  return `for(const href of ${JSON.stringify(inlinedStylesheets.map((file) => `/${file}`))}){const link=document.createElement('link');link.rel='stylesheet';link.disabled=true;link.href=href;document.head.append(link)}
let started=false;const start=()=>{if(!started){started=true;import(${JSON.stringify(`/${entry}`)})}};
if(document.visibilityState!=='visible'||!(PerformanceObserver.supportedEntryTypes||[]).includes('paint'))start();
else{new PerformanceObserver((list)=>{if(list.getEntriesByName('first-contentful-paint').length)start()}).observe({type:'paint',buffered:true});setTimeout(start,3000)}`;
}
