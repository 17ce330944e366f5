/**
 * Offline reading (issue 13): once a reader has opened the site, its pages, simulators, stories
 * and search work without a network. After the build this writes `dist/sw.js`, a service worker
 * (offline-worker.ts) with the list of what to precache, taken from what is actually in `dist/`,
 * and a cache name that hashes every listed file's path and content: a build that changes any of
 * them gets a new cache, and the worker deletes the old one when it activates. It also injects the
 * registration (src/scripts/register-sw.ts) into every page's bundle.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transformWithOxc } from 'vite';
import { LANG_TAG, LOCALES, type Locale } from '../i18n/types';
import type { OfflinePage, WorkerConfig } from './offline-worker';

export const SW_FILE = 'sw.js';
export const CACHE_PREFIX = 'csp-guide-offline-';

/**
 * What a reader needs offline: every page, the build's assets, the search index and its
 * WebAssembly, fonts, the favicon, the JSON Schemas. Not the sitemaps (for crawlers) nor the
 * worker itself (the browser fetches it on its own terms).
 */
export function isPrecached(path: string, assets = '_astro/'): boolean {
  return (
    path.endsWith('.html') ||
    path.startsWith(assets) ||
    path.startsWith('pagefind/') ||
    path.startsWith('schemas/') ||
    /\.(woff2?|ttf|otf)$/.test(path) ||
    /^favicon\.\w+$/.test(path)
  );
}

/** The address a file is served at, relative to the base: pages are folders (`build.format: 'directory'`). */
export function urlOf(path: string): string {
  if (path === 'index.html') return './';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export interface Precache {
  /** URLs relative to the site's base, in a stable order. */
  urls: string[];
  cacheName: string;
  files: number;
  bytes: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split(sep).join('/'));
}

/** The precache list of a built site and its cache name. */
export function precacheManifest(dist: string, assets = '_astro/'): Precache {
  const root = dist.replace(/[\\/]+$/, '');
  const paths = filesUnder(root)
    .filter((p) => isPrecached(p, assets))
    .sort();
  const hash = createHash('sha256');
  let bytes = 0;
  for (const path of paths) {
    const body = readFileSync(join(root, path));
    bytes += body.length;
    hash.update(`${path}\0${createHash('sha256').update(body).digest('hex')}\n`);
  }
  return { urls: paths.map(urlOf), cacheName: `${CACHE_PREFIX}${hash.digest('hex').slice(0, 16)}`, files: paths.length, bytes };
}

interface OfflineText {
  title: string;
  heading: string;
  notSaved: string;
  saved: string;
  home: string;
  retry: string;
}

const TEXT: Record<Locale, OfflineText> = {
  en: {
    title: 'Offline · CSP Relationships Guide',
    heading: 'You are offline',
    notSaved: 'This page is not saved on this device, so it cannot open without a network connection.',
    saved: 'The guide’s pages, simulators and search were saved on this device when you first opened the guide, and they work offline.',
    home: 'Go to the guide’s home page',
    retry: 'Once you are back online, open this page again.',
  },
  ko: {
    title: '오프라인 · CSP 관계 가이드',
    heading: '오프라인 상태입니다',
    notSaved: '이 페이지는 이 기기에 저장되어 있지 않으므로 네트워크에 연결해야 열 수 있습니다.',
    saved: '이 가이드의 페이지와 시뮬레이터, 검색은 가이드를 처음 열었을 때 이 기기에 저장되었으므로 오프라인에서도 사용할 수 있습니다.',
    home: '가이드 홈으로 이동',
    retry: '네트워크에 다시 연결되면 이 페이지를 열어 보십시오.',
  },
  'zh-tw': {
    title: '離線 · CSP 關係指南',
    heading: '您目前處於離線狀態',
    notSaved: '這個頁面沒有儲存在這部裝置上，必須連上網路才能開啟。',
    saved: '本指南的頁面、模擬器和搜尋功能已在您第一次開啟指南時儲存在這部裝置上，離線時仍可使用。',
    home: '前往指南首頁',
    retry: '恢復網路連線後，請再開啟一次這個頁面。',
  },
};

