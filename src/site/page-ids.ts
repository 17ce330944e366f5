/**
 * IDs unique within one rendered page and the same on every build (a random suffix made each
 * build differ, so the offline cache name and every page hash changed for nothing). Keyed by the
 * page's `Astro.locals`, which Astro creates once per page render.
 */
const counters = new WeakMap<object, number>();

export function pageId(locals: object, prefix: string): string {
  const n = (counters.get(locals) ?? 0) + 1;
  counters.set(locals, n);
  return `${prefix}-${n}`;
}
