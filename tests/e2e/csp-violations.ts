import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/** Collects every Content Security Policy violation the page reports, from its first script on. */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  return () => page.evaluate(() => window.__cspViolations);
}
