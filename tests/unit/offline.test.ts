/**
 * Offline reading: the precache list and cache name that src/integrations/offline.ts derives from
 * a built site, and the service worker it writes, run as written (dist/sw.js's text) against an
 * in-memory Cache Storage and network, served under a sub-path so the base is honoured.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_PREFIX, isPrecached, offlinePage, precacheManifest, serviceWorkerSource, urlOf } from '../../src/integrations/offline';
import type { ExtendableEvent, FetchEvent, WorkerScope } from '../../src/integrations/offline-worker';

/** A small built site: what the precache takes and what it leaves. */
const SITE: Record<string, string> = {
  'index.html': '<!DOCTYPE html><title>root</title>',
  '404.html': '<!DOCTYPE html><title>not found</title>',
  'en/index.html': '<!DOCTYPE html><title>en</title>',
  'en/guides/gdap/index.html': '<!DOCTYPE html><title>en gdap</title>',
  'ko/guides/gdap/index.html': '<!DOCTYPE html><title>ko gdap</title>',
  '_astro/page.abc123.js': 'console.log(1)',
  '_astro/style.def456.css': 'body{}',
  'pagefind/pagefind.js': 'export {}',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/wasm.en.pagefind': 'wasm',
  'pagefind/fragment/en_1.pf_fragment': 'fragment',
  'favicon.svg': '<svg/>',
  'schemas/scenario.schema.json': '{}',
  'fonts/inter.woff2': 'font',
  'sitemap-index.xml': '<sitemapindex/>',
  'sitemap-0.xml': '<urlset/>',
  'sw.js': '// the previous worker',
};

let dist: string;
function write(path: string, text: string) {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
}
beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'offline-'));
  for (const [path, text] of Object.entries(SITE)) write(path, text);
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('precache list', () => {
  it('holds every page (as its folder URL), the assets, the search index, fonts, favicon and schemas, and nothing else', () => {
    expect(precacheManifest(dist).urls).toEqual([
      '404.html',
      '_astro/page.abc123.js',
      '_astro/style.def456.css',
      'en/guides/gdap/',
      'en/',
      'favicon.svg',
      'fonts/inter.woff2',
      './',
      'ko/guides/gdap/',
      'pagefind/fragment/en_1.pf_fragment',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
      'schemas/scenario.schema.json',
    ]);
  });

  it('counts files and bytes', () => {
    const m = precacheManifest(dist);
    const taken = Object.entries(SITE).filter(([p]) => isPrecached(p));
    expect(m.files).toBe(taken.length);
    expect(m.bytes).toBe(taken.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0));
  });

  it('maps page files to the addresses readers open', () => {
    expect(urlOf('index.html')).toBe('./');
    expect(urlOf('zh-tw/simulators/gdap/index.html')).toBe('zh-tw/simulators/gdap/');
    expect(urlOf('404.html')).toBe('404.html');
    expect(urlOf('_astro/a.js')).toBe('_astro/a.js');
  });

  it('follows a renamed assets folder', () => {
    write('assets/x.1.js', '1');
    expect(precacheManifest(dist, 'assets/').urls).toContain('assets/x.1.js');
    expect(precacheManifest(dist, 'assets/').urls).not.toContain('_astro/page.abc123.js');
  });
});

describe('cache name', () => {
  it('is the same for the same build, whatever order the files were written in', () => {
    const first = precacheManifest(dist).cacheName;
    expect(first).toMatch(new RegExp(`^${CACHE_PREFIX}[0-9a-f]{16}$`));
    const again = mkdtempSync(join(tmpdir(), 'offline-'));
    for (const [path, text] of Object.entries(SITE).reverse()) {
      mkdirSync(dirname(join(again, path)), { recursive: true });
      writeFileSync(join(again, path), text);
    }
    expect(precacheManifest(again).cacheName).toBe(first);
    rmSync(again, { recursive: true, force: true });
  });

  it('changes when a listed file changes, even at the same path (a page reworded)', () => {
    const before = precacheManifest(dist).cacheName;
    write('en/guides/gdap/index.html', '<!DOCTYPE html><title>en gdap, reworded</title>');
    expect(precacheManifest(dist).cacheName).not.toBe(before);
  });

  it('changes when a file is added or removed', () => {
    const before = precacheManifest(dist).cacheName;
    write('_astro/new.789.js', '2');
    const added = precacheManifest(dist).cacheName;
    expect(added).not.toBe(before);
    rmSync(join(dist, '_astro/new.789.js'));
    rmSync(join(dist, 'favicon.svg'));
    expect(new Set([before, added, precacheManifest(dist).cacheName]).size).toBe(3);
  });

  it('does not change for files it does not list (sitemaps, the worker itself)', () => {
    const before = precacheManifest(dist).cacheName;
    write('sitemap-0.xml', '<urlset><url/></urlset>');
    write('sw.js', '// another worker');
    expect(precacheManifest(dist).cacheName).toBe(before);
  });
});

