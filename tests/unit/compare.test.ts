/** Compare mode: two scenarios over one list of steps, what differs, and the one link holding both. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLOWS } from '../../src/domain/flows';
import { FLOW_IDS, replay, step, type FlowDefinition, type FlowEvent, type Given, type GivenValue, type InputField } from '../../src/domain/flow';
import { baselineFor, compareScenarios, countDifferences, examplePath, hasDifferences, sharedSteps } from '../../src/domain/compare';
import { comparePath, decodeCompare, encodeCompare } from '../../src/domain/compare-link';
import { decodeScenario, encodeScenario } from '../../src/domain/permalink';
import { anyText, DOMAIN_WORDS, expectClearErrors, flowIds, PROTOTYPE_KEYS, prototypeSnapshot, expectUnpolluted, SCRIPT_PAYLOADS, validScenario } from './hostile-inputs';

/** A value other than the default: the flip of a box, another choice, the other end of a range, a date. */
function otherValue(field: InputField, current: GivenValue | undefined, side: 'a' | 'b'): GivenValue {
  switch (field.kind) {
    case 'boolean':
      return current !== true;
    case 'choice':
      return (side === 'a' ? field.options : [...(field.options ?? [])].reverse())?.find((o) => o !== current) ?? null;
    case 'number':
      return current === field.min ? (field.max ?? 0) : (field.min ?? 0);
    case 'date':
      return side === 'a' ? '2023-09-01' : '2023-10-11';
  }
}

/** Side A changes the first half of the inputs, side B the second half and the date. */
function twoSides(flow: FlowDefinition): { a: Given; b: Given } {
  const half = Math.ceil(flow.fields.length / 2);
  const a: Given = {};
  const b: Given = {};
  flow.fields.forEach((field, i) => {
    if (i < half || field.kind === 'date') a[field.key] = otherValue(field, flow.defaults[field.key], 'a');
    if (i >= half || field.kind === 'date') b[field.key] = otherValue(field, flow.defaults[field.key], 'b');
  });
  return { a, b };
}

/** A few steps worth taking: accepted in A where possible, valid in both columns. */
function someSteps(flow: FlowDefinition, a: Given, b: Given, count = 4): FlowEvent[] {
  const events: FlowEvent[] = [];
  let snapshot = replay(flow, a, []).final;
  for (let i = 0; i < count; i++) {
    const candidates = sharedSteps(flow, a, b, flow.candidateEvents(snapshot));
    const pick = candidates.find((e) => step(flow, snapshot, e).accepted) ?? candidates[0];
    if (!pick) break;
    events.push(pick);
    snapshot = step(flow, snapshot, pick).snapshot;
  }
  return events;
}

