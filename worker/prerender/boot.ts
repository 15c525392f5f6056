/**
 * The one inline script of a prerendered page: it starts the app once the drawn page has painted. Left to Vite's
 * `<script type="module" src>`, the app's entry would download and run before the first paint whenever it arrives
 * quickly (a fast network, or the service worker's copy), holding the page a reader came for behind code that first
 * has nothing new to show. The drawn page's links work without the app; a button pressed before the app is there is
 * marked here and pressed again on the app's own (pwa/lib/prerendered.ts).
 *
 * - Vite's loader of a lazy screen links each of the screen's stylesheets not linked yet: a disabled link says "here
 *   already" for the ones the page carries inline, and is neither fetched nor applied. They are made here, not written
 *   into the HTML, where the browser's preload scanner fetches them, disabled or not, ahead of the first paint.
 * - The screen's modules are asked for with the entry, not a round trip later when the app's router wants
 *   them; the loader then finds them linked already (linking them one by one held the app's first render ~7 ms).
 */
export function bootScript(entry: string, inlinedStylesheets: string[], screenModules: string[]): string {
  const paths = (files: string[]) => JSON.stringify(files.map((file) => `/${file}`));
  // a block: the page's global scope gets none of these names
  return `{const link=(rel,href)=>{const element=document.createElement('link');element.rel=rel;element.href=href;if(rel==='stylesheet')element.disabled=true;document.head.append(element)};
for(const href of ${paths(inlinedStylesheets)})link('stylesheet',href);
const drawn=document.querySelector('#app>[data-prerendered]');
drawn?.addEventListener('click',(event)=>{const control=event.target instanceof Element&&event.target.closest('button,summary');if(!control)return;event.preventDefault();drawn.querySelector('[data-pressed]')?.removeAttribute('data-pressed');control.setAttribute('data-pressed','')},{capture:true});
let started=false;const start=()=>{if(started)return;started=true;for(const href of ${paths(screenModules)})link('modulepreload',href);import(${JSON.stringify(`/${entry}`)})};
if(document.visibilityState!=='visible'||!(PerformanceObserver.supportedEntryTypes||[]).includes('paint'))start();
else{new PerformanceObserver((list)=>{if(list.getEntriesByName('first-contentful-paint').length)start()}).observe({type:'paint',buffered:true});setTimeout(start,3000)}}`;
}
