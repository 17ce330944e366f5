/** ESM stand-in for `use-isomorphic-layout-effect` (see use-sync-external-store-with-selector.ts). */
import { useLayoutEffect } from 'preact/hooks';
export default useLayoutEffect;
