/** Every flow by ID: the scenario runner, the explorer and the tests find machines here. */
import type { FlowDefinition, FlowId } from '../flow';
import { dapRevocationFlow } from './dap-revocation';
import { gdapFlow } from './gdap';
import { indirectResellerFlow } from './indirect-reseller';
import { invitationFlow } from './invitation';
import { multiPartnerFlow } from './multi-partner';

export const FLOWS: Record<FlowId, FlowDefinition> = {
  gdap: gdapFlow as unknown as FlowDefinition,
  invitation: invitationFlow as unknown as FlowDefinition,
  'dap-revocation': dapRevocationFlow as unknown as FlowDefinition,
  'multi-partner': multiPartnerFlow as unknown as FlowDefinition,
  'indirect-reseller': indirectResellerFlow as unknown as FlowDefinition,
};
