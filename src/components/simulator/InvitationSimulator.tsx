/** Island entry for the invitation flow: only this flow's machine goes into the page's bundle. */
import { invitationFlow } from '~/domain/flows/invitation';
import type { FlowDefinition } from '~/domain/flow';
import { invitationPicture } from '~/domain/pictures/invitation';
import { PremiseNotice } from './PremiseNotice';
import { SimulatorShell } from './SimulatorShell';
import type { SimulatorData } from './types';

export default function InvitationSimulator(props: SimulatorData & { headingLevel?: 'h2' | 'h3' }) {
  return <SimulatorShell {...props} flow={invitationFlow as unknown as FlowDefinition} picture={invitationPicture} Premise={PremiseNotice} />;
}
