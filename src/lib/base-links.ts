/**
 * Root-relative links in Markdown and MDX text (`[…](/ko/guides/gdap/#…)`) put under the base path
 * the site is built for (BASE=/csp-guide/ → `/csp-guide/ko/guides/gdap/#…`), as a Sätteri HAST
 * plugin (Astro 7's Markdown processor). The pages keep naming each other by site path. Links
 * passed to components in MDX (`<LinkCard href=…>`) use `withBase` from src/site/base.ts instead;
 * both apply the same rule (`underBase`).
 */
import type { HastPluginDefinition } from 'satteri';
import { underBase } from '../site/base';

export function baseLinks({ base }: { base: string }): HastPluginDefinition {
  const under = underBase(base);
  return {
    name: 'csp-guide-base-links',
    element: [
      {
        filter: ['a'],
        visit(node, ctx) {
          const href = node.properties?.href;
          if (typeof href !== 'string') return;
          const moved = under(href);
          if (moved !== href) ctx.setProperty(node, 'href', moved);
        },
      },
    ],
  };
}
