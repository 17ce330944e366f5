/**
 * Parts of compare mode no one needs to read the page: reading and writing its link (with the
 * scenario parser behind it), the trace and its English half. They load on first use, as the
 * simulator's do, through the same `once` (src/lib/once.ts).
 */
import { once } from '~/lib/once';

export const loadCompareLink = once(() => import('~/domain/compare-link'));
export const loadCompareTrace = once(() => import('./compare-trace'));
export const loadCompareEnglish = once(() => import('./english'));
