/**
 * The schema and the runner are one contract (issue 11): a document the published JSON Schema
 * accepts the parser accepts, and the reverse, over every example file, the hostile inputs and a
 * generated set of near-valid documents. The one exception is text-level: a key given twice,
 * which a parsed document no longer shows (scenario-messages.test.ts covers it).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { FLOWS } from '../../src/domain/flows';
import { OUTCOME_KINDS, type FlowDefinition, type FlowEvent } from '../../src/domain/flow';
import { isIsoDate } from '../../src/domain/dates';
import { describeError, parseScenario, type Scenario } from '../../src/domain/scenario';
import { REAL_DATE_PATTERN, scenarioSchema } from '../../src/domain/scenario-schema';
import { statePaths } from '../../src/domain/state-paths';
import { AMBIGUITY_IDS, RULE_IDS } from '../../src/domain/rules';
import { mutatedSeed, scenarioShaped, SEED_FILES, validScenario } from './hostile-inputs';

/** Modest: each property stays well under 30 s on a loaded two-CPU machine. */
const RUNS = 1500;
const TIMEOUT = 60_000;

const published = JSON.parse(readFileSync('public/schemas/scenario.schema.json', 'utf8')) as Record<string, unknown>;
// Formats off: the contract must hold on the schema's own keywords (a validator may ignore `format`).
const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(published);

/** The document as a file would hold it; undefined when JSON cannot hold it. */
function asFile(doc: unknown): unknown {
  try {
    const text = JSON.stringify(doc);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined; // deeper than JSON.stringify goes, or a cycle
  }
}

/** Schema and parser give the same answer; on a difference, say what each said. */
function expectAgree(doc: unknown): void {
  const bySchema = validate(doc);
  const parsed = parseScenario(doc);
  if (bySchema === parsed.ok) return;
  const schemaSays = bySchema ? 'accepts' : `refuses: ${JSON.stringify(validate.errors?.slice(0, 3))}`;
  const parserSays = parsed.ok ? 'accepts' : `refuses: ${parsed.errors.map((e) => describeError(e)).join(' | ')}`;
  expect.fail(`schema ${schemaSays}\nparser ${parserSays}\ndocument ${JSON.stringify(doc).slice(0, 600)}`);
}

