import { describe, expect, it } from 'vitest';
import { KNOWN_FALSE_POSITIVES } from '../../scripts/html-known-false-positives.mjs';

// The gate skips a checker message only where it is known to be wrong: the same message about
// other markup must still count.
describe('valid HTML gate: known checker false positives', () => {
  const [cssDigit] = KNOWN_FALSE_POSITIVES.filter((k) => k.message === 'CSS: “--”: Parse Error.');

  it('is listed once, with a reason', () => {
    expect(cssDigit).toBeDefined();
    expect(cssDigit!.reason).toMatch(/CSS Syntax 3/);
  });

  it('matches Expressive Code token spans: custom properties named --<digit>', () => {
    for (const markup of [
      '<span style="--0:#D6DEEB;--1:#403F53">',
      '<span style="--0:#C792EA;--1:#8844AE;--0fs:italic;--1fs:italic">',
      '<span style="--1bg:#ff000033">',
    ]) {
      expect(cssDigit!.matches(markup), markup).toBe(true);
    }
  });

  it('does not match broken CSS, other names, other elements or partial markup', () => {
    for (const markup of [
      '<span style="--0:#fff;colr red">', // a broken declaration beside the known case
      '<span style="--0:#fff;color:">', // an empty value
      '<span style="--x:#fff">', // no digit: the checker accepts these, so an error here is real
      '<span style="color:var(--0)">', // not only custom properties
      '<div style="--0:#fff">', // not Expressive Code's token span
      '<span style="--0:#fff" hidden>', // another attribute
      '<span style="--0:#fff', // cut short
      '',
    ]) {
      expect(cssDigit!.matches(markup), markup).toBe(false);
    }
  });
});
