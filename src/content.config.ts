import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { CLOUDS } from './domain/rules';
import { ROLES } from './domain/roles';

/**
 * Guidance frontmatter: which clouds and roles a page is about, and when it was last checked
 * against the sources. A wrong value fails the build naming the file and the field.
 */
export const collections = {
  // Starlight's own UI strings per locale (src/content/i18n/); ours live in src/i18n/.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        clouds: z.array(z.enum(CLOUDS)).min(1).optional(),
        roles: z.array(z.enum(ROLES)).min(1).optional(),
        lastReviewed: z.coerce.date().optional(),
        /** Pages about DAP carry the notice that GDAP replaced it for new global relationships. */
        dapNotice: z.boolean().optional(),
      }),
    }),
  }),
};
