/**
 * Hostile inputs for the property tests of the scenario parser and the permalink decoder
 * (issue 6, "Hostile input"): arbitraries built from the real flows and scenario files, and the
 * checks every result must pass, valid or not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { FLOWS } from '../../src/domain/flows';
import { FLOW_IDS, OUTCOME_KINDS, start, type FlowDefinition, type FlowEvent, type FlowId } from '../../src/domain/flow';
import { decodeScenario, encodeScenario } from '../../src/domain/permalink';
import { AMBIGUITY_IDS, RULE_IDS } from '../../src/domain/rules';
import { isIsoDate } from '../../src/domain/dates';
import { checkExpectation, describeError, MAX_STEPS, parseScenario, runScenario, type Scenario, type ScenarioError } from '../../src/domain/scenario';
import { scenarioSchema } from '../../src/domain/scenario-schema';
import { format, UI } from '../../src/i18n/ui';
import { LOCALES } from '../../src/i18n/types';

/** fast-check prints the seed and path of any failure, so a counterexample can be replayed. */
export const RUNS = 10_000;
/** Ten thousand runs take seconds, not the five Vitest allows by default; a loaded machine is slower. */
export const TIMEOUT = 180_000;

export const SEED_FILES = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, text: readFileSync(`scenarios/${file}`, 'utf8') }));

// ---------------------------------------------------------------------------------------------
// Pools: what a reader, a typo or an attacker might put anywhere.

const FLOW_LIST: FlowDefinition[] = FLOW_IDS.map((id) => FLOWS[id]);

/** Names that objects inherit from their prototype, or that JSON.stringify gives meaning to. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'toJSON'];

/** Script payloads for text contexts, attributes, URLs and raw-text elements. */
export const SCRIPT_PAYLOADS = [
  '<script>alert(1)</script>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  'javascript:alert(1)',
  '</textarea><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '{path}{value}',
];

const ODD_TEXT = [
  '', ' ', '\u0000', '\n', '\t\r', '\u202e', '\u200b', '\ufeff', '\ud800', '\udfff', '𝒳🙂', '클라우드', '雲端', 'ＧＬＯＢＡＬ',
  'null', 'true', 'false', 'undefined', 'NaN', '-0', '1e308', '0x10', '2', ' 2', '2 ', '02', '1.5', '-1',
  'global ', 'GLOBAL', 'Global', 'usgov\n', '2023-02-30', '2023-13-45', '0000-01-01', '9999-12-31', '2023-10-10T00:00:00Z',
  '%E0%A4%A', '%00', '%ZZ', '%', '(', ')', ',', ';', ':', '((', '))', '()', 'A(b:c', 'A(b:c))',
];

const ODD_NUMBERS = [NaN, -0, 0, 1, 2, 3, 4, 5, -1, 1.5, 1e308, -1e308, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, 2 ** 53, 201];

/** Every name the flows and the format know: keys, event names, option values, rule IDs. */
export const DOMAIN_WORDS: string[] = [
  ...new Set([
    'flow', 'given', 'steps', 'expect', 'type', '$schema', 'title', 'description',
    'outcome', 'state', 'rules', 'ambiguities', 'facts', 'refusals',
    ...OUTCOME_KINDS, 'ended',
    ...FLOW_IDS,
    ...RULE_IDS,
    ...AMBIGUITY_IDS,
    ...FLOW_LIST.flatMap((f) => [
      ...f.fields.flatMap((field) => [field.key, ...(field.options ?? [])]),
      ...f.eventTypes,
      ...Object.values(f.payloads ?? {}).flatMap((spec) => [...Object.keys(spec), ...Object.values(spec).flatMap((vs) => vs.map(String))]),
    ]),
  ]),
];

