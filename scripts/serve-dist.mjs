#!/usr/bin/env node
/**
 * Serves the built site (dist/) on 127.0.0.1 for the browser tests and the Lighthouse gate.
 * Astro 7 allows one `astro preview` per project, so tests use this instead and never clash with
 * `npm start`. Text is sent gzip-compressed when the browser accepts it, as every static host
 * does: Lighthouse measures transfer sizes, and uncompressed HTML would cost a phone a second.
 * Usage: node scripts/serve-dist.mjs [port]
 * DIST=dist-subpath SERVE_BASE=/csp-guide/ serves a build for a base path under that path, as a
 * host serving the site at https://org.github.io/csp-guide/ does (anything outside it is 404).
 * HEADERS=1 also sends the headers of the build's _headers file (src/integrations/host-headers.ts),
 * as Netlify or Cloudflare Pages would: the header tests (tests/e2e/headers.spec.ts) use it.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.env.DIST ?? 'dist');
const port = Number(process.argv[2] ?? 4322);
const base = (process.env.SERVE_BASE ?? '/').replace(/\/?$/, '/');
const rules = process.env.HEADERS ? headerRules(readFileSync(join(root, '_headers'), 'utf8')) : [];

/** The `_headers` format: a path pattern (a trailing * matches the rest), then indented `Name: value` lines. */
function headerRules(text) {
  const parsed = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) parsed.push({ pattern: line.trim(), headers: {} });
    else {
      const at = line.indexOf(':');
      parsed.at(-1).headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return parsed;
}
function headersFor(pathname) {
  const out = {};
  for (const { pattern, headers } of rules) {
    const match = pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
    if (!match) continue;
    for (const [k, v] of Object.entries(headers)) out[k] = out[k] ? `${out[k]}, ${v}` : v;
  }
  return out;
}
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.woff2': 'font/woff2',
};

/** Types worth compressing (Pagefind's own files are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);
const gzipped = new Map();
function gzipOf(file) {
  const mtime = statSync(file).mtimeMs;
  const cached = gzipped.get(file);
  if (cached?.mtime === mtime) return cached.body;
  const body = gzipSync(readFileSync(file));
  gzipped.set(file, { mtime, body });
  return body;
}

function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  if (!path.startsWith(root)) return null;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  if (existsSync(index)) return index;
  return null;
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // The site's own path under the base; outside the base nothing is served.
  const inside = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : url.pathname === base.slice(0, -1) ? '' : null;
  // Directory URLs without their trailing slash redirect, as a static host does.
  if (inside !== null && !url.pathname.endsWith('/') && !extname(url.pathname) && existsSync(join(root, inside, 'index.html'))) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` });
    res.end();
    return;
  }
  const file = inside === null ? null : fileFor(inside);
  const extra = headersFor(url.pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': TYPES['.html'], ...extra });
    createReadStream(join(root, '404.html')).pipe(res);
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (COMPRESSIBLE.has(extname(file))) {
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? gzipOf(file) : readFileSync(file);
    res.writeHead(200, { 'content-type': type, vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}), ...extra });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { 'content-type': type, ...extra });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}${base}`));
