/**
 * Completes the Content Security Policy that Astro writes into every page (`security.csp`).
 * Astro hashes the scripts it bundles and inlines, but not `<script is:inline>` blocks, and
 * Starlight ships several (theme, sidebar, search dialog). After the build, this adds the
 * SHA-256 of every inline script of a page to that page's `script-src`, so the policy can stay
 * free of 'unsafe-inline'. Only the build's own output is hashed; pages take no user input.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../lib/html-files.mjs';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The policy in a page's <meta>, or null when it has none (host-headers.ts reads it too). */
export function pagePolicy(html: string): string | null {
  return META.exec(html)?.[2] ?? null;
}

/** The policy with every inline script of the page allowed by its hash; null when the page has no policy. */
export function withInlineScriptHashes(html: string): string | null {
  const policy = pagePolicy(html);
  if (policy === null) return null;
  const scriptSrc = /script-src ([^;]*);/.exec(policy);
  if (!scriptSrc) return null;
  const present = new Set(scriptSrc[1]!.split(/\s+/));
  const added: string[] = [];
  for (const [, code] of html.matchAll(INLINE_SCRIPT)) {
    const source = `'sha256-${createHash('sha256').update(code!, 'utf8').digest('base64')}'`;
    if (!present.has(source)) {
      present.add(source);
      added.push(source);
    }
  }
  if (added.length === 0) return html;
  const next = policy.replace(scriptSrc[0], `script-src ${scriptSrc[1]} ${added.join(' ')};`);
  return html.replace(META, `$1${next}$3`);
}

export function inlineScriptHashes(): AstroIntegration {
  return {
    name: 'csp-guide:inline-script-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let pages = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const next = withInlineScriptHashes(html);
          if (next === null) {
            // A page without the policy is a build problem, not something to pass over.
            throw new Error(`No content-security-policy meta with script-src in ${file}`);
          }
          if (next !== html) {
            writeFileSync(file, next);
            pages++;
          }
        }
        logger.info(`inline script hashes added to ${pages} page(s)`);
      },
    },
  };
}
