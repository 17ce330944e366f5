/** Compare island for the indirect-reseller flow: only this flow's machine goes into the page's bundle. */
import { indirectResellerFlow } from '~/domain/flows/indirect-reseller';
import type { FlowDefinition } from '~/domain/flow';
import { PremiseNotice } from '../simulator/PremiseNotice';
import { CompareView } from './CompareView';
import type { CompareData } from './types';

export default function IndirectResellerCompare(props: CompareData) {
  return <CompareView {...props} flow={indirectResellerFlow as unknown as FlowDefinition} Premise={PremiseNotice} />;
}