describe('offline page', () => {
  it('is written in each locale, links home under the base, and allows no script', () => {
    const ko = offlinePage('ko', '/docs/');
    expect(ko.html).toContain('<html lang="ko">');
    expect(ko.html).toContain('오프라인 상태입니다');
    expect(ko.html).toContain('href="/docs/ko/"');
    expect(offlinePage('zh-tw', '/').html).toContain('<html lang="zh-TW">');
    expect(ko.policy).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(ko.policy).not.toContain('script-src');
  });
});

// ---- The worker as written to dist/sw.js, run against an in-memory browser ----

class MemoryCache {
  readonly entries = new Map<string, Response>();
  async match(request: Request | string): Promise<Response | undefined> {
    return this.entries.get(typeof request === 'string' ? request : request.url)?.clone();
  }
  async put(request: Request | string, response: Response): Promise<void> {
    const body = await response.arrayBuffer();
    this.entries.set(typeof request === 'string' ? request : request.url, new Response(body, { status: response.status, headers: response.headers }));
  }
}
class MemoryCaches {
  readonly caches = new Map<string, MemoryCache>();
  async open(name: string) {
    if (!this.caches.has(name)) this.caches.set(name, new MemoryCache());
    return this.caches.get(name)!;
  }
  async keys() {
    return [...this.caches.keys()];
  }
  async delete(name: string) {
    return this.caches.delete(name);
  }
}

/** The site as a server under /docs/ would send it; `offline` makes every request fail as a browser's does. */
class Network {
  offline = false;
  readonly requests: string[] = [];
  constructor(private readonly files: Record<string, string>) {}
  fetch = async (input: Request | string): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input.url);
    this.requests.push(url.pathname + url.search);
    if (this.offline) throw new TypeError('Failed to fetch');
    const path = url.pathname.replace(/^\/docs\//, '');
    const file = this.files[path === '' || path.endsWith('/') ? `${path}index.html` : path];
    const response = new Response(file ?? 'not found', { status: file === undefined ? 404 : 200 });
    // A same-origin response, as a browser's fetch gives it.
    Object.defineProperty(response, 'type', { value: 'basic' });
    return response;
  };
}

interface Listeners {
  install?: (e: ExtendableEvent) => void;
  activate?: (e: ExtendableEvent) => void;
  fetch?: (e: FetchEvent) => void;
}

async function startWorker(files: Record<string, string>, memory = new MemoryCaches()) {
  const precache = precacheManifest(dist);
  const source = await serviceWorkerSource(precache, { base: '/docs/', assets: '_astro/' });
  const listeners: Listeners = {};
  let claimed = 0;
  const scope = {
    location: { href: 'https://example.org/docs/sw.js' },
    clients: { claim: async () => void claimed++ },
    skipWaiting: async () => undefined,
    addEventListener: (type: keyof Listeners, listener: never) => void (listeners[type] = listener),
  } satisfies WorkerScope;
  const network = new Network(files);
  runInNewContext(source, { self: scope, caches: memory, fetch: network.fetch, Response, URL, setTimeout });

  async function lifecycle(type: 'install' | 'activate') {
    const waits: Promise<unknown>[] = [];
    listeners[type]!({ waitUntil: (p: Promise<unknown>) => void waits.push(p) } as unknown as ExtendableEvent);
    await Promise.all(waits);
  }
  /** A request as the page makes it; the answer, or undefined when the worker leaves it to the network. */
  async function request(path: string, mode: RequestMode | 'navigate' = 'no-cors'): Promise<Response | undefined> {
    let answer: Promise<Response> | undefined;
    const waits: Promise<unknown>[] = [];
    const event = {
      request: { url: new URL(path, 'https://example.org').href, method: 'GET', mode },
      respondWith: (r: Promise<Response>) => void (answer = r),
      waitUntil: (p: Promise<unknown>) => void waits.push(p),
    };
    listeners.fetch!(event as unknown as FetchEvent);
    const response = await answer;
    await Promise.all(waits);
    return response;
  }
  return { precache, memory, network, lifecycle, request, claimed: () => claimed };
}

