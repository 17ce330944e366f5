/**
 * Starlight route middleware: the home pages' hero buttons name pages by site path in their
 * frontmatter (`link: /ko/guides/gdap/`); put them under the base path the site is built for, as
 * src/lib/base-links.ts does for links in the text. Starlight adds the base to its own sidebar.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './site/base';

export const onRequest = defineRouteMiddleware((context) => {
  const hero = context.locals.starlightRoute.entry.data.hero;
  for (const action of hero?.actions ?? []) action.link = withBase(action.link);
});
