/** Island entry for the dap-revocation flow: only this flow's machine goes into the page's bundle. */
import { dapRevocationFlow } from '~/domain/flows/dap-revocation';
import type { FlowDefinition } from '~/domain/flow';
import { dapRevocationPicture } from '~/domain/pictures/dap-revocation';
import { PremiseNotice } from './PremiseNotice';
import { SimulatorShell } from './SimulatorShell';
import type { SimulatorData } from './types';

export default function DapRevocationSimulator(props: SimulatorData & { headingLevel?: 'h2' | 'h3' }) {
  return <SimulatorShell {...props} flow={dapRevocationFlow as unknown as FlowDefinition} picture={dapRevocationPicture} Premise={PremiseNotice} />;
}
