/**
 * Publishing under another address (issue 15): SITE and BASE are read and checked with clear
 * messages, and the links pages write by site path are put under the base path.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, siteAddress } from '../../src/integrations/site-address';
import { baseLinks } from '../../src/lib/base-links';
import { underBase } from '../../src/site/base';

describe('siteAddress', () => {
  it('defaults to the placeholder origin at /', () => {
    expect(siteAddress({})).toEqual({ site: DEFAULT_SITE, base: '/' });
    expect(siteAddress({ SITE: ' ', BASE: '' })).toEqual({ site: DEFAULT_SITE, base: '/' });
  });
  it('reads an origin and a base path, adding the slashes a path needs', () => {
    expect(siteAddress({ SITE: 'https://org.github.io', BASE: '/csp-guide' })).toEqual({ site: 'https://org.github.io', base: '/csp-guide/' });
    expect(siteAddress({ SITE: 'http://intranet.local:8080/', BASE: '/docs/csp/' })).toEqual({ site: 'http://intranet.local:8080', base: '/docs/csp/' });
  });
  it('takes the path of SITE as the base when BASE is not set', () => {
    expect(siteAddress({ SITE: 'https://org.github.io/csp-guide/' })).toEqual({ site: 'https://org.github.io', base: '/csp-guide/' });
  });
  it('refuses what cannot be an address, saying what is expected', () => {
    expect(() => siteAddress({ SITE: 'org.github.io' })).toThrow(/SITE must be an absolute address such as https:\/\/org\.github\.io/);
    expect(() => siteAddress({ SITE: 'ftp://org.example' })).toThrow(/https:\/\/ or http:\/\//);
    expect(() => siteAddress({ SITE: 'https://org.example/?x=1' })).toThrow(/no query/);
    expect(() => siteAddress({ BASE: 'csp-guide' })).toThrow(/BASE must be a path that starts with "\/"/);
    expect(() => siteAddress({ BASE: '/a//b/' })).toThrow(/BASE must be a path/);
    expect(() => siteAddress({ BASE: '/a b/' })).toThrow(/BASE must be a path/);
  });
});

describe('base links', () => {
  it('puts root-relative links under the base path, and leaves the rest', () => {
    const under = underBase('/csp-guide/');
    expect(under('/ko/guides/gdap/#rule-gdap-01')).toBe('/csp-guide/ko/guides/gdap/#rule-gdap-01');
    for (const other of ['https://learn.microsoft.com/', '#sources', '//cdn.example/x', 'relative/x/']) expect(under(other)).toBe(other);
  });
  it('changes nothing at /, and never prefixes twice', () => {
    expect(underBase('/')('/ko/')).toBe('/ko/');
    expect(underBase('/csp-guide')('/csp-guide/ko/')).toBe('/csp-guide/ko/');
  });
  it('rewrites a link element through the processor, and leaves an href that is not text', () => {
    const plugin = baseLinks({ base: '/csp-guide/' });
    const set: [string, unknown][] = [];
    const ctx = { setProperty: (_node: unknown, key: string, value: unknown) => void set.push([key, value]) };
    const visit = (plugin.element as { visit: (n: unknown, c: unknown) => void }[])[0]!.visit;
    visit({ properties: { href: '/en/reference/glossary/' } }, ctx);
    for (const href of ['https://example.com/', undefined, 3]) visit({ properties: { href } }, ctx);
    visit({}, ctx);
    expect(set).toEqual([['href', '/csp-guide/en/reference/glossary/']]);
  });
});
