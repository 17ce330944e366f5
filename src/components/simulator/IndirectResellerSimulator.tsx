/** Island entry for the indirect-reseller flow: only this flow's machine goes into the page's bundle. */
import { indirectResellerFlow } from '~/domain/flows/indirect-reseller';
import type { FlowDefinition } from '~/domain/flow';
import { indirectResellerPicture } from '~/domain/pictures/indirect-reseller';
import { PremiseNotice } from './PremiseNotice';
import { SimulatorShell } from './SimulatorShell';
import type { SimulatorData } from './types';

export default function IndirectResellerSimulator(props: SimulatorData & { headingLevel?: 'h2' | 'h3' }) {
  return <SimulatorShell {...props} flow={indirectResellerFlow as unknown as FlowDefinition} picture={indirectResellerPicture} Premise={PremiseNotice} />;
}