describe('service worker (dist/sw.js)', () => {
  it('is a classic script: no import or export', async () => {
    const source = await serviceWorkerSource(precacheManifest(dist), { base: '/', assets: '_astro/' });
    expect(source).not.toMatch(/^\s*(import|export)\b/m);
  });

  it('precaches every listed URL under the base on install, and deletes earlier builds’ caches on activate', async () => {
    const memory = new MemoryCaches();
    await memory.open(`${CACHE_PREFIX}0000000000000000`);
    await memory.open('another-apps-cache');
    const sw = await startWorker(SITE, memory);
    await sw.lifecycle('install');
    const cache = memory.caches.get(sw.precache.cacheName)!;
    expect([...cache.entries.keys()].sort()).toEqual(sw.precache.urls.map((u) => new URL(u, 'https://example.org/docs/').href).sort());
    expect(sw.network.requests).toContain('/docs/');
    expect(sw.network.requests).toContain('/docs/en/guides/gdap/');
    await sw.lifecycle('activate');
    expect(await memory.keys()).toEqual(['another-apps-cache', sw.precache.cacheName]);
    expect(sw.claimed()).toBe(1);
  });

  it('fails the install when a listed file cannot be fetched (the old worker stays in charge)', async () => {
    const site = { ...SITE };
    delete site['en/index.html'];
    const sw = await startWorker(site);
    await expect(sw.lifecycle('install')).rejects.toThrow(/404/);
  });

  it('offline: serves a saved page for any query, and a localized offline page for an unsaved one', async () => {
    const sw = await startWorker(SITE);
    await sw.lifecycle('install');
    sw.network.offline = true;
    const page = await sw.request('/docs/en/guides/gdap/?steps=SEND_INVITATION&story=x', 'navigate');
    expect(await page!.text()).toBe(SITE['en/guides/gdap/index.html']);
    const noSlash = await sw.request('/docs/ko/guides/gdap', 'navigate');
    expect(await noSlash!.text()).toBe(SITE['ko/guides/gdap/index.html']);
    for (const [path, lang, words] of [
      ['/docs/ko/never-saved/', 'ko', '오프라인 상태입니다'],
      ['/docs/zh-tw/never-saved/', 'zh-TW', '離線'],
      ['/docs/elsewhere/', 'en', 'You are offline'],
    ] as const) {
      const response = (await sw.request(path, 'navigate'))!;
      const html = await response.text();
      expect(html).toContain(`lang="${lang}"`);
      expect(html).toContain(words);
      expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    }
    // Pagefind asks for its entry with ?ts=…; the saved file answers.
    expect(await (await sw.request('/docs/pagefind/pagefind-entry.json?ts=123'))!.text()).toBe('{}');
  });

  it('online: pages come from the network and refresh the saved copy (stored without the query)', async () => {
    const sw = await startWorker(SITE);
    await sw.lifecycle('install');
    const fresh = { ...SITE, 'en/guides/gdap/index.html': '<!DOCTYPE html><title>en gdap, new</title>' };
    const online = await startWorker(fresh, sw.memory);
    const page = await online.request('/docs/en/guides/gdap/?steps=X', 'navigate');
    expect(await page!.text()).toBe(fresh['en/guides/gdap/index.html']);
    online.network.offline = true;
    expect(await (await online.request('/docs/en/guides/gdap/', 'navigate'))!.text()).toBe(fresh['en/guides/gdap/index.html']);
    expect([...sw.memory.caches.get(sw.precache.cacheName)!.entries.keys()].some((k) => k.includes('?'))).toBe(false);
  });

  it('hashed assets: cache first, no request; other files: the saved copy now, the network refreshes it', async () => {
    const sw = await startWorker(SITE);
    await sw.lifecycle('install');
    sw.network.requests.length = 0;
    expect(await (await sw.request('/docs/_astro/page.abc123.js'))!.text()).toBe('console.log(1)');
    expect(sw.network.requests).toEqual([]);
    const site = { ...SITE, 'favicon.svg': '<svg id="new"/>' };
    const next = await startWorker(site, sw.memory);
    expect(await (await next.request('/docs/favicon.svg'))!.text()).toBe('<svg/>');
    expect(await (await next.request('/docs/favicon.svg'))!.text()).toBe('<svg id="new"/>');
  });

  it('leaves requests outside its base and other origins to the network', async () => {
    const sw = await startWorker(SITE);
    expect(await sw.request('/other-app/')).toBeUndefined();
    expect(await sw.request('https://elsewhere.example/docs/x.js')).toBeUndefined();
  });
});
