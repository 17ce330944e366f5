/**
 * Offline reading: registers the service worker that src/integrations/offline.ts writes to
 * dist/sw.js. Bundled into every page's script by that integration (an external file, so the
 * Content Security Policy needs no new hash). Its scope is the site's base, so the site works
 * offline under a sub-path too.
 */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

if ('serviceWorker' in navigator) {
  if (import.meta.env.PROD) {
    const register = () => {
      // A browser that refuses (a private window, storage turned off) still has the whole site online.
      navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => console.warn('Offline reading is not available:', error));
    };
    // After the page has loaded, so precaching the site never competes with the page itself.
    if (document.readyState === 'complete') register();
    else addEventListener('load', register, { once: true });
  } else {
    // `astro dev` on the same port as `npm start`: a worker left by a built site would serve stale files.
    // Its caches go too (CACHE_PREFIX in offline.ts).
    void navigator.serviceWorker.getRegistrations().then((registrations) => {
      for (const registration of registrations) void registration.unregister();
    });
    void caches.keys().then((names) => {
      for (const name of names) if (name.startsWith('csp-guide-offline-')) void caches.delete(name);
    });
  }
}
