// @ts-check
/**
 * Nu HTML Checker messages that are wrong about this site's markup, for scripts/html-validate.mjs.
 * Each is matched by its exact text and by the markup it points at, so the same message about
 * anything else still fails the gate (tests/unit/html-gate.test.ts).
 */

/**
 * @typedef {object} KnownFalsePositive
 * @property {string} message the checker's exact message
 * @property {string} reason why it is wrong, printed by the gate
 * @property {(markup: string) => boolean} matches whether the markup the message points at is the known case
 */

/** @type {KnownFalsePositive[]} */
export const KNOWN_FALSE_POSITIVES = [
  {
    message: 'CSS: “--”: Parse Error.',
    reason:
      'Expressive Code colours code tokens with custom properties named --0, --1 (one per theme). ' +
      'CSS Syntax 3 allows a digit after "--" in an ident (css-syntax-3 §4.3.9), so these are valid; ' +
      "the checker's CSS parser rejects them. Matched only for a <span> start tag whose style attribute " +
      'consists of well-formed custom properties, one of them named --<digit>.',
    matches: (markup) => {
      const style = /^<span style="([^"]*)">$/.exec(markup)?.[1];
      if (style === undefined) return false;
      const declarations = style.split(';');
      return declarations.every((d) => /^--[A-Za-z0-9_-]+:[^:;]+$/.test(d)) && declarations.some((d) => /^--[0-9]/.test(d));
    },
  },
];
