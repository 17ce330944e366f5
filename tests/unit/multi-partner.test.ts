/**
 * The multi-partner flow by rule ID where issue 11 found gaps: the second reseller that sells a
 * service the customer does not have yet (MP-01), and one answer to the multichannel question
 * whichever move comes first (MC-01, AMB-04).
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/domain/scenario';
import type { FlowEvent, Given } from '../../src/domain/flow';

const request = (partner: string, dap: boolean): FlowEvent => ({ type: 'REQUEST_RELATIONSHIP', partner, dap });
const accept = (partner: string): FlowEvent => ({ type: 'CUSTOMER_ACCEPTS', partner });
const removeDap = (partner: string): FlowEvent => ({ type: 'CUSTOMER_REMOVES_DAP', partner });
const provision = (partner: string, service: string): FlowEvent => ({ type: 'PARTNER_ACTION', partner, action: 'provisionSubscription', service });
const run = (given: Given, steps: FlowEvent[]) => runScenario({ flow: 'multi-partner', given, steps });

describe('multi-partner', () => {
  it('MP-01: a second reseller sells a service the customer does not have yet', () => {
    const r = run({ m365: true, azure: false, dynamics365: false }, [request('B', false), accept('B'), provision('B', 'dynamics365')]);
    expect(r.steps.every((s) => s.accepted)).toBe(true);
    expect(r.final.outcome).toBe('established');
    expect(r.final.facts).toMatchObject({ 'transacting:dynamics365': 'B', 'partnerOfRecord:dynamics365': 'not-applicable', 'partnerOfRecord:m365': 'A' });
  });

  it('INV-12: only provisioning starts a service nobody sells; other actions there have no subscription to act on', () => {
    const r = run({ m365: true, azure: false, dynamics365: false }, [request('B', false), accept('B'), { type: 'PARTNER_ACTION', partner: 'B', action: 'removeSeats', service: 'azure' }]);
    expect(r.steps.at(-1)).toMatchObject({ accepted: false, rejectedBy: 'INV-12' });
  });

  it('MC-01/AMB-04: DAP first or the subscription first, a second CSP-transacting DAP partner gets one answer', () => {
    const given = { cloud: '21vianet' };
    const dapFirst = run(given, [request('B', true), accept('B'), provision('B', 'm365')]);
    const sellFirst = run(given, [request('B', true), accept('B'), removeDap('B'), provision('B', 'm365'), request('B', true), accept('B')]);
    for (const r of [dapFirst, sellFirst]) {
      expect(r.final.outcome).toBe('ambiguous');
      expect(r.final.ambiguities).toEqual(['AMB-04']);
      expect(r.final.rules).toContain('MC-01');
    }
  });

  it('MC-01: with A’s DAP removed first, B becomes the only CSP-transacting partner holding DAP', () => {
    const r = run({ cloud: '21vianet' }, [request('B', true), accept('B'), removeDap('A'), provision('B', 'm365')]);
    expect(r.final.outcome).toBe('established');
    expect(r.final.facts).toMatchObject({ 'dapTransacting:m365': 'B', 'transacting:m365': 'A, B' });
  });
});
