/** Compare island for the dap-revocation flow: only this flow's machine goes into the page's bundle. */
import { dapRevocationFlow } from '~/domain/flows/dap-revocation';
import type { FlowDefinition } from '~/domain/flow';
import { PremiseNotice } from '../simulator/PremiseNotice';
import { CompareView } from './CompareView';
import type { CompareData } from './types';

export default function DapRevocationCompare(props: CompareData) {
  return <CompareView {...props} flow={dapRevocationFlow as unknown as FlowDefinition} Premise={PremiseNotice} />;
}
