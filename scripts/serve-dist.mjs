#!/usr/bin/env node
/**
 * Serves the built site (dist/) on 127.0.0.1 for the browser tests and the Lighthouse gate.
 * Astro 7 allows one `astro preview` per project, so tests use this instead and never clash with
 * `npm start`. Text is sent gzip-compressed when the browser accepts it, as every static host
 * does: Lighthouse measures transfer sizes, and uncompressed HTML would cost a phone a second.
 * Usage: node scripts/serve-dist.mjs [port]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve('dist');
const port = Number(process.argv[2] ?? 4322);
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
  // Directory URLs without their trailing slash redirect, as a static host does.
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && existsSync(join(root, url.pathname, 'index.html'))) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` });
    res.end();
    return;
  }
  const file = fileFor(url.pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': TYPES['.html'] });
    createReadStream(join(root, '404.html')).pipe(res);
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (COMPRESSIBLE.has(extname(file))) {
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? gzipOf(file) : readFileSync(file);
    res.writeHead(200, { 'content-type': type, vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { 'content-type': type });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`serving dist/ on http://127.0.0.1:${port}`));
