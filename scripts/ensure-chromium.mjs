#!/usr/bin/env node
/**
 * Browser tests need Debian's Chromium (Playwright cannot download its own browser here) and
 * Noto CJK fonts (so Korean and Chinese render). Installs them with apt-get when running as
 * root; otherwise says exactly what to run (apt-install.mjs). Never `playwright install`.
 */
import { execFileSync } from 'node:child_process';
import { aptInstall } from './apt-install.mjs';
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

aptInstall(missing, 'Browser tests', 'or set CHROMIUM_PATH to a Chromium or Chrome binary.');
if (!chromiumPath()) {
  console.error('apt-get finished but no Chromium binary was found at /usr/bin/chromium.');
  process.exit(1);
}
