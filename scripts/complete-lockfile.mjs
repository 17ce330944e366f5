#!/usr/bin/env node
/**
 * The registry these machines reach does not serve some platform-only optional packages (e.g.
 * @astrojs/compiler-binding-darwin-arm64). `npm install` then leaves them out of
 * package-lock.json, and `npm ci` refuses the lockfile as out of sync. This adds each missing
 * optional platform package as a lock entry for its own os/cpu, which npm skips on Linux x64.
 * Run it after `npm install` changes the lockfile: `npm run lock:complete`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 's390x', 'ppc64', 'loong64', 'wasm32'];

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const added = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const prefix = path === '' ? '' : `${path}/`;
    const candidates = [`${prefix}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((c) => lock.packages[c])) continue;
    const parts = name.split(/[-/]/);
    const os = OS.filter((o) => parts.includes(o) || (o === 'win32' && parts.includes('windows')));
    const cpu = CPU.filter((c) => parts.includes(c));
    if (os.length === 0 && cpu.length === 0) continue; // not a platform package: leave it to npm
    const stub = { version, dev: entry.dev ?? undefined, optional: true };
    if (os.length) stub.os = os;
    if (cpu.length) stub.cpu = cpu;
    lock.packages[candidates[0]] = stub;
    added.push(name);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Added lock entries for: ${added.join(', ')}` : 'Lockfile already complete.');
