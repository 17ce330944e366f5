/** Compare island for the multi-partner flow: only this flow's machine goes into the page's bundle. */
import { multiPartnerFlow } from '~/domain/flows/multi-partner';
import type { FlowDefinition } from '~/domain/flow';
import { PremiseNotice } from '../simulator/PremiseNotice';
import { CompareView } from './CompareView';
import type { CompareData } from './types';

export default function MultiPartnerCompare(props: CompareData) {
  return <CompareView {...props} flow={multiPartnerFlow as unknown as FlowDefinition} Premise={PremiseNotice} />;
}
