/**
 * Parts of compare mode no one needs to read the page: reading and writing its link (with the
 * scenario parser behind it), the trace and its English half. They load on first use, as the
 * simulator's do (../simulator/on-demand.ts). One promise per module; a failed fetch may be retried.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

export const loadCompareLink = once(() => import('~/domain/compare-link'));
export const loadCompareTrace = once(() => import('./compare-trace'));
export const loadCompareEnglish = once(() => import('./english'));
