/** Registers the site's own client directives (see engaged.ts). */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function directives(): AstroIntegration {
  return {
    name: 'csp-guide:directives',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'engaged', entrypoint: fileURLToPath(new URL('../directives/engaged.ts', import.meta.url)) });
      },
    },
  };
}
