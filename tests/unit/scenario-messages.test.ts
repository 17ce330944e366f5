/**
 * The scenario runner, for people (issue 11): messages name the type they expected, a date that
 * does not exist says so, a byte-order mark is no error, a key given twice is, steps count from 1,
 * suggestions come by prefix too, and `expect` is checked against the flow when the file is read.
 * In process (the CLI tests in scenario-runner.test.ts run the same functions through the command).
 */
import { describe, expect, it } from 'vitest';
import { FLOWS } from '../../src/domain/flows';
import { FLOW_IDS, stateText } from '../../src/domain/flow';
import { exploreGiven } from '../../src/domain/explore';
import { describeError, type ParseResult } from '../../src/domain/scenario';
import { parseScenarioTextWith, readJson } from '../../src/domain/scenario-json';
import { statePaths } from '../../src/domain/state-paths';
import { suggest } from '../../src/domain/suggest';
import { expectClearErrors } from './hostile-inputs';

const parse = (doc: unknown): ParseResult => parseScenarioTextWith(FLOWS, typeof doc === 'string' ? doc : JSON.stringify(doc));

/** Every message of a result, as the runner prints it. */
function messages(doc: unknown): string[] {
  const result = parse(doc);
  if (result.ok) return [];
  expectClearErrors(result.errors);
  return result.errors.map((e) => describeError(e));
}

describe('messages name the expected type', () => {
  it('a boolean input given as text: expected true or false, got the string "false"', () => {
    expect(messages({ flow: 'invitation', given: { includeDap: 'false' } })).toEqual(['given.includeDap: expected true or false, got the string "false"']);
    expect(messages({ flow: 'invitation', given: { includeDap: 0 } })).toEqual(['given.includeDap: expected true or false, got the number 0']);
    expect(messages({ flow: 'invitation', given: { includeDap: null } })).toEqual(['given.includeDap: expected true or false, got null']);
  });

  it('a number input out of range or not an integer: expected an integer between min and max', () => {
    expect(messages({ flow: 'gdap', given: { durationDays: 731 } })).toEqual(['given.durationDays: expected an integer between 1 and 730, got the number 731']);
    expect(messages({ flow: 'gdap', given: { durationDays: 1.5 } })).toEqual(['given.durationDays: expected an integer between 1 and 730, got the number 1.5']);
    expect(messages({ flow: 'multi-partner', given: { partners: '3' } })).toEqual(['given.partners: expected an integer between 2 and 4, got the string "3"']);
  });

  it('a choice: one of the listed values, with a suggestion', () => {
    expect(messages({ flow: 'invitation', given: { cloud: 'USGOV' } })).toEqual(['given.cloud: expected one of global, 21vianet, germany, usgov, got the string "USGOV"; did you mean usgov?']);
    expect(messages({ flow: 'invitation', given: { cloud: ['usgov'] } })).toEqual(['given.cloud: expected one of global, 21vianet, germany, usgov, got the list ["usgov"]']);
  });

  it('a date: the form YYYY-MM-DD or null; a well-formed date that does not exist gets its own message', () => {
    expect(messages({ flow: 'invitation', given: { asOf: '10/10/2023' } })).toEqual(['given.asOf: expected a date written YYYY-MM-DD, or null, got the string "10/10/2023"']);
    for (const date of ['2023-02-30', '2023-02-29', '2100-02-29', '2023-04-31', '2023-13-01', '2023-00-10']) {
      expect(messages({ flow: 'invitation', given: { asOf: date } })).toEqual([`given.asOf: the date ${date} does not exist; expected a real date written YYYY-MM-DD, or null`]);
    }
    for (const date of ['2024-02-29', '2000-02-29', '2023-10-10']) expect(parse({ flow: 'invitation', given: { asOf: date } }).ok, date).toBe(true);
  });

  it('a payload value, an event name of the wrong type, and notes that are not text', () => {
    expect(messages({ flow: 'gdap', steps: [{ type: 'PARTNER_SETS_AUTO_EXTEND', on: 'yes' }] })).toEqual(['steps[1].on: expected true or false, got the string "yes"']);
    expect(messages({ flow: 'gdap', steps: [{ type: 3 }] })).toEqual(['steps[1].type: expected an event name, got the number 3']);
    expect(messages({ flow: 'gdap', title: ['a'] })).toEqual(['title: expected text, got the list ["a"]']);
  });
});

describe('steps count from 1 everywhere', () => {
  it('the first step is steps[1] in error places, as in a run and in expect.refusals', () => {
    expect(messages({ flow: 'invitation', steps: ['NOPE'] })[0]).toBe('steps[1]: unknown event "NOPE"');
    expect(messages({ flow: 'invitation', steps: ['SEND_INVITATION', { type: 'OPEN_LINK', x: 1 }] })[0]).toMatch(/^steps\[2\]\.x: unknown field "x"/);
    expect(messages({ flow: 'invitation', steps: ['SEND_INVITATION'], expect: { rules: ['INV-06', 'X'] } })[0]).toMatch(/^expect\.rules\[2\]: /);
  });
});