/** The valid values of each input of each flow. */
function validValues(field: FlowDefinition['fields'][number]): unknown[] {
  if (field.kind === 'boolean') return [true, false];
  if (field.kind === 'choice') return [...(field.options ?? [])];
  if (field.kind === 'date') return [null, '2023-09-24', '2023-09-25', '2023-10-10'];
  const values: number[] = [];
  for (let n = field.min ?? 0; n <= (field.max ?? 0); n++) values.push(n);
  return values;
}
const VALID_GIVEN_VALUES: unknown[] = FLOW_LIST.flatMap((f) => f.fields.flatMap(validValues));

// ---------------------------------------------------------------------------------------------
// Arbitraries.

/** Any Unicode code points, up to `maxLength` of them. */
export const anyCodePoints = (maxLength: number) =>
  fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength }).map((points) => String.fromCodePoint(...points));

/** Text of every kind: printable, any code point, any UTF-16 unit (lone surrogates too), graphemes. */
export const anyText = fc.oneof(
  fc.string(),
  // Code points and code units by hand: fc.string({ unit: 'binary' }) spends seconds setting up
  // over all of Unicode, and the pools here already hold the dangerous names (__proto__…).
  anyCodePoints(20),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 20 }).map((units) => String.fromCharCode(...units)),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...ODD_TEXT, ...SCRIPT_PAYLOADS, ...DOMAIN_WORDS, ...PROTOTYPE_KEYS),
);

/** Keys: the real ones, near misses, prototype names, scripts, unicode, very long. */
export const anyKey = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DOMAIN_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...DOMAIN_WORDS).chain((w) => fc.nat(w.length).map((i) => w.slice(0, i) + w.slice(i + 1))) },
  { weight: 1, arbitrary: fc.constantFrom(...DOMAIN_WORDS).map((w) => w.toUpperCase()) },
  { weight: 2, arbitrary: anyText },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 5000 }).map((n) => 'k'.repeat(n)) },
);

/** A value nested `depth` times in arrays or objects: deep enough to exhaust naive recursion. */
export const deepValue = fc.tuple(fc.integer({ min: 1, max: 12_000 }), fc.boolean(), fc.constantFrom<unknown>('SEND_INVITATION', 1, null, [])).map(([depth, inArray, leaf]) => {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = inArray ? [value] : { type: value };
  return value;
});

/** An object that owns a key named like a prototype member, as JSON.parse makes it. */
export const ownPrototypeKeyObject = fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.jsonValue({ maxDepth: 1 })).map(([key, value]) =>
  JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'},"polluted":true}`) as unknown,
);

/** Anything small that might sit where a value belongs. */
export const smallValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VALID_GIVEN_VALUES, ...DOMAIN_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...ODD_NUMBERS, true, false, null, [], {}, [[]], [{}]) },
  { weight: 2, arbitrary: anyText },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: ownPrototypeKeyObject },
);

/** Big values: very long text, lists past the step limit, nesting past the stack. */
export const bigValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 1000, max: 20_000 }).chain((n) => fc.constantFrom('x', '<', '界', '\u0000').map((c) => c.repeat(n))),
  fc.integer({ min: MAX_STEPS - 2, max: 2500 }).chain((n) => fc.constantFrom<unknown>('OPEN_LINK', 'NOPE', 1, {}).map((v) => Array<unknown>(n).fill(v))),
  deepValue,
);

/** Anything that might sit where a value belongs; big values rarer, as each costs far more time. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof({ weight: 10, arbitrary: smallValue }, { weight: 1, arbitrary: bigValue });

/** A scenario-shaped object whose parts are each valid or hostile: reaches every branch of the parser. */
// Big values only stand for a whole part: inside the parts, a dozen of them would make every
// document big and the run slow, without reaching any other branch.
export const scenarioShaped: fc.Arbitrary<unknown> = fc.record(
  {
    flow: fc.oneof(fc.constantFrom<unknown>(...FLOW_IDS), oddValue),
    given: fc.oneof(fc.dictionary(anyKey, smallValue, { maxKeys: 8 }), oddValue),
    steps: fc.oneof(fc.array(fc.oneof(fc.constantFrom<unknown>(...DOMAIN_WORDS), fc.dictionary(anyKey, smallValue, { maxKeys: 4 }), smallValue), { maxLength: 12 }), oddValue),
    expect: fc.oneof(fc.dictionary(anyKey, smallValue, { maxKeys: 6 }), oddValue),
    extra: oddValue,
  },
  // Every part but `flow` is left out now and then.
  { requiredKeys: ['flow'] },
);

