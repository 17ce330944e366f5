// @ts-check
// Expressive Code's settings, read by Starlight for Markdown code blocks and its <Code> component.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginValidHtml } from './src/lib/expressive-code-valid-html.mjs';

export default defineEcConfig({
  plugins: [pluginValidHtml()],
});
