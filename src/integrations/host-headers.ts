/**
 * HTTP headers for the hosts an organization publishes this site on, written after the build from
 * the pages themselves (their <meta> policies), so they always match what was built:
 * - dist/_headers: the `_headers` file of Netlify and Cloudflare Pages (also read by
 *   scripts/serve-dist.mjs with HEADERS=1, which the header tests use);
 * - dist/staticwebapp.config.json: Azure Static Web Apps;
 * - dist-host/nginx-headers.conf (beside the output folder: dist-subpath-host/ for dist-subpath/):
 *   an nginx snippet to include in the site's `server` block
 *   (outside dist/, so it is not published).
 * What they carry beyond the <meta> policy: `frame-ancestors` (embed pages may be framed by any
 * site, every other page only by the site itself), X-Content-Type-Options, a referrer policy, and
 * a year's cache for the content-hashed files in _astro/ (everything else is revalidated).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../lib/html-files.mjs';
import { headerPlan, type HeaderPlan } from './header-plan';
import { pagePolicy } from './inline-script-hashes';

export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'csp-guide:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = htmlFiles(out, ['_astro', 'pagefind']).flatMap((file) => pagePolicy(readFileSync(file, 'utf8')) ?? []);
        const locales = readdirSync(out, { withFileTypes: true }).filter((e) => e.isDirectory() && /^[a-z]{2}(-[a-z]+)?$/.test(e.name));
        const folders = Object.fromEntries(locales.map((l) => [l.name, readdirSync(join(out, l.name), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)]));
        const plan = headerPlan(policies, base, folders);
        writeFileSync(join(out, '_headers'), netlifyHeaders(plan));
        writeFileSync(join(out, 'staticwebapp.config.json'), `${JSON.stringify(staticWebAppConfig(plan), null, 2)}\n`);
        // Beside the output folder, so a second build (dist-subpath/) does not overwrite dist's.
        const host = `${out.replace(/[\\/]+$/, '')}-host`;
        mkdirSync(host, { recursive: true });
        writeFileSync(join(host, 'nginx-headers.conf'), nginxSnippet(plan));
        logger.info(`headers for hosts: _headers, staticwebapp.config.json, ${basename(host)}/nginx-headers.conf (${policies.length} pages)`);
      },
    },
  };
}

/** Netlify / Cloudflare Pages: one block per path pattern; patterns never overlap on a header. */
export function netlifyHeaders(plan: HeaderPlan): string {
  const block = (path: string, headers: Record<string, string>) => `${path}\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
  return [
    '# Written by the build (src/integrations/host-headers.ts); do not edit.',
    block(`${plan.base}*`, plan.everywhere),
    ...plan.pagePatterns.map((p) => block(p, { 'Content-Security-Policy': plan.pagePolicy })),
    ...plan.embedPatterns.map((p) => block(p, { 'Content-Security-Policy': plan.embedPolicy })),
    block(`${plan.base}_astro/*`, { 'Cache-Control': plan.immutable }),
    block(`${plan.base}sw.js`, { 'Cache-Control': 'no-cache' }),
  ].join('\n');
}

/** Azure Static Web Apps: global headers, then per-route ones that replace them. */
export function staticWebAppConfig(plan: HeaderPlan) {
  return {
    globalHeaders: { ...plan.everywhere, 'Content-Security-Policy': plan.pagePolicy },
    routes: [
      ...plan.embedPatterns.map((route) => ({ route, headers: { 'Content-Security-Policy': plan.embedPolicy } })),
      { route: `${plan.base}_astro/*`, headers: { 'Cache-Control': plan.immutable } },
      { route: `${plan.base}sw.js`, headers: { 'Cache-Control': 'no-cache' } },
    ],
    responseOverrides: { '404': { rewrite: `${plan.base}404.html` } },
    // Pagefind's index files: Static Web Apps serves only the types it knows.
    mimeTypes: { '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_filter': 'application/octet-stream', '.pagefind': 'application/wasm' },
  };
}

/** nginx: `add_header` in a location replaces the server's, so each location repeats them all. */
export function nginxSnippet(plan: HeaderPlan): string {
  const lines = (headers: Record<string, string>) => Object.entries(headers).map(([k, v]) => `    add_header ${k} "${v.replace(/"/g, '\\"')}" always;`).join('\n');
  const pages = { ...plan.everywhere, 'Content-Security-Policy': plan.pagePolicy };
  const embeds = { ...plan.everywhere, 'Content-Security-Policy': plan.embedPolicy };
  const escaped = plan.base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `# Written by the build (src/integrations/host-headers.ts); do not edit.
# Include inside the server block that serves dist/ at ${plan.base} (README, "Publish it").
# nginx's own file serving: a folder without its slash is redirected to it (relative links need
# the slash); absolute_redirect off keeps that redirect on the address the reader used.
absolute_redirect off;
location ${plan.base} {
${lines(pages)}
}
location ~ ^${escaped}[a-z-]+/embed/ {
${lines(embeds)}
}
location ${plan.base}_astro/ {
${lines({ ...pages, 'Cache-Control': plan.immutable })}
}
location = ${plan.base}sw.js {
${lines({ ...pages, 'Cache-Control': 'no-cache' })}
}
error_page 404 ${plan.base}404.html;
`;
}
