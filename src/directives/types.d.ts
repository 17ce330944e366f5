import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when the reader reaches for the island, or at once for a scenario link (engaged.ts). */
    'client:engaged'?: boolean;
  }
}