describe('compare link', () => {
  it.each(FLOW_IDS)('%s: round trip with non-default inputs on both sides', (id) => {
    const flow = FLOWS[id];
    const { a, b } = twoSides(flow);
    const steps = someSteps(flow, a, b);
    expect(steps.length).toBeGreaterThan(0);
    const link = encodeCompare(flow, { a, b, steps });
    expect(link).toMatch(/^\?steps=/);
    expect(link).toContain('&a.');
    expect(link).toContain('&b.');
    const decoded = decodeCompare(flow, link);
    expect(decoded.ok, JSON.stringify(decoded)).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.compare.a).toEqual({ ...flow.defaults, ...a });
    expect(decoded.compare.b).toEqual({ ...flow.defaults, ...b });
    expect(decoded.compare.steps).toEqual(steps);
    // The canonical form: encoding what was decoded gives the same link.
    expect(encodeCompare(flow, decoded.compare)).toBe(link);
    // Each column is the scenario its simulator link would give.
    for (const [side, given] of [['a', a], ['b', b]] as const) {
      const single = decodeScenario(flow, encodeScenario(flow, { given, steps }));
      expect(single.ok && single.scenario.given).toEqual(decoded.compare[side]);
      expect(single.ok && single.scenario.steps).toEqual(steps);
    }
  });

  it('is readable: one shared steps, a./b. prefixes, defaults left out', () => {
    const flow = FLOWS.invitation;
    const steps = [{ type: 'SEND_INVITATION' }, { type: 'OPEN_LINK' }];
    expect(encodeCompare(flow, { a: { cloud: 'global' }, b: { cloud: '21vianet' }, steps })).toBe('?steps=SEND_INVITATION,OPEN_LINK&b.cloud=21vianet');
    expect(encodeCompare(flow, { a: { includeDap: false }, b: { asOf: '2023-10-11' }, steps: [] })).toBe('?a.includeDap=false&b.asOf=2023-10-11');
    expect(encodeCompare(flow, { a: {}, b: {}, steps: [] })).toBe('');
    expect(comparePath(FLOWS['dap-revocation'], { a: {}, b: { cloud: 'usgov' }, steps: [{ type: 'CUSTOMER_REMOVES_DAP', scope: 'all-partners' }] }, 'ko')).toBe(
      '/ko/compare/dap-revocation/?steps=CUSTOMER_REMOVES_DAP(scope:all-partners)&b.cloud=usgov',
    );
  });

  it('an empty query, or tracking parameters alone, is the default comparison', () => {
    for (const query of ['', '?', '?utm_source=mail']) {
      const r = decodeCompare(FLOWS.gdap, query);
      expect(r).toEqual({ ok: true, compare: { a: FLOWS.gdap.defaults, b: FLOWS.gdap.defaults, steps: [] } });
    }
  });

  const bad: [string, string, RegExp][] = [
    ['an unknown input in A', '?a.clod=usgov', /^a\.clod$/],
    ['a bad value in B', '?b.cloud=mars', /^b\.cloud$/],
    ['a bad boolean', '?a.includeDap=yes', /^a\.includeDap$/],
    ['a date that does not exist', '?b.asOf=2023-02-30', /^b\.asOf$/],
    ['an input without a column', '?cloud=usgov', /^cloud$/],
    ['steps given to a column', '?a.steps=SEND_INVITATION', /^a\.steps$/],
    ['an unknown step (reported once for both columns)', '?steps=SEND_INVITATION,ACEPT', /^steps\[2\]$/],
    ['unbalanced parenthesis', '?steps=SEND_INVITATION(x', /^steps$/],
    ['an input given twice', '?b.cloud=usgov&b.cloud=global', /^b\.cloud$/],
    ['steps given twice', '?steps=OPEN_LINK&steps=SEND_INVITATION', /^steps$/],
    ['a script in a parameter', '?a.cloud=%3Cscript%3Ealert(1)%3C/script%3E', /^a\.cloud$/],
    ['too long', `?steps=${'OPEN_LINK,'.repeat(2000)}`, /^$/],
  ];
  it.each(bad)('rejects a link with %s, naming the place', (_name, query, place) => {
    const r = decodeCompare(FLOWS.invitation, query);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.some((e) => place.test(e.path)), JSON.stringify(r.errors)).toBe(true);
  });

  it('a step valid in one column only is named with its column', () => {
    // Partner D exists only with four partners.
    const r = decodeCompare(FLOWS['multi-partner'], '?steps=CUSTOMER_ACCEPTS(partner:D)&a.partners=4');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual(['b: steps[1].partner']);
  });

  it('hostile links: never a throw, always two valid scenarios or errors with a place and a message in every locale', () => {
    const pristine = prototypeSnapshot();
    const name = fc.oneof(
      fc.constantFrom('steps', 'utm_source', ...DOMAIN_WORDS.slice(0, 20)).map((k) => k),
      fc.tuple(fc.constantFrom('a.', 'b.', 'c.', ''), fc.oneof(fc.constantFrom(...DOMAIN_WORDS, ...PROTOTYPE_KEYS, 'steps', ''), anyText)).map(([p, k]) => `${p}${k}`),
    );
    const value = fc.oneof(fc.constantFrom(...DOMAIN_WORDS, ...SCRIPT_PAYLOADS, 'true', 'false', '2023-10-11', ''), anyText);
    // A lone surrogate cannot be percent-encoded: it stays raw, as a hand-typed address would.
    const enc = (t: string) => {
      try {
        return encodeURIComponent(t).replace(/%2C/g, ',');
      } catch {
        return t;
      }
    };
    const query = fc.array(fc.tuple(name, value), { maxLength: 6 }).map((pairs) => `?${pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&')}`);
    // Two real scenarios of one flow, as a compare link, with a part of it cut off or doubled.
    const real = flowIds.chain((flow) =>
      fc.tuple(fc.constant(flow), validScenario.filter((s) => s.flow === flow), validScenario.filter((s) => s.flow === flow), fc.nat(400), fc.boolean()),
    );
    fc.assert(
      fc.property(flowIds, query, (flow, q) => {
        const r = decodeCompare(FLOWS[flow], q);
        if (!r.ok) expectClearErrors(r.errors);
        else for (const side of ['a', 'b'] as const) expect(Object.keys(r.compare[side]).sort()).toEqual(FLOWS[flow].fields.map((f) => f.key).sort());
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(real, ([flow, one, two, cut, twice]) => {
        const link = encodeCompare(FLOWS[flow], { a: one.given, b: two.given, steps: one.steps });
        const bent = twice ? `${link}&${link.slice(1)}` : link.slice(0, cut);
        const r = decodeCompare(FLOWS[flow], bent);
        if (!r.ok) expectClearErrors(r.errors);
        if (bent === link && sharedSteps(FLOWS[flow], one.given, two.given, one.steps).length === one.steps.length) expect(r.ok, bent).toBe(true);
      }),
      { numRuns: 300 },
    );
    expectUnpolluted(pristine);
  }, 180_000);

  it('never throws, whatever the text', () => {
    const samples = ['%', '%E0%A4%A', '?a.=1', '?=', '?a.__proto__=1', '?b.constructor=x', '?steps=(((', '?steps=A(type:B)', '\u0000', '?a.cloud=\uD800', `?${'a.x=1&'.repeat(3000)}`];
    for (const s of samples) expect(() => decodeCompare(FLOWS['multi-partner'], s)).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('compare', () => {
  const invitationSteps: FlowEvent[] = [{ type: 'SEND_INVITATION' }, { type: 'OPEN_LINK' }, { type: 'ACCEPT_INVITATION' }];

  it('global against 21Vianet: the facts and rules that differ', () => {
    const c = compareScenarios(FLOWS.invitation, { cloud: 'global' }, { cloud: '21vianet' }, invitationSteps);
    expect(c.steps.map((s) => [s.a.state, s.b.state])).toEqual([
      ['sent', 'sent'],
      ['reviewing', 'reviewing'],
      ['established', 'established'],
    ]);
    expect(c.outcomeDiffers).toBe(false);
    // DAP: none in today's global cloud (INV-14), always in 21Vianet (INV-07).
    expect(c.facts).toContainEqual({ key: 'dap', a: false, b: true });
    expect(c.facts).toContainEqual({ key: 'acceptedIn', a: 'm365AdminCenter', b: 'o365AdminCenter21Vianet' });
    // Not documented (null) against documented, and not applicable against a value, are differences.
    expect(c.facts).toContainEqual({ key: 'billOnlyAsOriginalReseller', a: null, b: true });
    expect(c.facts).toContainEqual({ key: 'azureWithoutDap', a: true, b: 'not-applicable' });
    expect(c.facts.map((f) => f.key)).not.toContain('relationship');
    expect(c.rules).toContainEqual({ id: 'INV-14', in: 'a' });
    expect(c.rules).toContainEqual({ id: 'INV-07', in: 'b' });
    expect(c.rules.map((r) => r.id)).not.toContain('INV-12');
    expect(c.inputs).toContain('cloud');
    expect(countDifferences(c)).toEqual({ outcome: false, facts: c.facts.length, rules: c.rules.length, steps: 0 });
  });

  it('the same request before and after 2023-10-10: DAP, then none', () => {
    const c = compareScenarios(FLOWS.invitation, { asOf: '2023-09-01' }, { asOf: '2023-10-11' }, invitationSteps);
    expect(c.outcomes.a.outcome).toBe('established');
    expect(c.outcomes.b.outcome).toBe('established');
    expect(c.facts).toContainEqual({ key: 'dap', a: true, b: false });
    expect(c.rules).toContainEqual({ id: 'INV-14', in: 'b' });
    expect(c.inputs).toEqual(expect.arrayContaining(['asOf', 'includeDap']));
  });

  it('a step refused in one column only is marked, with the refusing rule', () => {
    // Only a Global admin of the customer can accept: compare with someone else accepting.
    const c = compareScenarios(FLOWS.invitation, {}, { acceptorIsGlobalAdmin: false }, invitationSteps);
    const last = c.steps[2]!;
    expect(last.a).toMatchObject({ accepted: true, state: 'established' });
    expect(last.b.accepted).toBe(false);
    expect(last.b.rejection?.rule).toMatch(/^INV-/);
    expect(last.differs).toBe(true);
    expect(c.steps[0]!.differs).toBe(false);
    expect(c.outcomeDiffers).toBe(true);
  });

  it('a GDAP relationship before and after the end of DAP in the global cloud', () => {
    const flow = FLOWS.gdap;
    const steps = someSteps(flow, { asOf: '2023-01-15' }, { asOf: '2023-10-25' }, 6);
    const c = compareScenarios(flow, { asOf: '2023-01-15' }, { asOf: '2023-10-25' }, steps);
    expect(c.inputs).toContain('asOf');
    expect(c.steps).toHaveLength(steps.length);
    // Whatever differs is reported consistently: a fact is listed exactly when its values differ.
    for (const key of c.factKeys) {
      const differs = c.outcomes.a.facts[key] !== c.outcomes.b.facts[key];
      expect(c.facts.some((f) => f.key === key)).toBe(differs);
    }
  });

  it('the same inputs give no difference', () => {
    for (const id of FLOW_IDS) {
      const flow = FLOWS[id];
      const steps = someSteps(flow, {}, {});
      const c = compareScenarios(flow, {}, { ...flow.defaults }, steps);
      expect(hasDifferences(c), id).toBe(false);
      expect(c.inputs).toEqual([]);
    }
  });

  it('facts a column does not give at all differ (multi-partner with two against four partners)', () => {
    const c = compareScenarios(FLOWS['multi-partner'], { partners: 2 }, { partners: 4 }, []);
    expect(c.facts).toContainEqual({ key: 'relationship:D', a: undefined, b: expect.anything() });
  });

  it('shared steps are valid under both inputs', () => {
    const flow = FLOWS['multi-partner'];
    const steps: FlowEvent[] = [
      { type: 'CUSTOMER_ACCEPTS', partner: 'B' },
      { type: 'CUSTOMER_ACCEPTS', partner: 'D' },
    ];
    expect(sharedSteps(flow, { partners: 4 }, { partners: 4 }, steps)).toEqual(steps);
    expect(sharedSteps(flow, { partners: 4 }, { partners: 2 }, steps)).toEqual([steps[0]]);
  });
});

describe('compare with defaults', () => {
  it('keeps only the inputs the steps need', () => {
    const flow = FLOWS['multi-partner'];
    const steps: FlowEvent[] = [{ type: 'CUSTOMER_ACCEPTS', partner: 'C' }];
    expect(baselineFor(flow, { cloud: 'usgov', partners: 3 }, steps)).toEqual({ partners: 3 });
    expect(baselineFor(flow, { cloud: 'usgov', partners: 3 }, [{ type: 'CUSTOMER_ACCEPTS', partner: 'B' }])).toEqual({});
    expect(baselineFor(FLOWS.invitation, { cloud: 'usgov' }, [{ type: 'SEND_INVITATION' }])).toEqual({});
  });

  it('gives the steps that reach an established relationship under the defaults', () => {
    const steps = examplePath(FLOWS.invitation, {});
    expect(steps.map((s) => s.type)).toEqual(['SEND_INVITATION', 'OPEN_LINK', 'ACCEPT_INVITATION']);
    expect(compareScenarios(FLOWS.invitation, {}, {}, steps).outcomes.a.outcome).toBe('established');
  });
});
