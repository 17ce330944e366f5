/** Compare island for the invitation flow: only this flow's machine goes into the page's bundle. */
import { invitationFlow } from '~/domain/flows/invitation';
import type { FlowDefinition } from '~/domain/flow';
import { PremiseNotice } from '../simulator/PremiseNotice';
import { CompareView } from './CompareView';
import type { CompareData } from './types';

export default function InvitationCompare(props: CompareData) {
  return <CompareView {...props} flow={invitationFlow as unknown as FlowDefinition} Premise={PremiseNotice} />;
}
