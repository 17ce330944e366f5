/**
 * What every host's headers say (host-headers.ts writes them in each host's format). The page
 * policies differ only in the hashes of each page's inline scripts and styles, so one header policy
 * allows the union of them; each page's own <meta> policy still applies on top, so no page gets
 * more than it had. Added here, because a <meta> policy cannot carry it: frame-ancestors.
 */
export interface HeaderPlan {
  base: string;
  /** Headers on every response. */
  everywhere: Record<string, string>;
  /** Pages: framed by the site itself only. */
  pagePolicy: string;
  /** Embed pages: framed by any site (that is what they are for). */
  embedPolicy: string;
  /** Path patterns of the pages (every locale folder but its embed/), and of the embed pages. */
  pagePatterns: string[];
  embedPatterns: string[];
  immutable: string;
}

/** The union of several policies, directive by directive, sources in first-seen order. */
export function unionPolicy(policies: readonly string[]): string {
  const directives = new Map<string, string[]>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name) ?? [];
      for (const s of sources) if (!known.includes(s)) known.push(s);
      directives.set(name, known);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** `folders`: each locale folder of the build and the folders in it (guides, simulators, embed…). */
export function headerPlan(policies: readonly string[], base: string, folders: Readonly<Record<string, readonly string[]>>): HeaderPlan {
  if (policies.length === 0) throw new Error('host headers: no page has a Content-Security-Policy <meta>; is security.csp still set in astro.config.mjs?');
  const union = unionPolicy(policies.map((p) => p.replace(/;?\s*frame-ancestors[^;]*/g, '')));
  return {
    base,
    everywhere: {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
    pagePolicy: `${union}; frame-ancestors 'self'`,
    embedPolicy: `${union}; frame-ancestors *`,
    // The home chooser and 404 page at the base, and each locale's folders but embed/: patterns
    // that never overlap, since some hosts join the values of two matching rules.
    pagePatterns: [base, `${base}index.html`, `${base}404.html`, ...Object.entries(folders).flatMap(([l, dirs]) => [`${base}${l}/`, ...dirs.filter((d) => d !== 'embed').map((d) => `${base}${l}/${d}/*`)])],
    embedPatterns: Object.entries(folders).filter(([, dirs]) => dirs.includes('embed')).map(([l]) => `${base}${l}/embed/*`),
    immutable: 'public, max-age=31536000, immutable',
  };
}
