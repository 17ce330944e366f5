#!/usr/bin/env node
/**
 * Browser tests need Debian's Chromium (Playwright cannot download its own browser here) and
 * Noto CJK fonts (so Korean and Chinese render). Installs them with apt-get when running as
 * root; otherwise says exactly what to run. Never `playwright install`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const haveFonts = () => {
  try {
    return execFileSync('fc-list', [':lang=ko'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
};

const missing = [];
if (!chromiumPath()) missing.push('chromium');
if (!haveFonts()) missing.push('fonts-noto-cjk');

if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(`Browser tests need: ${missing.join(', ')}.\nInstall them with:\n  sudo sh -c '${command}'\nor set CHROMIUM_PATH to a Chromium or Chrome binary.`);
  process.exit(1);
}
console.log(`Installing ${missing.join(', ')} with apt-get…`);
execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command}`], { stdio: 'inherit' });
if (!chromiumPath()) {
  console.error('apt-get finished but no Chromium binary was found at /usr/bin/chromium.');
  process.exit(1);
}
