/**
 * Which query parameters carry a scenario. Tracking parameters (utm_*) are added by mail and chat
 * tools and are never part of one. Dependency-free on purpose: the client:engaged directive,
 * inlined into every simulator page, asks this too.
 */
export function isTrackingParam(key: string): boolean {
  return key.startsWith('utm_');
}

/** Whether a query carries a scenario at all (tracking parameters alone do not); unreadable text does. */
export function hasScenarioParams(search: string): boolean {
  try {
    const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
    return [...params.keys()].some((key) => !isTrackingParam(key));
  } catch {
    return true;
  }
}
