/**
 * Parts of the simulator that no one needs to see the page: reading a link, copying a trace,
 * presenter mode. They load on first use, which keeps simulator pages within their page-weight
 * budget (scripts/budget.mjs). One promise per module, so callbacks run in the order they asked.
 */
import { once } from '~/lib/once';

export const loadPermalink = once(() => import('./address'));
export const loadShare = once(() => import('./share'));
export const loadPresenterBar = once(() => import('./PresenterBar'));
