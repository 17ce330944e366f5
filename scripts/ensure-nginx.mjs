#!/usr/bin/env node
/**
 * The nginx smoke test (npm run test:nginx) serves the site with Debian's nginx, as an intranet
 * would: installs the package with apt-get when running as root; otherwise says what to run.
 */
import { aptInstall } from './apt-install.mjs';
import { nginxPath } from './nginx-path.mjs';

if (!nginxPath()) {
  aptInstall(['nginx'], 'The nginx smoke test', 'or set NGINX to an nginx binary.');
  if (!nginxPath()) {
    console.error('apt-get finished but no nginx binary was found at /usr/sbin/nginx.');
    process.exit(1);
  }
}
