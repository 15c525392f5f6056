/**
 * The Worker draws the first screen of the home page, a catalogue and a service into index.html (worker/routes/
 * pages.ts), so a phone paints it before any JavaScript arrives. The app then draws itself into an element outside
 * the document (no second copy of every id and label on the page) and takes the copy's place once its own screen has
 * its data: swapping earlier would show a spinner where the services already were, and move what the reader saw.
 */
// Only a safety net: a slow answer keeps the drawn page (readable, its links work), never a spinner in its place.
const GIVE_UP_MS = 30_000;

/** The app's screen is ready when its main area has content and nothing in it is still loading. */
const screenReady = (live: HTMLElement) => {
  const main = live.querySelector('main');
  return main !== null && main.childElementCount > 0 && main.querySelector('.status--loading') === null;
};

export function takeOverPrerendered(root: HTMLElement, renderApp: (into: HTMLElement) => void) {
  const prerendered = root.querySelector<HTMLElement>(':scope > [data-prerendered]');
  if (!prerendered) return renderApp(root);

  const live = document.createElement('div');
  live.className = 'app-live';

  // A button of the drawn copy has no code behind it yet: the page's boot script (worker/prerender/boot.ts) marks the
  // one pressed, and it is pressed again on the app's own button, found by its words (the app may add controls of its
  // own, such as "Odhlásit" for someone signed in).
  const sameWords = (within: Element, text: string) => [...within.querySelectorAll('button, summary')].filter((c) => c.textContent?.trim() === text);
  const pressedControl = () => {
    const control = prerendered.querySelector('[data-pressed]');
    if (!control) return undefined;
    const text = control.textContent?.trim() ?? '';
    return { text, nth: sameWords(prerendered, text).indexOf(control) };
  };

  let done = false;
  const swap = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(giveUp);
    // Someone who started typing in the drawn search box goes on typing in the app's.
    const focused = document.activeElement instanceof HTMLInputElement && prerendered.contains(document.activeElement) ? document.activeElement : undefined;
    const pressed = pressedControl();
    prerendered.replaceWith(live);
    if (pressed) (sameWords(live, pressed.text)[pressed.nth] as HTMLElement | undefined)?.click();
    if (focused?.id) {
      const own = document.getElementById(focused.id);
      if (own instanceof HTMLInputElement) {
        own.focus({ preventScroll: true });
        if (focused.value && own.value !== focused.value) {
          own.value = focused.value;
          own.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }
    }
  };
  // The swap lays out the whole page again: a task of its own, not the tail of the one that drew the screen.
  const swapSoon = () => setTimeout(swap, 0);
  const observer = new MutationObserver(() => {
    if (screenReady(live)) swapSoon();
  });
  observer.observe(live, { childList: true, subtree: true });
  const giveUp = setTimeout(swap, GIVE_UP_MS);
  // The page's boot script imports the app only after the drawn page has painted (worker/prerender/boot.ts). Drawing
  // the app in a task of its own keeps evaluating its code and drawing it from holding the main thread as one.
  setTimeout(() => {
    renderApp(live);
    if (screenReady(live)) swapSoon();
  }, 0);
}
