/**
 * The HTTP headers the build writes for hosts (src/integrations/host-headers.ts), as served by
 * scripts/serve-dist.mjs from dist/_headers (HEADERS=1, set in playwright.config.ts, so every
 * browser test, the CSP ones included, runs under them): the policy as a header with
 * frame-ancestors, nosniff, a referrer policy, a long cache for hashed files; an embed page
 * framed by another site shows its simulator, any other page refuses to be framed there; a folder
 * without its slash redirects to it, and a missing page is the site's 404 page.
 * The nginx smoke test (playwright.nginx.config.ts) runs these against nginx and the snippet the
 * build wrote, for a build under SITE_BASE.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, SITE_BASE as BASE } from './fixtures';

test('pages, embed pages and hashed files carry their headers', async ({ request }) => {
  const page = await request.get(`${BASE}ko/guides/gdap/`);
  const headers = page.headers();
  expect(headers['content-security-policy'], 'a page: the policy as a header').toMatch(/script-src 'self'.*; frame-ancestors 'self'$/);
  expect(headers['content-security-policy']).not.toContain(',');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const embed = (await request.get(`${BASE}zh-tw/embed/gdap/`)).headers();
  expect(embed['content-security-policy'], 'an embed page').toMatch(/; frame-ancestors \*$/);
  const html = await page.text();
  const asset = new RegExp(`${BASE}_astro/[^"]+\\.js`).exec(html)?.[0];
  expect(asset, 'a hashed script on the page').toBeTruthy();
  expect((await request.get(asset!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get(`${BASE}sw.js`)).headers()['cache-control']).toBe('no-cache');
});

// Without the console-error check: the refused frame logs an error by design.
test('another site can frame an embed page, not a guide', async ({ page, baseURL }) => {
  const site = new URL(baseURL!).origin;
  // Another site: a page on another port of the loopback (a real server, so that Chromium sees
  // a local page framing a local one, which is what the header then decides).
  const portal = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Partner portal</title><iframe name="embed" src="${site}${BASE}en/embed/invitation/"></iframe><iframe name="guide" src="${site}${BASE}en/guides/gdap/"></iframe>`);
  });
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(portal.address() as AddressInfo).port}/`);
    const embed = page.frame({ name: 'embed' })!;
    await expect(embed.locator('[data-flow]').first()).toBeVisible();
    const guide = page.frame({ name: 'guide' })!;
    await expect.poll(async () => guide.url(), { message: 'the guide is not shown inside another site' }).not.toBe(`${site}${BASE}en/guides/gdap/`);
    await expect(guide.locator('#_top'), 'no guide content in the refused frame').toHaveCount(0);
  } finally {
    portal.close();
  }
});

test('a folder without its slash redirects to it; a missing page is the 404 page', async ({ request }) => {
  // Relative links (the premise notice's) resolve only from the address with the slash.
  const folder = await request.get(`${BASE}ko/simulators/gdap`, { maxRedirects: 0 });
  expect(folder.status()).toBe(301);
  expect(new URL(folder.headers()['location']!, 'http://host').pathname).toBe(`${BASE}ko/simulators/gdap/`);
  const missing = await request.get(`${BASE}en/no-such-page/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text(), "the site's own 404 page").toContain('<title>404');
  expect(missing.headers()['x-content-type-options']).toBe('nosniff');
});