describe('the text of a file', () => {
  it('a UTF-8 byte-order mark at the start is skipped (files saved on Windows); anywhere else it is no JSON', () => {
    const doc = JSON.stringify({ flow: 'invitation', steps: ['SEND_INVITATION'] });
    expect(parse(`\ufeff${doc}`)).toEqual(parse(doc));
    expect(parse(`\ufeff${doc}`).ok).toBe(true);
    expect(parse(` \ufeff${doc}`).ok).toBe(false);
    expect(messages(`\ufeff\ufeff${doc}`)[0]).toMatch(/^not valid JSON: /);
  });

  it('a key given twice in any object is refused, with its place, line and column', () => {
    const text = '{"flow":"invitation","given":{"cloud":"usgov"},\n"steps":["SEND_INVITATION",{"type":"OPEN_LINK","type":"SEND_INVITATION"}],\n"expect":{"refusals":{"1":"INV-06","1":"INV-04"}},"flow":"gdap"}';
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.path, e.at])).toEqual([
      ['duplicateKey', 'steps[2].type', { line: 2, column: 48 }],
      ['duplicateKey', 'expect.refusals.1', { line: 3, column: 36 }],
      ['duplicateKey', 'flow', { line: 3, column: 51 }],
    ]);
    expect(describeError(result.errors[0]!)).toBe('steps[2].type: the key "type" appears more than once in the same object (line 2, column 48); give each key once');
  });

  it('keys written differently but equal once read ("a" and "\\u0061") are the same key; the same key in different objects is fine', () => {
    expect(readJson('{"flow":"invitation","\\u0066low":"gdap"}')).toMatchObject({ ok: false, errors: [{ code: 'duplicateKey', path: 'flow' }] });
    expect(readJson('{"a":{"x":1},"b":{"x":1},"c":[{"x":1},{"x":1}]}').ok).toBe(true);
    // Strings that look like keys, escaped quotes and braces inside strings are values, not keys.
    expect(readJson('{"a":"\\"a\\":1,{","b":["a","a"]}').ok).toBe(true);
  });

  it('a repeated key nested deeper than the call stack gets a short place, not a RangeError', () => {
    const depth = 20_000;
    const text = `{"flow":"invitation","given":${'['.repeat(depth)}{"x":1,"x":2}${']'.repeat(depth)}}`;
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expectClearErrors(result.errors);
      expect(result.errors[0]!.path.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('suggestions', () => {
  it('by prefix as well as by edit distance: PARTNER_CREATES suggests PARTNER_CREATES_REQUEST', () => {
    expect(suggest('PARTNER_CREATES', FLOWS.gdap.eventTypes)[0]).toBe('PARTNER_CREATES_REQUEST');
    expect(messages({ flow: 'gdap', steps: ['PARTNER_CREATES'] })[0]).toMatch(/^steps\[1\]: unknown event "PARTNER_CREATES"; did you mean PARTNER_CREATES_REQUEST\b/);
    // Edit distance still works, and a prefix too short to mean anything suggests nothing by itself.
    expect(suggest('ACEPT_INVITATION', FLOWS.invitation.eventTypes)).toContain('ACCEPT_INVITATION');
    expect(suggest('ab', ['abcdefgh_ijklmn'])).toEqual([]);
    expect(suggest('abc', ['abcdefgh_ijklmn'])).toEqual(['abcdefgh_ijklmn']);
  });
});

describe('expect is checked when the file is read', () => {
  it('every state the machine reaches is a valid expect.state, written as the run writes it', () => {
    for (const id of FLOW_IDS) {
      const flow = FLOWS[id];
      const paths = statePaths(flow.machine.root);
      for (const { snapshot } of exploreGiven(flow, flow.defaults).states) expect(paths, id).toContain(stateText(snapshot.value));
    }
    expect(statePaths(FLOWS['indirect-reseller'].machine.root)).toContain('partnered.wizard.review');
    expect(parse({ flow: 'indirect-reseller', expect: { state: 'partnered.wizard.review' } }).ok).toBe(true);
  });

  it('an unknown state, a parent state no run ends in, an unknown rule or ambiguity ID is invalid', () => {
    expect(messages({ flow: 'invitation', expect: { state: 'establishd' } })).toEqual(['expect.state: unknown state "establishd"; did you mean established?']);
    expect(messages({ flow: 'indirect-reseller', expect: { state: 'partnered' } })[0]).toMatch(/^expect\.state: unknown state "partnered"; did you mean partnered\.idle/);
    expect(messages({ flow: 'invitation', expect: { ambiguities: ['INV-06'] } })).toEqual(['expect.ambiguities[1]: expected an ambiguity ID such as AMB-08, got the string "INV-06"']);
    expect(messages({ flow: 'invitation', expect: { rules: ['AMB-99'] } })[0]).toMatch(/^expect\.rules\[1\]: expected a rule or ambiguity ID such as INV-04 or AMB-08, got the string "AMB-99"/);
  });

  it('expect.refusals: step numbers up to the number of steps are valid, beyond it invalid', () => {
    const steps = ['SEND_INVITATION', 'OPEN_LINK'];
    expect(parse({ flow: 'invitation', steps, expect: { refusals: { '2': 'INV-06' } } }).ok).toBe(true);
    expect(messages({ flow: 'invitation', steps, expect: { refusals: { '3': 'INV-06' } } })).toEqual(['expect.refusals.3: there is no step 3; the scenario has 2 steps']);
    expect(messages({ flow: 'invitation', expect: { refusals: { '1': 'INV-06' } } })).toEqual(['expect.refusals.1: there is no step 1; the scenario has no steps']);
    expect(messages({ flow: 'invitation', steps, expect: { refusals: { '0': 'INV-06' } } })).toEqual(['expect.refusals.0: expected a step number from 1, got the string "0"']);
  });
});
