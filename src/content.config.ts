import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { CLOUDS } from './domain/rules';
import { ROLES } from './domain/roles';

/**
 * Guidance frontmatter: which clouds and roles a page is about, and when it was last checked
 * against the sources. A wrong value fails the build naming the file and the field.
 */
export const collections = {
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
