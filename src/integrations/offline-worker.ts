/**
 * The offline service worker. offline.ts strips the types at build time and writes it to
 * dist/sw.js, called with the build's precache list: `serviceWorker(self, config)`. It runs in the
 * worker's own scope, so it imports nothing, reads no module state and touches no DOM.
 *
 * - install: fetch every precached URL into this build's cache, then take over at once
 *   (skipWaiting), so a reader's next online visit after a deployment gets the new build;
 * - activate: delete the caches of earlier builds, control open pages (clients.claim);
 * - pages: network first, the saved copy when the network fails or is slow, a localized offline
 *   page when there is none; hashed assets: cache first; everything else: stale-while-revalidate.
 */

/** The parts of the ServiceWorker scope used here: the project compiles against the DOM library, not WebWorker. */
export interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
export interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
export interface WorkerScope {
  readonly location: { readonly href: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

export interface OfflinePage {
  html: string;
  /** The page's Content Security Policy, sent as a header (the page is made here, not read from dist/). */
  policy: string;
}

export interface WorkerConfig {
  /** This build's cache: `prefix` + a hash of every precached file's path and content. */
  cache: string;
  /** Caches named with it and not `cache` belong to earlier builds and are deleted on activate. */
  prefix: string;
  /** URLs relative to the worker's own folder, which is the site's base: './', 'en/guides/gdap/', '_astro/…'. */
  precache: readonly string[];
  /** Folder of the content-hashed build assets under the base (Astro's `build.assets`), e.g. '_astro/'. */
  assets: string;
  /** Offline page by the first path segment under the base (a locale); `defaultLocale` for any other. */
  offline: Readonly<Record<string, OfflinePage>>;
  defaultLocale: string;
  /** How long a page waits for the network before its saved copy answers. */
  networkTimeoutMs: number;
  /** Parallel downloads while precaching. */
  concurrency: number;
}

export function serviceWorker(scope: WorkerScope, config: WorkerConfig): void {
  const base = new URL('./', scope.location.href);
  const assets = `${base.pathname}${config.assets}`;

  // One entry per file: a static host ignores the query, and both Pagefind (?ts=…) and simulator
  // links (?steps=…, ?story=…) add one, so a saved page or index answers whatever query follows it.
  const keyOf = (url: URL): string => url.origin + url.pathname;
  const storable = (response: Response): boolean => response.status === 200 && response.type === 'basic' && !response.redirected;

  async function precache(): Promise<void> {
    const cache = await caches.open(config.cache);
    const queue = config.precache.map((path) => new URL(path, base).href);
    const download = async (): Promise<void> => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        // The cache name hashes the contents, so an entry already in it is this build's (an install cut short before).
        if (await cache.match(url)) continue;
        // 'no-cache' revalidates with the server: the HTTP cache may still hold the previous build's page.
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`precache: ${response.status} for ${url}`);
        // A redirected response cannot answer a navigation; keep its body and headers only.
        await cache.put(url, response.redirected ? new Response(await response.blob(), response) : response);
      }
    };
    await Promise.all(Array.from({ length: config.concurrency }, download));
  }

  function offlinePage(url: URL): Response {
    const segment = url.pathname.slice(base.pathname.length).split('/')[0] ?? '';
    const page = config.offline[segment] ?? config.offline[config.defaultLocale];
    if (!page) return Response.error();
    // 200, not 503: the page is the site's own answer, and a 503 would log an error in the console on every miss.
    return new Response(page.html, {
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': page.policy, 'cache-control': 'no-store' },
    });
  }

  async function navigate(event: FetchEvent, url: URL): Promise<Response> {
    const cache = await caches.open(config.cache);
    let stored: Promise<void> = Promise.resolve();
    const network = fetch(event.request).then((response) => {
      if (storable(response)) stored = cache.put(keyOf(url), response.clone());
      return response;
    });
    // The copy is stored even when the saved page answered first.
    event.waitUntil(network.then(() => stored).catch(() => undefined));
    // An address without its trailing slash is the same page (the host would redirect).
    const saved = (await cache.match(keyOf(url))) ?? (url.pathname.endsWith('/') ? undefined : await cache.match(`${keyOf(url)}/`));
    if (!saved) return network.catch(() => offlinePage(url));
    const slow = new Promise<Response>((resolve) => setTimeout(() => resolve(saved), config.networkTimeoutMs));
    return Promise.race([network.catch(() => saved), slow]);
  }

  async function fetchAndStore(request: Request, cache: Cache, url: URL): Promise<Response> {
    const response = await fetch(request);
    if (storable(response)) await cache.put(keyOf(url), response.clone());
    return response;
  }

  async function cacheFirst(event: FetchEvent, url: URL): Promise<Response> {
    const cache = await caches.open(config.cache);
    return (await cache.match(keyOf(url))) ?? fetchAndStore(event.request, cache, url);
  }

  async function staleWhileRevalidate(event: FetchEvent, url: URL): Promise<Response> {
    const cache = await caches.open(config.cache);
    const saved = await cache.match(keyOf(url));
    const update = fetchAndStore(event.request, cache, url);
    event.waitUntil(update.catch(() => undefined));
    return saved ?? update;
  }

  scope.addEventListener('install', (event) => {
    event.waitUntil(precache().then(() => scope.skipWaiting()));
  });

  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        const names = await caches.keys();
        await Promise.all(names.filter((name) => name.startsWith(config.prefix) && name !== config.cache).map((name) => caches.delete(name)));
        await scope.clients.claim();
      })(),
    );
  });

  scope.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    // Other origins and other sites on this origin (outside the base) go to the network untouched.
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return;
    if (request.mode === 'navigate') event.respondWith(navigate(event, url));
    else if (url.pathname.startsWith(assets)) event.respondWith(cacheFirst(event, url));
    else event.respondWith(staleWhileRevalidate(event, url));
  });
}
