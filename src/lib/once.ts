/**
 * A loader that loads once: one promise per module, so callbacks run in the order they asked; a
 * failed fetch (offline, a new deployment) is forgotten, so the next call tries again.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
