/**
 * What the tests need from Debian's packages and cannot get from npm (Chromium, CJK fonts, nginx):
 * installs the missing ones with apt-get when running as root, as on CI and these machines;
 * otherwise says exactly what to run. Used by ensure-chromium.mjs and ensure-nginx.mjs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** `missing`: Debian package names; `why`: who needs them; `hint`: another way, if any. Exits when it cannot install. */
export function aptInstall(missing, why, hint = '') {
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(`${why} need: ${missing.join(', ')}.\nInstall them with:\n  sudo sh -c '${command}'${hint ? `\n${hint}` : ''}`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} with apt-get…`);
  execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command}`], { stdio: 'inherit' });
}
