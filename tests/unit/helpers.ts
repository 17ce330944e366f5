import { replay, stateText, type FlowDefinition, type Given } from '../../src/domain/flow';
import { invitationFlow } from '../../src/domain/flows/invitation';

/** Run the invitation flow from inputs and event types; returns what a reader would see. */
export function runInvitation(given: Partial<Given>, events: string[]) {
  const flow = invitationFlow as unknown as FlowDefinition;
  const run = replay(flow, given as Given, events.map((type) => ({ type })));
  return {
    steps: run.steps.map((s) => ({ event: s.event.type, accepted: s.accepted, rule: s.rejection?.rule, state: stateText(s.snapshot.value) })),
    state: stateText(run.final.value),
    ...flow.outcome(run.final),
  };
}

export const HAPPY = ['SEND_INVITATION', 'OPEN_LINK', 'ACCEPT_INVITATION'];
