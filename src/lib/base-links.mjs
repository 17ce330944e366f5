/**
 * Root-relative links in Markdown and MDX text (`[…](/ko/guides/gdap/#…)`) put under the base path
 * the site is built for (BASE=/csp-guide/ → `/csp-guide/ko/guides/gdap/#…`), as a Sätteri HAST
 * plugin (Astro 7's Markdown processor). The pages keep naming each other by site path. Links
 * passed to components in MDX (`<LinkCard href=…>`) use `withBase` from src/site/base.ts instead.
 */

/**
 * @param {string} base
 * @returns {(url: unknown) => unknown}
 */
export function underBase(base) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (url) =>
    prefix !== '/' && typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(prefix) ? prefix + url.slice(1) : url;
}

/**
 * @param {{ base: string }} options
 * @returns {import('satteri').HastPluginDefinition}
 */
export function baseLinks({ base }) {
  const under = underBase(base);
  return {
    name: 'csp-guide-base-links',
    element: [
      {
        filter: ['a'],
        visit(node, ctx) {
          const href = node.properties?.href;
          const moved = under(href);
          if (moved !== href) ctx.setProperty(node, 'href', moved);
        },
      },
    ],
  };
}
