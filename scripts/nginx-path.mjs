/** The nginx binary: NGINX if set, else Debian's /usr/sbin/nginx (not on a non-root PATH), else none. */
import { existsSync } from 'node:fs';

export function nginxPath() {
  for (const candidate of [process.env.NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx']) if (candidate && existsSync(candidate)) return candidate;
  return undefined;
}