// ---------------------------------------------------------------------------------------------
// Structural mutation of JSON documents (the real scenario files).

type Json = unknown;
type Path = (string | number)[];

/** Own data property, even for `__proto__` (plain assignment would set the prototype instead). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A fresh copy, without recursion (values may be nested thousands deep). Mutations work in place,
 * and a generated value must never change: fast-check replays and shrinks with the same one.
 */
function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const fresh = (v: object): Record<string, unknown> | unknown[] => (Array.isArray(v) ? [] : {});
  const root = fresh(value);
  const stack: [object, Record<string, unknown> | unknown[]][] = [[value, root]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    for (const [key, child] of Object.entries(from)) {
      const made = typeof child === 'object' && child !== null ? fresh(child) : child;
      if (Array.isArray(to)) to.push(made);
      else setOwn(to, key, made);
      if (made !== child) stack.push([child as object, made as Record<string, unknown> | unknown[]]);
    }
  }
  return root;
}

function paths(doc: Json, limit = 400): Path[] {
  const out: Path[] = [[]];
  const walk = (node: Json, path: Path) => {
    if (out.length >= limit) return;
    if (Array.isArray(node)) node.forEach((child, i) => (out.push([...path, i]), walk(child, [...path, i])));
    else if (isObject(node)) for (const [k, child] of Object.entries(node)) (out.push([...path, k]), walk(child, [...path, k]));
  };
  walk(doc, []);
  return out;
}

function at(doc: Json, path: Path): Json {
  let node = doc;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

export interface Mutation {
  kind: 'delete' | 'replace' | 'rename' | 'insert' | 'repeat' | 'wrap' | 'swap';
  where: number;
  other: number;
  key: string;
  value: unknown;
  times: number;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('delete', 'replace', 'rename', 'insert', 'repeat', 'wrap', 'swap'),
  where: fc.nat(),
  other: fc.nat(),
  key: anyKey,
  value: oddValue,
  times: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) }, fc.integer({ min: 190, max: 600 }), fc.integer({ min: 5000, max: 8000 })),
});

/** Apply a mutation in place to a document parsed from JSON; returns the (possibly new) root. */
export function mutate(root: Json, m: Mutation): Json {
  const all = paths(root);
  const path = all[m.where % all.length]!;
  const target = at(root, path);
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  const parent = path.length ? at(root, parentPath) : undefined;
  const put = (value: unknown): Json => {
    value = copy(value);
    if (last === undefined) return value;
    if (Array.isArray(parent)) parent[last as number] = value;
    else setOwn(parent as Record<string, unknown>, String(last), value);
    return root;
  };
  switch (m.kind) {
    case 'delete':
      if (last === undefined) return undefined;
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete (parent as Record<string, unknown>)[String(last)];
      return root;
    case 'replace':
      return put(m.value);
    case 'rename':
      if (last === undefined || Array.isArray(parent)) return put(m.value);
      delete (parent as Record<string, unknown>)[String(last)];
      setOwn(parent as Record<string, unknown>, m.key, target);
      return root;
    case 'insert':
      if (Array.isArray(target)) target.splice(m.other % (target.length + 1), 0, copy(m.value));
      else if (isObject(target)) setOwn(target, m.key, copy(m.value));
      else return put(m.value);
      return root;
    case 'repeat':
      // A huge list: the same item many times, as a pasted-twice file or a hostile link would.
      // Items are shared, not copied: thousands of copies would be the same data, only slower.
      const items = Array.isArray(target) && target.length > 0 ? target : [target];
      const list = Array.from({ length: m.times }, (_, i) => items[i % items.length]);
      if (last === undefined) return list;
      if (Array.isArray(parent)) parent[last as number] = list;
      else setOwn(parent as Record<string, unknown>, String(last), list);
      return root;
    case 'wrap': {
      let value: unknown = target; // put() copies
      for (let i = 0; i < m.times; i++) {
        if (m.other % 2) value = [value];
        else {
          const wrapper: Record<string, unknown> = {};
          setOwn(wrapper, m.key, value);
          value = wrapper;
        }
      }
      return put(value);
    }
    case 'swap': {
      // Move another part of the document here: valid values in the wrong place.
      const source = all[m.other % all.length]!;
      return put(at(root, source));
    }
  }
}