describe('the published schema and the runner are one contract', () => {
  it('the published schema is the one the flows generate (npm run schema)', () => {
    expect(published).toEqual(scenarioSchema());
  });

  it('every example in scenarios/ is accepted by both', () => {
    expect(SEED_FILES.length).toBeGreaterThan(0);
    for (const { file, text } of SEED_FILES) {
      const doc = JSON.parse(text.replace(/^\ufeff/, '')) as unknown;
      expect(validate(doc), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(parseScenario(doc).ok, file).toBe(true);
    }
  });

  it('the date pattern accepts exactly the dates isIsoDate accepts (leap years, month lengths, years from 0100)', () => {
    const pattern = new RegExp(REAL_DATE_PATTERN, 'u');
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const date = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    fc.assert(fc.property(date, (text) => pattern.test(text) === isIsoDate(text)), { numRuns: 20_000 });
    for (const text of ['2024-02-29', '2000-02-29', '1600-02-29', '0400-02-29', '0104-02-29', '2100-02-29', '1900-02-29', '2023-02-29', '0099-12-31', '0100-01-01', '9999-12-31', '2023-04-31']) {
      expect(pattern.test(text), text).toBe(isIsoDate(text));
    }
  });

  it(`hostile documents (${RUNS} runs each): scenario-shaped objects and mutated example files get the same answer from both`, () => {
    fc.assert(
      fc.property(scenarioShaped, (raw) => {
        const doc = asFile(raw);
        if (doc !== undefined) expectAgree(doc);
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(mutatedSeed, ({ doc: raw }) => {
        const doc = asFile(raw);
        if (doc !== undefined) expectAgree(doc);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it(`generated near-valid documents (${RUNS * 2} runs): inputs, payloads that depend on them, dates, expect.state, refusals, notes`, () => {
    fc.assert(fc.property(nearValid, expectAgree), { numRuns: RUNS * 2 });
  }, TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Near-valid documents: a valid scenario, then a few parts changed to values on either side of a line.

const DATES = [null, '2023-10-10', '2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '0099-12-31', '0100-01-01', '9999-12-31', '2023-2-1', 20231010, ''];
const CITATIONS = [...RULE_IDS.slice(0, 6), ...AMBIGUITY_IDS.slice(0, 4), 'INV-99', 'AMB-99', 'inv-06'];

/** Every event with payload the flow could take, whatever the inputs allow. */
function everyPayloadEvent(flow: FlowDefinition): FlowEvent[] {
  return Object.entries(flow.payloads ?? {}).flatMap(([type, spec]) =>
    Object.entries(spec).reduce<FlowEvent[]>((events, [key, values]) => events.flatMap((e) => values.map((v) => ({ ...e, [key]: v }))), [{ type }]),
  );
}

/** A value for an input: valid ones, the neighbours of its range, and the wrong types. */
function inputValue(flow: FlowDefinition, key: string): fc.Arbitrary<unknown> {
  const field = flow.fields.find((f) => f.key === key)!;
  switch (field.kind) {
    case 'boolean':
      return fc.constantFrom<unknown>(true, false, true, false, 'false', 0, null);
    case 'choice':
      return fc.constantFrom<unknown>(...(field.options ?? []), 'GLOBAL', 1);
    case 'number': {
      const [min, max] = [field.min ?? 0, field.max ?? 0];
      return fc.oneof(fc.integer({ min: min - 1, max: max + 1 }), fc.constantFrom<unknown>(1.5, String(min), null));
    }
    case 'date':
      return fc.constantFrom<unknown>(...DATES);
  }
}

type Doc = Record<string, unknown>;
type Change = (doc: Doc) => void;

/** Set a part of `expect`, making the object when there is none. */
const setExpect = (key: string, value: unknown): Change => (doc) => {
  doc.expect = { ...(doc.expect as Doc | undefined), [key]: value };
};

/**
 * A valid document (inputs partly left to their defaults, a valid expectation), then at most one
 * change that may or may not cross a line: so each answer turns on one rule, not on several at once.
 */
const nearValid: fc.Arbitrary<unknown> = validScenario.chain((base: Scenario) => {
  const flow = FLOWS[base.flow];
  const keys = flow.fields.map((f) => f.key);
  const states = [...statePaths(flow.machine.root)];
  const payloadEvents = everyPayloadEvent(flow);
  const stepNumbers = base.steps.map((_, i) => String(i + 1));
  const valid = fc.record({
    dropped: fc.subarray(keys),
    outcome: fc.option(fc.constantFrom(...OUTCOME_KINDS), { nil: undefined }),
    state: fc.option(fc.constantFrom(...states), { nil: undefined }),
    rules: fc.option(fc.subarray([...RULE_IDS.slice(0, 8), ...AMBIGUITY_IDS.slice(0, 4)], { maxLength: 3 }), { nil: undefined }),
    refusals: stepNumbers.length ? fc.option(fc.dictionary(fc.constantFrom(...stepNumbers), fc.constantFrom(...RULE_IDS.slice(0, 8))), { nil: undefined }) : fc.constant(undefined),
    facts: fc.option(fc.dictionary(fc.constantFrom('relationship', 'dap', 'x'), fc.constantFrom<unknown>(true, 1, 'a', null)), { nil: undefined }),
  });
  const change: fc.Arbitrary<Change> = fc.oneof(
    { weight: 3, arbitrary: fc.constant<Change>(() => {}) },
    { weight: 3, arbitrary: fc.constantFrom(...keys).chain((key) => inputValue(flow, key).map((value): Change => (doc) => void ((doc.given as Doc)[key] = value))) },
    { weight: 3, arbitrary: payloadEvents.length ? fc.constantFrom(...payloadEvents).map((event): Change => (doc) => void (doc.steps as unknown[]).push(event)) : fc.constant<Change>(() => {}) },
    fc.constant<Change>((doc) => void delete doc.given),
    fc.constantFrom<unknown>('ended', 1, 'Blocked').map((v) => setExpect('outcome', v)),
    fc.constantFrom<unknown>('nope', 'partnered', states[0]!.toUpperCase(), null, `${states[0]} `).map((v) => setExpect('state', v)),
    fc.constantFrom<unknown>(...CITATIONS).map((id) => setExpect('rules', ['INV-06', id])),
    fc.constantFrom<unknown>(...CITATIONS).map((id) => setExpect('ambiguities', [id])),
    fc.constantFrom('0', '1', '2', '3', '5', '12', '13', '01', '200', '201', 'x').map((n) => setExpect('refusals', { [n]: 'INV-06' })),
    fc.constantFrom<unknown>([], {}, 'a', { a: [] }, { a: {} }).map((v) => setExpect('facts', v)),
    fc.constantFrom<unknown>('a case', 3, null, ['x']).map((v): Change => (doc) => void (doc.title = v)),
  );
  return fc.tuple(valid, change).map(([p, apply]) => {
    const given: Doc = { ...base.given };
    for (const key of p.dropped) delete given[key];
    const expectation: Doc = {};
    for (const key of ['outcome', 'state', 'rules', 'refusals', 'facts'] as const) if (p[key] !== undefined) expectation[key] = p[key];
    const doc: Doc = { flow: base.flow, given, steps: [...base.steps] };
    if (Object.keys(expectation).length) doc.expect = expectation;
    apply(doc);
    return doc;
  });
});