const OFFLINE_STYLE =
  ':root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.6}' +
  'main{max-width:36rem;margin:4rem auto;padding:0 1.25rem}:lang(ko){word-break:keep-all}';

/** The small page a reader sees offline for an address this device never saved, in the locale of its path. */
export function offlinePage(locale: Locale, base: string): OfflinePage {
  const t = TEXT[locale];
  const html =
    `<!DOCTYPE html><html lang="${LANG_TAG[locale]}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title>` +
    `<style>${OFFLINE_STYLE}</style></head><body><main data-offline-page="${locale}"><h1>${t.heading}</h1>` +
    `<p>${t.notSaved}</p><p>${t.saved}</p><p><a href="${base}${locale}/">${t.home}</a></p><p>${t.retry}</p></main></body></html>`;
  const styleHash = createHash('sha256').update(OFFLINE_STYLE, 'utf8').digest('base64');
  // As strict as the site's own pages: no script at all, the one style block by hash.
  const policy = `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'`;
  return { html, policy };
}

export interface WorkerOptions {
  /** Astro's `base`, with its trailing slash: links on the offline page start with it. */
  base: string;
  /** Astro's `build.assets` folder with a trailing slash. */
  assets: string;
}

/** The text of dist/sw.js for a precache list. */
export async function serviceWorkerSource(precache: Precache, { base, assets }: WorkerOptions): Promise<string> {
  const file = fileURLToPath(new URL('./offline-worker.ts', import.meta.url));
  const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts', target: 'es2020' });
  // The worker is a classic script (module workers are not in every browser yet): drop the one export.
  const body = code.replace(/^export function serviceWorker\b/m, 'function serviceWorker');
  if (/^\s*(import|export)\b/m.test(body)) throw new Error('offline-worker.ts must export nothing but serviceWorker and its types, and import nothing');
  const config: WorkerConfig = {
    cache: precache.cacheName,
    prefix: CACHE_PREFIX,
    precache: precache.urls,
    assets,
    offline: Object.fromEntries(LOCALES.map((l) => [l, offlinePage(l, base)])),
    defaultLocale: LOCALES[0],
    networkTimeoutMs: 3000,
    concurrency: 6,
  };
  return `// Written by src/integrations/offline.ts at build time from offline-worker.ts; do not edit.\n${body}\nserviceWorker(self, ${JSON.stringify(config)});\n`;
}

const slash = (s: string): string => (s.endsWith('/') ? s : `${s}/`);

export function offline(): AstroIntegration {
  let options: WorkerOptions = { base: '/', assets: '_astro/' };
  return {
    name: 'csp-guide:offline',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        // In every page's bundle, so it is an external script under the CSP and costs no request of its own.
        injectScript('page', `import ${JSON.stringify(fileURLToPath(new URL('../scripts/register-sw.ts', import.meta.url)))};`);
      },
      'astro:config:done': ({ config }) => {
        // Page files map to folder URLs (urlOf); with another format the precache would hold addresses no one opens.
        if (config.build.format !== 'directory') throw new Error(`offline: build.format "${config.build.format}" is not supported, only "directory"`);
        options = { base: slash(config.base), assets: slash(config.build.assets) };
      },
      // Runs after Starlight's Pagefind index and the CSP hashes (this integration is listed after them), so it lists the final files.
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const precache = precacheManifest(dist, options.assets);
        writeFileSync(join(dist, SW_FILE), await serviceWorkerSource(precache, options));
        logger.info(`${SW_FILE}: ${precache.files} files precached, ${(precache.bytes / 1024 / 1024).toFixed(1)} MB, cache ${precache.cacheName}`);
      },
    },
  };
}
