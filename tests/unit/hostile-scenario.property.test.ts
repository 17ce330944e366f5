/**
 * Hostile input, scenario parser (issue 6): random documents, random text, and the real scenario
 * files mutated every way a hand edit or an attacker could. Whatever comes in, the parser returns
 * a valid scenario (which the schema accepts, the runner replays and the link codec round-trips)
 * or errors that each name a place, and it never throws or touches a prototype.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { describeError, parseScenario, type ParseResult } from '../../src/domain/scenario';
import { parseScenarioTextWith } from '../../src/domain/scenario-json';
import { FLOWS } from '../../src/domain/flows';
import { FLOW_IDS } from '../../src/domain/flow';
import {
  anyText,
  expectClearErrors,
  expectUnpolluted,
  expectValidScenario,
  mutatedSeed,
  oddValue,
  PROTOTYPE_KEYS,
  prototypeSnapshot,
  RUNS,
  TIMEOUT,
  scenarioShaped,
  SEED_FILES,
  setOwn,
} from './hostile-inputs';

const pristine = prototypeSnapshot();
/** Text as the runner reads it: a byte-order mark skipped, repeated keys refused. */
const parseScenarioText = (text: string): ParseResult => parseScenarioTextWith(FLOWS, text);
afterAll(() => expectUnpolluted(pristine));

function expectSound(result: ParseResult): void {
  if (result.ok) expectValidScenario(result.scenario);
  else expectClearErrors(result.errors);
}

/** The document as a file would hold it, when it can be written as JSON at all. */
function asText(doc: unknown): string | undefined {
  try {
    return JSON.stringify(doc);
  } catch {
    return undefined; // too deep for JSON.stringify, or a cycle: the object path covers it
  }
}

describe('scenario parser, hostile input', () => {
  it(`random documents (${RUNS} runs): JSON values, any JS value, scenario-shaped objects`, () => {
    const doc = fc.oneof(
      fc.jsonValue(),
      fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true }),
      { weight: 4, arbitrary: scenarioShaped },
    );
    fc.assert(
      fc.property(doc, (raw) => {
        expectSound(parseScenario(raw));
        const text = asText(raw);
        if (text !== undefined) expectSound(parseScenarioText(text));
        expectUnpolluted(pristine);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it(`mutated scenario files (${RUNS} runs): keys dropped, renamed, retyped; huge, deep, unicode, prototype keys`, () => {
    fc.assert(
      fc.property(mutatedSeed, ({ doc }) => {
        expectSound(parseScenario(doc));
        const text = asText(doc);
        if (text !== undefined) expectSound(parseScenarioText(text));
        expectUnpolluted(pristine);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it(`random and damaged text (${RUNS} runs): truncated, spliced and deeply nested JSON`, () => {
    const damaged = fc
      .tuple(fc.nat(SEED_FILES.length - 1), fc.nat(), fc.nat(), fc.oneof(anyText, fc.integer({ min: 1, max: 20_000 }).map((n) => '['.repeat(n))))
      .map(([i, a, b, insert]) => {
        const text = SEED_FILES[i]!.text;
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        return `${text.slice(0, from)}${insert}${text.slice(to)}`;
      });
    const deepText = fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('given', 'steps', 'expect', 'flow')).map(
      ([n, key]) => `{"flow":"invitation","${key}":${'['.repeat(n)}${']'.repeat(n)}}`,
    );
    fc.assert(
      fc.property(fc.oneof(anyText, fc.json(), damaged, deepText), (text) => {
        expectSound(parseScenarioText(text));
        expectUnpolluted(pristine);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it(`seed files with a byte-order mark or a key repeated (${RUNS / 10} runs): the mark changes nothing, a repeat is refused at its place`, () => {
    fc.assert(
      fc.property(fc.nat(SEED_FILES.length - 1), fc.nat(), fc.boolean(), (i, pick, bom) => {
        const { text } = SEED_FILES[i]!;
        if (bom) {
          expect(parseScenarioText(`\ufeff${text}`)).toEqual(parseScenarioText(text));
          return;
        }
        // Repeat one `"key": value` member right after itself: the text stays valid JSON.
        const members = [...text.matchAll(/"(?:[^"\\]|\\.)*"\s*:\s*(?:"(?:[^"\\]|\\.)*"|-?\d+|true|false|null)/g)];
        const member = members[pick % members.length]!;
        const end = member.index + member[0].length;
        const result = parseScenarioText(`${text.slice(0, end)},${member[0]}${text.slice(end)}`);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expectClearErrors(result.errors);
        expect(result.errors.map((e) => e.code)).toEqual(['duplicateKey']);
        expect(result.errors[0]!.at).toBeDefined();
      }),
      { numRuns: RUNS / 10 },
    );
  }, TIMEOUT);

  it('every seed file stays valid untouched (the mutations start from valid documents)', () => {
    for (const { file, text } of SEED_FILES) {
      const result = parseScenarioText(text);
      expect(result.ok, file).toBe(true);
      if (result.ok) expectValidScenario(result.scenario);
    }
  });

  it('a prototype member name as a step field is an unknown field at its place, for every flow', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FLOW_IDS), fc.constantFrom(...PROTOTYPE_KEYS), oddValue, (id, key, value) => {
        const flow = FLOWS[id];
        const type = Object.keys(flow.payloads ?? {})[0] ?? flow.eventTypes[0]!;
        const stepDoc: Record<string, unknown> = { type };
        for (const [field, values] of Object.entries(flow.payloads?.[type] ?? {})) stepDoc[field] = values[0];
        setOwn(stepDoc, key, value);
        const result = parseScenario({ flow: flow.id, given: { partners: 4 }, steps: [stepDoc] });
        // multi-partner knows `partners`; for other flows it is one more error, which is fine.
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expectClearErrors(result.errors);
        expect(result.errors).toContainEqual(expect.objectContaining({ code: 'unknownPayload', path: `steps[1].${key}` }));
      }),
      { numRuns: 500 },
    );
  }, TIMEOUT);

  it('a key with a line break or hundreds of characters gives a short, one-line message', () => {
    const long = 'x'.repeat(5000);
    const result = parseScenario({ flow: 'invitation', given: { 'a\nb': 1, [long]: 1 }, steps: [{ type: 'OPEN_LINK', [long]: 1 }], [long]: 1, expect: { refusals: { [long]: 'INV-01' } } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expectClearErrors(result.errors);
    expect(result.errors.map((e) => describeError(e))).toContain('given.a\\u000ab: unknown input "a\\u000ab"');
  });

  it('a document nested deeper than the stack gives a clear error, not a RangeError', () => {
    let deep: unknown = 'SEND_INVITATION';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    for (const doc of [{ flow: 'invitation', given: deep }, { flow: deep }, { flow: 'invitation', steps: [deep] }, deep]) {
      const result = parseScenario(doc);
      expect(result.ok).toBe(false);
      if (!result.ok) expectClearErrors(result.errors);
    }
  });
});
