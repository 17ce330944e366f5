/**
 * The English half of a copied comparison for readers in Korean or Chinese. Loaded with the trace
 * on first copy, not carried in the page's island data.
 */
import type { FlowId } from '~/domain/flow';
import { uiEn } from '~/i18n/ui.en';
import { rulesEn } from '~/i18n/rules.en';
import { citationsFrom } from '~/site/citations';
import type { CitationInfo } from '../simulator/types';
import type { CompareStrings } from './types';

export function englishCompare(flow: FlowId): { strings: CompareStrings; citations: Record<string, CitationInfo> } {
  return { strings: { sim: uiEn.sim, clouds: uiEn.clouds, flow: uiEn.flows[flow], compare: uiEn.compare }, citations: citationsFrom(rulesEn, 'en') };
}
