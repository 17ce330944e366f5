// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { sidebar } from './src/navigation.mjs';
import { directives } from './src/integrations/client-directives.ts';
import { inlineScriptHashes } from './src/integrations/inline-script-hashes.ts';
import { offline } from './src/integrations/offline.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { schemaAddress } from './src/integrations/schema-address.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/lib/base-links.ts';

/** @param {string} path */
const src = (path) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

// Where the site is published: SITE (origin) and BASE (path) from the environment, e.g.
// SITE=https://org.github.io BASE=/csp-guide/ npm run build (README, "Publish it").
const { site, base } = siteAddress(process.env);

export default defineConfig({
  site,
  base,
  // OUT_DIR: a second build beside dist/ (npm run build:subpath writes dist-subpath/).
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  // Starlight adds its own Markdown plugins to this processor.
  markdown: { processor: satteri({ hastPlugins: [baseLinks({ base })] }) },
  security: {
    // A policy in every page's <meta>: scripts only from the site or by hash (inline-script-hashes.ts
    // adds Starlight's inline ones); style attributes stay allowed because Starlight and Expressive
    // Code set them. 'wasm-unsafe-eval' lets Pagefind's search index (WebAssembly) run; it allows no JS eval.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  integrations: [
    starlight({
      title: { en: 'CSP Relationships Guide', ko: 'CSP 관계 가이드', 'zh-TW': 'CSP 關係指南' },
      defaultLocale: 'en',
      locales: {
        en: { label: 'English', lang: 'en' },
        ko: { label: '한국어', lang: 'ko' },
        'zh-tw': { label: '繁體中文', lang: 'zh-TW' },
      },
      sidebar,
      customCss: ['./src/styles/global.css'],
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        Search: './src/components/overrides/Search.astro',
        LanguageSelect: './src/components/overrides/LanguageSelect.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
      },
      favicon: '/favicon.svg',
      lastUpdated: false,
      // Repetition counts less: a page that says "indirect reseller" forty times should not bury
      // the page about reseller relationships for a search on "reseller" (tests/e2e/search.spec.ts).
      pagefind: { ranking: { termFrequency: 0.3 } },
      pagination: true,
      routeMiddleware: './src/route-data.ts',
    }),
    preact({ compat: true }),
    directives(),
    inlineScriptHashes(),
    // Before offline(): the worker's cache name hashes the files as they are served.
    schemaAddress(),
    offline(),
    // Last: it reads each page's final policy, and writes files the offline cache must not list.
    hostHeaders(),
  ],
  vite: {
    resolve: {
      // One ESM Preact for prerendering: @xstate/react's CommonJS shims would load a second copy.
      alias: [
        { find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/, replacement: src('lib/use-sync-external-store-with-selector.ts') },
        { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: src('lib/react-for-xstate.ts') },
        { find: /^use-isomorphic-layout-effect$/, replacement: src('lib/use-isomorphic-layout-effect.ts') },
        { find: /^~\//, replacement: src('') },
      ],
    },
    plugins: [
      {
        // @xstate/react needs six hooks and createContext/createElement: give it those from Preact's
        // core (src/lib/react-for-xstate.ts) rather than all of preact/compat (about 2 KB gzip).
        name: 'csp-guide:react-for-xstate',
        enforce: 'pre',
        resolveId(source, importer) {
          if ((source === 'react' || source === 'preact/compat') && importer && /[\\/]@xstate[\\/]react[\\/]/.test(importer)) return src('lib/react-for-xstate.ts');
          return null;
        },
      },
      {
        // Astro prerenders in its own Vite environment, so `ssr.noExternal` alone does not reach it:
        // bundle @xstate/react in every server environment, where the aliases above then apply.
        name: 'csp-guide:bundle-xstate-react',
        configEnvironment(name) {
          if (name === 'client') return undefined;
          return { resolve: { noExternal: ['@xstate/react', 'use-sync-external-store', 'use-isomorphic-layout-effect'] } };
        },
      },
    ],
  },
});
