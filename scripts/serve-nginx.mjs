#!/usr/bin/env node
/**
 * Serves a build with Debian's nginx on 127.0.0.1, configured as the README's nginx steps say: a
 * `server` block whose root holds the site at its base path and which includes the snippet the
 * build wrote beside its output folder (dist-subpath-host/nginx-headers.conf for dist-subpath/).
 * The nginx smoke test (playwright.nginx.config.ts) runs the header tests and the keyboard walks
 * against it. Everything nginx writes (pid, logs, temp files) goes to a temporary folder.
 * Usage: DIST=dist-subpath SERVE_BASE=/csp-guide/ node scripts/serve-nginx.mjs [port]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { nginxPath } from './nginx-path.mjs';

const dist = resolve(process.env.DIST ?? 'dist');
const base = (process.env.SERVE_BASE ?? '/').replace(/\/?$/, '/');
const port = Number(process.argv[2] ?? 4324);
const snippet = `${dist}-host/nginx-headers.conf`;
const nginx = nginxPath();

const fail = (message) => {
  console.error(`serve-nginx: ${message}`);
  process.exit(1);
};
if (!nginx) fail('no nginx binary; run node scripts/ensure-nginx.mjs (or set NGINX).');
if (!existsSync(join(dist, 'index.html')) || !existsSync(snippet)) fail(`no build at ${dist} with its ${snippet}; build it first (npm run build, or npm run build:subpath for dist-subpath/).`);
const written = /serves \S+ at (\S+) /.exec(readFileSync(snippet, 'utf8'))?.[1];
if (written !== base) fail(`${snippet} was written for the base ${written}, not ${base}; set SERVE_BASE to the build's BASE.`);

// The server's root holds the site at its base path, as a host's document root would.
// One folder per port, emptied first: Playwright ends its web server with SIGKILL, so no clean-up
// at exit is certain.
const prefix = join(tmpdir(), `csp-guide-nginx-${port}`);
rmSync(prefix, { recursive: true, force: true });
mkdirSync(prefix);
let root = dist;
if (base !== '/') {
  root = join(prefix, 'www');
  const at = join(root, base);
  mkdirSync(dirname(at.replace(/\/$/, '')), { recursive: true });
  symlinkSync(dist, at.replace(/\/$/, ''));
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
writeFileSync(join(prefix, 'nginx.conf'), `# Written by scripts/serve-nginx.mjs for the nginx smoke test.
${isRoot ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${prefix}/body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    gzip on;
    gzip_types text/css application/javascript application/json image/svg+xml application/xml;
    server {
        listen 127.0.0.1:${port};
        root ${root};
        include ${snippet};
    }
}
`);
const args = ['-p', prefix, '-e', `${prefix}/error.log`, '-c', join(prefix, 'nginx.conf')];
const check = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' });
if (check.status !== 0) fail(`nginx refused the configuration:\n${check.stderr}`);

const server = spawn(nginx, args, { stdio: 'inherit' });
const cleanUp = () => rmSync(prefix, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGQUIT'));
server.on('exit', (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
console.log(`nginx serving ${dist} on http://127.0.0.1:${port}${base}`);
