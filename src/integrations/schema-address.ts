/**
 * The scenario schema's `$id` names where the schema is published. public/schemas/ holds it with
 * the default address (`npm run schema` writes it, a unit test keeps it in step with the code);
 * a build for another address (SITE, BASE) rewrites the copy in dist/ to that address.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const FILE = 'schemas/scenario.schema.json';

export function schemaAddress(): AstroIntegration {
  let published = '';
  return {
    name: 'csp-guide:schema-address',
    hooks: {
      'astro:config:done': ({ config }) => {
        published = new URL(`${config.base.replace(/\/?$/, '/')}${FILE}`, config.site).href;
      },
      'astro:build:done': ({ dir, logger }) => {
        const path = fileURLToPath(new URL(FILE, dir));
        const schema = JSON.parse(readFileSync(path, 'utf8')) as { $id?: string };
        if (schema.$id === published) return;
        schema.$id = published;
        writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
        logger.info(`${FILE}: $id ${published}`);
      },
    },
  };
}