/**
 * About how many characters the document takes as JSON, counted up to `cap`: a mutation that
 * repeats a big part thousands of times shares it by reference, but as text it would be gigabytes.
 */
export function roughSize(doc: unknown, cap: number): number {
  let size = 0;
  const stack: unknown[] = [doc];
  while (stack.length && size < cap) {
    const node = stack.pop();
    size += typeof node === 'string' ? node.length + 2 : 4;
    if (typeof node === 'object' && node !== null) stack.push(...(Array.isArray(node) ? node : Object.values(node)).slice(0, cap));
  }
  return size;
}

/** Larger documents are no test of the parser, only of JSON.parse and the machine's memory. */
export const MAX_DOCUMENT = 50_000;

export const mutatedSeed: fc.Arbitrary<{ file: string; doc: unknown }> = fc
  .tuple(fc.nat(SEED_FILES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([i, mutations]) => {
    const seed = SEED_FILES[i]!;
    const apply = (ms: Mutation[]) => ms.reduce<unknown>(mutate, JSON.parse(seed.text));
    let doc: unknown = JSON.parse(seed.text);
    for (let n = 0; n < mutations.length; n++) {
      doc = mutate(doc, mutations[n]!);
      // Mutations work in place: one that makes the document too big is dropped by replaying
      // the ones before it.
      if (roughSize(doc, MAX_DOCUMENT) >= MAX_DOCUMENT) return { file: seed.file, doc: apply(mutations.slice(0, n)) };
    }
    return { file: seed.file, doc };
  });

// ---------------------------------------------------------------------------------------------
// Valid scenarios from the machines themselves, for links that are right before they are broken.

export const validScenario: fc.Arbitrary<Scenario> = fc
  .tuple(fc.constantFrom(...FLOW_IDS), fc.array(fc.nat(), { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 12 }))
  .map(([id, givenPicks, stepPicks]) => {
    const flow = FLOWS[id];
    const given = { ...flow.defaults };
    givenPicks.forEach((pick, i) => {
      const field = flow.fields[(pick + i) % flow.fields.length]!;
      const values = validValues(field);
      given[field.key] = values[pick % values.length] as (typeof given)[string];
    });
    const candidates = flow.candidateEvents(start(flow, given));
    const steps: FlowEvent[] = candidates.length ? stepPicks.map((pick) => candidates[pick % candidates.length]!) : [];
    return { flow: id, given, steps };
  });

// ---------------------------------------------------------------------------------------------
// What every result must be: a valid scenario, or errors that say clearly what and where.

const ERROR_CODES = new Set(Object.keys(UI.en.sim.linkErrors));
const ajv = new Ajv2020({ strict: false });
// The schema's `format: date`, checked as the parser checks it (Ajv knows no formats by itself).
ajv.addFormat('date', { type: 'string', validate: isIsoDate });
const schemaValidate = ajv.compile(scenarioSchema());

const CONTROL = /[\u0000-\u001f\u007f]/;

/** What is unclear about one error; empty when it is clear. */
function unclear(error: ScenarioError): string[] {
  const problems: string[] = [];
  if (!ERROR_CODES.has(error.code)) problems.push(`unknown code ${error.code}`);
  // A place to point at: short and on one line, like the value.
  if (typeof error.path !== 'string' || error.path.length > 100 || CONTROL.test(error.path)) problems.push(`bad place ${JSON.stringify(error.path)}`);
  if (error.value !== undefined) {
    // notJson carries JSON.parse's own message (which quotes at most a short excerpt), not a value.
    const max = error.code === 'notJson' ? 200 : 60;
    if (typeof error.value !== 'string' || error.value.length > max || CONTROL.test(error.value)) problems.push(`bad value ${JSON.stringify(error.value)}`);
  }
  for (const list of [error.expected, error.suggestions]) {
    if (list !== undefined && !list.every((item) => typeof item === 'string')) problems.push(`non-text in ${JSON.stringify(list)}`);
  }
  const line = describeError(error);
  if (!line.trim() || /[\n\r]/.test(line)) problems.push(`message not one line of text: ${JSON.stringify(line)}`);
  if (error.path && !line.startsWith(`${error.path}: `)) problems.push(`message does not start with its place: ${line}`);
  for (const locale of LOCALES) {
    const template = UI[locale].sim.linkErrors[error.code];
    if (!template || !format(template, { path: error.path, value: error.value ?? '' }).trim()) problems.push(`no ${locale} message for ${error.code}`);
  }
  return problems;
}

/** Each error: a known code, a place, a short value, one line of English, a message in every locale. */
export function expectClearErrors(errors: ScenarioError[]): void {
  // Plain checks first and one assertion at the end: thousands of errors per run stay fast.
  expect(errors.length).toBeGreaterThan(0);
  const problems = errors.flatMap((e) => unclear(e).map((p) => `${p} in ${JSON.stringify(e).slice(0, 300)}`));
  expect(problems).toEqual([]);
}

/**
 * A valid scenario: the schema accepts it, parsing it again gives the same, its link gives the
 * same, and the runner replays it and checks its expectation without throwing.
 */
export function expectValidScenario(scenario: Scenario): void {
  const flow = FLOWS[scenario.flow];
  expect(FLOW_IDS).toContain(scenario.flow);
  expect(Object.keys(scenario.given).sort()).toEqual(flow.fields.map((f) => f.key).sort());
  expect(scenario.steps.length).toBeLessThanOrEqual(MAX_STEPS);
  for (const s of scenario.steps) expect(flow.eventTypes).toContain(s.type);
  const json = JSON.parse(JSON.stringify(scenario)) as unknown;
  expect(schemaValidate(json), ajv.errorsText(schemaValidate.errors)).toBe(true);
  // As a file holds it (where -0 is 0), it parses to itself.
  expect(parseScenario(json)).toEqual({ ok: true, scenario: json });
  const decoded = decodeScenario(flow, encodeScenario(flow, scenario));
  expect(decoded).toEqual({ ok: true, scenario: { flow: scenario.flow, given: scenario.given, steps: scenario.steps } });
  const run = runScenario(scenario);
  expect(run.steps).toHaveLength(scenario.steps.length);
  for (const diff of checkExpectation(run, scenario.expect)) expect(typeof diff).toBe('string');
}

/** Object.prototype and Array.prototype as they were: no input may add to them. */
export function prototypeSnapshot(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Reflect.ownKeys(p).map(String).sort().join(','));
}

export function expectUnpolluted(before: string[]): void {
  expect(prototypeSnapshot()).toEqual(before);
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  // for…in also walks inherited enumerable keys, which is what pollution would add.
  for (const key in probe) throw new Error(`Object.prototype gained an enumerable key: ${key}`);
}

export const flowIds: fc.Arbitrary<FlowId> = fc.constantFrom(...FLOW_IDS);
