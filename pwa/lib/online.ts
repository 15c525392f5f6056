import { createRoot, createSignal } from 'solid-js';
import { observeServerReach } from './api-fetch.ts';

/**
 * Whether the app can reach its server. `navigator.onLine` can say true behind a dead Wi-Fi, so every API call
 * also reports whether it got through (lib/api.ts): a failed request or an answer the service worker took from its
 * cache turns the header's indicator on, the next answer from the network turns it off.
 */
const reachability = createRoot(() => {
  const [browserOnline, setBrowserOnline] = createSignal(navigator.onLine);
  const [serverReached, setServerReached] = createSignal(true);
  window.addEventListener('online', () => {
    setBrowserOnline(true);
    setServerReached(true);
  });
  window.addEventListener('offline', () => setBrowserOnline(false));
  observeServerReach(setServerReached);
  return () => browserOnline() && serverReached();
});

export const isOnline = reachability;
