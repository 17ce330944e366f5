/**
 * How the simulator is shown, kept in its address beside the scenario: `present` (presenter mode)
 * and `story` (a trainer's story; it implies presenter mode). They are not part of the scenario,
 * so the scenario parser never sees them, and a copied link keeps them.
 */
export interface View {
  present: boolean;
  story: string | null;
}

const VIEW_KEYS = ['present', 'story'];

/** The query without the view's parameters, and the view they asked for. */
export function splitView(search: string): { scenario: string; view: View } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return { scenario: search, view: { present: false, story: null } };
  }
  const story = params.get('story');
  const view = { present: params.has('present') || story !== null, story: story || null };
  if (!VIEW_KEYS.some((k) => params.has(k))) return { scenario: search, view };
  for (const key of VIEW_KEYS) params.delete(key);
  const rest = params.toString();
  return { scenario: rest ? `?${rest}` : '', view };
}

/** A scenario query (`?…` or empty) with the view's parameters added. */
export function withView(query: string, view: View): string {
  const extra = view.story ? `story=${encodeURIComponent(view.story)}` : view.present ? 'present' : '';
  if (!extra) return query;
  return query ? `${query}&${extra}` : `?${extra}`;
}
