/**
 * The English half of a copied trace for readers in Korean or Chinese (support tickets are often
 * read in English). Loaded with the trace on first copy, not carried in every page's island data.
 */
import type { FlowId } from '~/domain/flow';
import { uiEn } from '~/i18n/ui.en';
import { rulesEn } from '~/i18n/rules.en';
import { citationsFrom } from '~/site/citations';
import type { CitationInfo, SimulatorStrings } from './types';

export function englishFor(flow: FlowId): { strings: Omit<SimulatorStrings, 'map'>; citations: Record<string, CitationInfo> } {
  return { strings: { sim: uiEn.sim, clouds: uiEn.clouds, flow: uiEn.flows[flow] }, citations: citationsFrom(rulesEn, 'en') };
}
