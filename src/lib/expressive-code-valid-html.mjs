// @ts-check
/**
 * An Expressive Code plugin that makes its code blocks valid HTML (the `npm run html` gate).
 *
 * Expressive Code 0.41 renders three things HTML forbids (upstream: expressive-code/expressive-code#423):
 * - every line is a <div class="ec-line"> holding <div class="gutter">/<div class="code">, inside
 *   <pre><code>, which may contain phrasing content only;
 * - the copy button holds a <div> (its hover background), and a <button> may contain phrasing
 *   content only;
 * - the copy button's `data-code` writes each line break as U+007F, a control character HTML does
 *   not allow in a document.
 *
 * It runs after Expressive Code's own plugins and renders those <div>s as <span>s. The line is
 * `display: grid` in Expressive Code's CSS and its gutter and code are grid items, so they lay out
 * as before; the button's background layer gets Expressive Code's rules again (they name `div`).
 * Line breaks are written as line breaks: the copy script turns U+007F into "\n" and leaves "\n".
 * Only these known shapes are changed, so any other invalid markup still reaches the checker.
 * It also makes a block that does not wrap focusable from the start (see below).
 */
import { definePlugin } from '@astrojs/starlight/expressive-code';
import { visitParents } from '@astrojs/starlight/expressive-code/hast';

/** @typedef {import('@astrojs/starlight/expressive-code/hast').Element} Element */
/** @typedef {import('@astrojs/starlight/expressive-code/hast').Parents} Parents */

/** @param {Parents | undefined} node @param {string} tag @param {string} [className] */
const is = (node, tag, className) =>
  node?.type === 'element' &&
  node.tagName === tag &&
  (className === undefined || (Array.isArray(node.properties.className) && node.properties.className.includes(className)));

export function pluginValidHtml() {
  return definePlugin({
    name: 'Valid HTML',
    // Expressive Code's `.copy button div` rules, for the <span> that replaces the <div>.
    baseStyles: ({ cssVar }) => `
      .copy button > span {
        position: absolute;
        inset: 0;
        border-radius: inherit;
        background: ${cssVar('frames.inlineButtonBackground')};
        opacity: ${cssVar('frames.inlineButtonBackgroundIdleOpacity')};
        transition-property: inherit;
        transition-duration: inherit;
        transition-timing-function: inherit;
      }
      .copy button:hover > span,
      .copy button:focus:focus-visible > span {
        opacity: ${cssVar('frames.inlineButtonBackgroundHoverOrFocusOpacity')};
      }
      .copy button:active > span {
        opacity: ${cssVar('frames.inlineButtonBackgroundActiveOpacity')};
      }
    `,
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => {
        visitParents(renderData.blockAst, 'element', (/** @type {Element} */ node, ancestors) => {
          const parent = ancestors.at(-1);
          const grandparent = ancestors.at(-2);
          if (node.tagName === 'div') {
            const line = is(node, 'div', 'ec-line') && is(parent, 'code') && is(grandparent, 'pre');
            // Visited after its line, which is a <span> by then.
            const inLine = is(parent, 'span', 'ec-line');
            const buttonLayer = is(parent, 'button') && is(grandparent, 'div', 'copy');
            if (line || inLine || buttonLayer) node.tagName = 'span';
          }
          // A block that does not wrap may scroll sideways: focusable in the HTML itself, so the keyboard
          // reaches it before Expressive Code's script has measured it (axe: scrollable-region-focusable).
          if (node.tagName === 'pre' && !(Array.isArray(node.properties.className) && node.properties.className.includes('wrap'))) {
            node.properties.tabIndex = 0;
          }
          if (node.tagName === 'button' && typeof node.properties.dataCode === 'string') {
            node.properties.dataCode = node.properties.dataCode.replaceAll('\u007f', '\n');
          }
        });
      },
    },
  });
}
