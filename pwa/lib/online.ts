import { createRoot, createSignal } from 'solid-js';

/**
 * Whether the browser believes it has a network. `navigator.onLine` can say true behind a dead Wi-Fi, so screens
 * still treat a failed request as offline; this signal only drives the header's indicator.
 */
export const isOnline = createRoot(() => {
  const [online, setOnline] = createSignal(navigator.onLine);
  window.addEventListener('online', () => setOnline(true));
  window.addEventListener('offline', () => setOnline(false));
  return online;
});
