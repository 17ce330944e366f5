/**
 * The headers written for hosts (src/integrations/host-headers.ts, header-plan.ts): one policy
 * allowing what every page's own policy allows, frame-ancestors by kind of page, patterns that
 * never give one path two policies, and the same rules in each host's format.
 */
import { describe, expect, it } from 'vitest';
import { headerPlan, unionPolicy } from '../../src/integrations/header-plan';
import { netlifyHeaders, nginxSnippet, staticWebAppConfig } from '../../src/integrations/host-headers';

const A = "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'";
const B = "default-src 'self'; script-src 'self' 'sha256-b' 'sha256-a'; img-src 'self' data:";
const FOLDERS = { en: ['guides', 'simulators', 'embed'], ko: ['guides', 'simulators', 'embed'] };

describe('unionPolicy', () => {
  it('merges directives source by source, in first-seen order', () => {
    expect(unionPolicy([A, B])).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'; img-src 'self' data:");
  });
});

describe('headerPlan', () => {
  const plan = headerPlan([A, B], '/csp-guide/', FOLDERS);
  it('frames pages by the site only, embed pages by anyone', () => {
    expect(plan.pagePolicy.endsWith("; frame-ancestors 'self'")).toBe(true);
    expect(plan.embedPolicy.endsWith('; frame-ancestors *')).toBe(true);
    expect(plan.pagePolicy).toContain("'sha256-b'");
  });
  it('covers every page folder under the base, and embed pages apart from them', () => {
    expect(plan.pagePatterns).toEqual(['/csp-guide/', '/csp-guide/index.html', '/csp-guide/404.html', '/csp-guide/en/', '/csp-guide/en/guides/*', '/csp-guide/en/simulators/*', '/csp-guide/ko/', '/csp-guide/ko/guides/*', '/csp-guide/ko/simulators/*']);
    expect(plan.embedPatterns).toEqual(['/csp-guide/en/embed/*', '/csp-guide/ko/embed/*']);
    const overlaps = (p: string, q: string) => (p.endsWith('*') && q.startsWith(p.slice(0, -1))) || p === q;
    for (const e of plan.embedPatterns) for (const p of plan.pagePatterns) expect(overlaps(p, e) || overlaps(e, p), `${p} and ${e}`).toBe(false);
  });
  it('says what is wrong when no page has a policy', () => {
    expect(() => headerPlan([], '/', FOLDERS)).toThrow(/no page has a Content-Security-Policy/);
  });
});

describe('the hosts’ formats', () => {
  const plan = headerPlan([A], '/', FOLDERS);
  it('_headers: a block per pattern with indented headers', () => {
    const text = netlifyHeaders(plan);
    expect(text).toContain("/en/embed/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'; frame-ancestors *\n");
    expect(text).toContain('/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n');
    expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  });
  it('staticwebapp.config.json: global headers, embed routes that replace the policy', () => {
    const config = staticWebAppConfig(plan);
    expect(config.globalHeaders['Content-Security-Policy']).toBe(plan.pagePolicy);
    expect(config.routes[0]).toEqual({ route: '/en/embed/*', headers: { 'Content-Security-Policy': plan.embedPolicy } });
    expect(config.responseOverrides['404'].rewrite).toBe('/404.html');
  });
  it('nginx: every location repeats every header, since add_header in a location replaces the server’s', () => {
    const conf = nginxSnippet(plan);
    const locations = conf.split(/\nlocation /).slice(1);
    expect(locations).toHaveLength(4);
    for (const l of locations) expect(l).toMatch(/X-Content-Type-Options "nosniff" always;[\s\S]*Content-Security-Policy/);
    expect(conf).toContain('location ~ ^/[a-z-]+/embed/ {');
    // nginx's own serving redirects a folder to its slash, on the reader's own address.
    expect(conf).toMatch(/^absolute_redirect off;$/m);
    expect(conf).not.toContain('try_files');
  });
});
