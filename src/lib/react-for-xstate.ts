/**
 * The part of React that @xstate/react uses, on Preact's core and hooks. The build points
 * @xstate/react (and the use-sync-external-store shims) here instead of `preact/compat`, so the
 * simulators' browser bundle does not carry all of compat (about 2 KB gzip) for six hooks.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

export { createContext, createElement } from 'preact';
export { useCallback, useContext, useDebugValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

interface Store<T> {
  value: T;
  getSnapshot: () => T;
}

/** Whether the store moved on since the last render (a throwing getSnapshot counts as a change, as in React). */
function changed<T>(store: Store<T>): boolean {
  try {
    return !Object.is(store.value, store.getSnapshot());
  } catch {
    return true;
  }
}

/** Preact compat's `useSyncExternalStore` (MIT, preact/compat/src/hooks.js), typed. */
export function useSyncExternalStore<T>(subscribe: (onChange: () => void) => () => void, getSnapshot: () => T): T {
  const value = getSnapshot();
  const [{ store }, forceUpdate] = useState<{ store: Store<T> }>({ store: { value, getSnapshot } });
  useLayoutEffect(() => {
    store.value = value;
    store.getSnapshot = getSnapshot;
    if (changed(store)) forceUpdate({ store });
  }, [subscribe, value, getSnapshot]);
  useEffect(() => {
    if (changed(store)) forceUpdate({ store });
    return subscribe(() => {
      if (changed(store)) forceUpdate({ store });
    });
  }, [subscribe]);
  return value;
}
