/**
 * Parts of the simulator that no one needs to see the page: reading a link, copying a trace,
 * presenter mode. They load on first use, which keeps simulator pages within their page-weight
 * budget (scripts/budget.mjs). One promise per module, so callbacks run in the order they asked.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      // A failed fetch (offline, a new deployment) may succeed on the next try.
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

export const loadPermalink = once(() => import('./address'));
export const loadShare = once(() => import('./share'));
export const loadPresenterBar = once(() => import('./PresenterBar'));
