/**
 * Scenarios: `{ flow, given, steps, expect }`. One parser serves scenario files, the runner and
 * permalinks, so a typo gets the same precise message wherever it comes from. Parsing never
 * throws: it returns the scenario or a list of errors, each naming its place.
 * The parser takes the flows it knows, so a simulator page bundles only its own machine.
 */
import { isIsoDate } from './dates';
import { FLOW_IDS, isFlowId, OUTCOME_KINDS, type FactValue, type FlowDefinition, type FlowEvent, type FlowId, type Given, type GivenValue, type OutcomeKind } from './flow';
import { AMBIGUITY_IDS, isAmbiguityId, isCitationId, RULE_IDS, type AmbiguityId, type CitationId } from './rules';
import { statePaths } from './state-paths';
import { suggest } from './suggest';

export const MAX_STEPS = 200;
/** A date's form; whether the date exists is `isIsoDate`'s answer. */
const DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;

export interface Expectation {
  outcome?: OutcomeKind;
  state?: string;
  /** Rules the outcome must rest on (others may be there too). */
  rules?: CitationId[];
  /** The ambiguities, exactly. */
  ambiguities?: AmbiguityId[];
  /** Facts that must hold with these values (others are not checked). */
  facts?: Record<string, FactValue>;
  /** Steps that must be refused, by 1-based step number, with the rule that refuses them. */
  refusals?: Record<string, CitationId>;
}

export interface Scenario {
  flow: FlowId;
  given: Given;
  steps: FlowEvent[];
  expect?: Expectation;
}

export type ScenarioErrorCode =
  | 'notJson'
  | 'notObject'
  | 'unknownKey'
  | 'missingFlow'
  | 'unknownFlow'
  | 'unknownInput'
  | 'badValue'
  | 'notList'
  | 'tooManySteps'
  | 'missingType'
  | 'unknownEvent'
  | 'unknownPayload'
  | 'missingPayload'
  | 'badLink'
  | 'repeated'
  | 'noSuchDate'
  | 'duplicateKey'
  | 'unknownState'
  | 'noSuchStep';

/** What kind of value a file holds at a place, so a message can say "got the string "false"". */
export type ValueKind = 'string' | 'number' | 'boolean' | 'null' | 'list' | 'object' | 'other';

/** What kind of value belongs at a place, so a message can name the type it expected. */
export type Wanted = 'boolean' | 'integer' | 'choice' | 'date' | 'text' | 'event' | 'rule' | 'ambiguity' | 'facts' | 'refusals' | 'stepNumber';

export interface ScenarioError {
  code: ScenarioErrorCode;
  /** Where: `steps[3].type` (lists count from 1, as runs and `expect.refusals` do), `given.cloud`, or '' for the whole document. */
  path: string;
  /** The offending text, as given (shortened when long). */
  value?: string;
  /** What would be valid there. */
  expected?: string[];
  suggestions?: string[];
  /** The kind of value that belongs there (`badValue`). */
  wanted?: Wanted;
  /** The kind of value that was there. */
  got?: ValueKind;
  /** The lowest and highest allowed: an integer input's range, or 1 and the number of steps. */
  range?: readonly [number, number];
  /** Where in the text, from 1 (a duplicate key: the parsed document no longer holds it). */
  at?: { line: number; column: number };
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : type === 'object' ? 'object' : 'other';
}

/** Text on one line: control characters (line breaks too) written as `\u000a`. */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const SHOWN_MAX = 60;

/**
 * The start of a value's JSON, written only as far as a message shows it: the cost does not grow
 * with the value, and nesting deeper than the stack, cycles or BigInt cannot make it throw.
 * Up to that length it is what JSON.stringify writes.
 */
function jsonStart(value: unknown): string {
  let out = '';
  const full = () => out.length > SHOWN_MAX;
  const write = (v: unknown, inArray: boolean): void => {
    if (full()) return;
    if (v instanceof Number || v instanceof String || v instanceof Boolean) v = v.valueOf();
    else if (typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON: () => unknown }).toJSON();
    if (typeof v === 'string') out += JSON.stringify(v.slice(0, SHOWN_MAX + 2));
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null) out += JSON.stringify(v);
    else if (typeof v === 'bigint') out += String(v);
    else if (Array.isArray(v)) {
      out += '[';
      for (let i = 0; i < v.length && !full(); i++) {
        if (i > 0) out += ',';
        write(v[i], true);
      }
      out += ']';
    } else if (typeof v === 'object') {
      out += '{';
      let first = true;
      for (const key of Object.keys(v)) {
        if (full()) break;
        const item = (v as Record<string, unknown>)[key];
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
        out += `${first ? '' : ','}${JSON.stringify(key.slice(0, SHOWN_MAX + 2))}:`;
        first = false;
        write(item, false);
      }
      out += '}';
    } else if (inArray) out += 'null'; // undefined, a function or a symbol, as JSON.stringify writes them in a list
  };
  write(value, true);
  return out;
}

/** A value for the message, never longer than 60 characters and with control characters shown. */
export function shown(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value.slice(0, SHOWN_MAX + 1);
  else if (value === undefined || typeof value === 'function' || typeof value === 'symbol') text = String(value);
  else {
    try {
      text = jsonStart(value);
    } catch {
      text = typeof value; // a getter or a proxy that throws: not a value a JSON document can hold
    }
  }
  text = escapeControls(text);
  return text.length > SHOWN_MAX ? `${text.slice(0, SHOWN_MAX - 3)}…` : text;
}

/** Own properties only: a key such as `constructor` or `__proto__` must not find a prototype member. */
const own = <T>(table: Record<string, T> | undefined, key: string): T | undefined =>
  table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;

type Checked = { error: ScenarioError } | { value: GivenValue };

/** A value of the wrong type or outside its range: the error names what belongs there. */
function bad(path: string, value: unknown, wanted: Wanted, more: Partial<ScenarioError> = {}): ScenarioError {
  return { code: 'badValue', path, value: shown(value), wanted, got: kindOf(value), ...more };
}

function checkValue(flow: FlowDefinition, key: string, value: unknown, path: string): Checked {
  const field = flow.fields.find((f) => f.key === key);
  if (!field) return { error: { code: 'unknownInput', path, value: shown(key), suggestions: suggest(key, flow.fields.map((f) => f.key)) } };
  switch (field.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? { value } : { error: bad(path, value, 'boolean', { expected: ['true', 'false'] }) };
    case 'choice': {
      const options = field.options ?? [];
      if (typeof value === 'string' && options.includes(value)) return { value };
      return { error: bad(path, value, 'choice', { expected: [...options], suggestions: typeof value === 'string' ? suggest(value, options) : [] }) };
    }
    case 'number': {
      const min = field.min ?? 0;
      const max = field.max ?? 0;
      // -0 reads as 0, so a scenario and its link (which writes 0) are the same scenario.
      if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return { value: value === 0 ? 0 : value };
      return { error: bad(path, value, 'integer', { range: [min, max] }) };
    }
    case 'date':
      if (value === null || (typeof value === 'string' && isIsoDate(value))) return { value };
      // `2023-02-30` is written right but names no day: say so rather than "expected a date".
      if (typeof value === 'string' && DATE_FORM.test(value)) return { error: { code: 'noSuchDate', path, value } };
      return { error: bad(path, value, 'date', { expected: ['YYYY-MM-DD', 'null'] }) };
  }
}

function parseGiven(flow: FlowDefinition, raw: unknown, errors: ScenarioError[]): Given {
  const given: Given = { ...flow.defaults };
  if (raw === undefined) return given;
  if (!isRecord(raw)) {
    errors.push({ code: 'notObject', path: 'given', value: shown(raw), got: kindOf(raw) });
    return given;
  }
  for (const [key, value] of Object.entries(raw)) {
    const checked = checkValue(flow, key, value, `given.${shown(key)}`);
    if ('error' in checked) errors.push(checked.error);
    else given[key] = checked.value;
  }
  return given;
}

function parseStep(flow: FlowDefinition, given: Given, raw: unknown, path: string, errors: ScenarioError[]): FlowEvent | null {
  const record: Raw | null = typeof raw === 'string' ? { type: raw } : isRecord(raw) ? raw : null;
  if (!record) {
    errors.push({ code: 'notObject', path, value: shown(raw), got: kindOf(raw), expected: ['"EVENT"', '{ "type": "EVENT", … }'] });
    return null;
  }
  const type = record.type;
  const typePath = typeof raw === 'string' ? path : `${path}.type`;
  if (typeof type !== 'string') {
    errors.push(type === undefined ? { code: 'missingType', path: typePath } : { code: 'missingType', path: typePath, value: shown(type), got: kindOf(type) });
    return null;
  }
  if (!flow.eventTypes.includes(type)) {
    errors.push({ code: 'unknownEvent', path: typePath, value: shown(type), suggestions: suggest(type, flow.eventTypes), expected: [...flow.eventTypes] });
    return null;
  }
  const spec = own(flow.payloads, type) ?? {};
  const event: FlowEvent = { type };
  let ok = true;
  for (const [key, value] of Object.entries(record)) {
    if (key === 'type') continue;
    const values = own(spec, key);
    const allowed = values ? (flow.payloadOptions?.(given, key) ?? values) : undefined;
    if (!allowed) {
      errors.push({ code: 'unknownPayload', path: `${path}.${shown(key)}`, value: shown(key), suggestions: suggest(key, Object.keys(spec)), expected: Object.keys(spec) });
      ok = false;
      continue;
    }
    if (!allowed.includes(value as string | number | boolean)) {
      const booleans = allowed.length === 2 && allowed.includes(true) && allowed.includes(false);
      const expected = allowed.map(String);
      errors.push(bad(`${path}.${key}`, value, booleans ? 'boolean' : 'choice', { expected, suggestions: typeof value === 'string' ? suggest(value, expected) : [] }));
      ok = false;
      continue;
    }
    event[key] = value as GivenValue;
  }
  for (const key of Object.keys(spec)) {
    if (!Object.hasOwn(record, key)) {
      errors.push({ code: 'missingPayload', path: `${path}.${key}`, value: key, expected: spec[key]!.map(String) });
      ok = false;
    }
  }
  return ok ? event : null;
}

const CITATION_IDS: readonly string[] = [...RULE_IDS, ...AMBIGUITY_IDS];

function parseIds<T extends string>(key: 'rules' | 'ambiguities', value: unknown, check: (id: string) => id is T, errors: ScenarioError[]): T[] {
  const path = `expect.${key}`;
  if (!Array.isArray(value)) {
    errors.push({ code: 'notList', path, value: shown(value), got: kindOf(value) });
    return [];
  }
  const known = key === 'rules' ? CITATION_IDS : AMBIGUITY_IDS;
  const ids: T[] = [];
  value.forEach((id: unknown, i: number) => {
    if (typeof id === 'string' && check(id)) ids.push(id);
    else errors.push(bad(`${path}[${i + 1}]`, id, key === 'rules' ? 'rule' : 'ambiguity', { suggestions: typeof id === 'string' ? suggest(id, known) : [] }));
  });
  return ids;
}

/**
 * `expect`, checked against the flow when the file is read: a state the machine does not have or
 * a refusal of a step the scenario does not take could never hold, so it is an invalid file, not
 * a failed expectation.
 */
function parseExpect(flow: FlowDefinition, raw: unknown, stepCount: number, errors: ScenarioError[]): Expectation | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    errors.push({ code: 'notObject', path: 'expect', value: shown(raw), got: kindOf(raw) });
    return undefined;
  }
  const expect: Expectation = {};
  const keys = ['outcome', 'state', 'rules', 'ambiguities', 'facts', 'refusals'];
  for (const [key, value] of Object.entries(raw)) {
    const path = `expect.${key}`;
    switch (key) {
      case 'outcome':
        if (typeof value === 'string' && (OUTCOME_KINDS as readonly string[]).includes(value)) expect.outcome = value as OutcomeKind;
        else errors.push(bad(path, value, 'choice', { expected: [...OUTCOME_KINDS], suggestions: typeof value === 'string' ? suggest(value, OUTCOME_KINDS) : [] }));
        break;
      case 'state': {
        const states = statePaths(flow.machine.root);
        if (typeof value === 'string' && states.includes(value)) expect.state = value;
        else if (typeof value === 'string') errors.push({ code: 'unknownState', path, value: shown(value), expected: [...states], suggestions: suggest(value, states) });
        else errors.push(bad(path, value, 'choice', { expected: [...states] }));
        break;
      }
      case 'rules':
        expect.rules = parseIds(key, value, isCitationId, errors);
        break;
      case 'ambiguities':
        expect.ambiguities = parseIds(key, value, isAmbiguityId, errors);
        break;
      case 'facts':
        // NaN and Infinity are no JSON and equal no fact: an expectation holding one could never hold.
        if (isRecord(value) && Object.values(value).every((v) => v === null || ['string', 'boolean'].includes(typeof v) || Number.isFinite(v))) {
          expect.facts = value as Record<string, FactValue>;
        } else errors.push(bad(path, value, 'facts'));
        break;
      case 'refusals':
        if (isRecord(value)) {
          expect.refusals = {};
          for (const [n, id] of Object.entries(value)) {
            const where = `${path}.${shown(n)}`;
            if (!/^[1-9]\d*$/.test(n)) errors.push(bad(where, n, 'stepNumber'));
            else if (Number(n) > stepCount) errors.push({ code: 'noSuchStep', path: where, value: shown(n), range: [1, stepCount] });
            else if (typeof id !== 'string' || !isCitationId(id)) errors.push(bad(where, id, 'rule', { suggestions: typeof id === 'string' ? suggest(id, CITATION_IDS) : [] }));
            else expect.refusals[n] = id;
          }
        } else errors.push(bad(path, value, 'refusals'));
        break;
      default:
        errors.push({ code: 'unknownKey', path: `expect.${shown(key)}`, value: shown(key), suggestions: suggest(key, keys), expected: keys });
    }
  }
  return expect;
}

export type FlowTable = Partial<Record<FlowId, FlowDefinition>>;

/** Validate a scenario document (already parsed from JSON) against the given flows. Never throws. */
export function parseScenarioWith(flows: FlowTable, raw: unknown): ParseResult {
  const errors: ScenarioError[] = [];
  if (!isRecord(raw)) return { ok: false, errors: [{ code: 'notObject', path: '', value: shown(raw), got: kindOf(raw) }] };
  const known = ['flow', 'given', 'steps', 'expect', '$schema', 'title', 'description'];
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) errors.push({ code: 'unknownKey', path: shown(key), value: shown(key), suggestions: suggest(key, known), expected: known });
    // Notes for people: any text, but text (the schema says so too).
    else if (key === '$schema' || key === 'title' || key === 'description') {
      if (typeof raw[key] !== 'string') errors.push(bad(key, raw[key], 'text'));
    }
  }
  const flowId = raw.flow;
  if (flowId === undefined) return { ok: false, errors: [...errors, { code: 'missingFlow', path: 'flow', expected: [...FLOW_IDS] }] };
  if (typeof flowId !== 'string' || !isFlowId(flowId) || !flows[flowId]) {
    return {
      ok: false,
      errors: [...errors, { code: 'unknownFlow', path: 'flow', value: shown(flowId), got: kindOf(flowId), expected: [...FLOW_IDS], suggestions: typeof flowId === 'string' ? suggest(flowId, FLOW_IDS) : [] }],
    };
  }
  const flow = flows[flowId]!;
  const given = parseGiven(flow, raw.given, errors);
  const steps: FlowEvent[] = [];
  if (raw.steps !== undefined && !Array.isArray(raw.steps)) errors.push({ code: 'notList', path: 'steps', value: shown(raw.steps), got: kindOf(raw.steps) });
  else if (Array.isArray(raw.steps) && raw.steps.length > MAX_STEPS) errors.push({ code: 'tooManySteps', path: 'steps', value: String(raw.steps.length), expected: [String(MAX_STEPS)] });
  else {
    // Step 1 is the first, here as in a run and in `expect.refusals`.
    (raw.steps ?? []).forEach((step: unknown, i: number) => {
      const event = parseStep(flow, given, step, `steps[${i + 1}]`, errors);
      if (event) steps.push(event);
    });
  }
  const expect = parseExpect(flow, raw.expect, Array.isArray(raw.steps) ? raw.steps.length : 0, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, scenario: expect ? { flow: flowId, given, steps, expect } : { flow: flowId, given, steps } };
}

/** "the string "false"", "the number 3", "null": what was there, with its type. */
function gotText(error: ScenarioError): string {
  switch (error.got) {
    case 'string':
      return `the string "${error.value}"`;
    case 'number':
      return `the number ${error.value}`;
    case 'list':
      return `the list ${error.value}`;
    case 'object':
      return `the object ${error.value}`;
    case 'boolean':
    case 'null':
      return `${error.value}`;
    default:
      return `"${error.value}"`;
  }
}

/** What belongs at a place, in words. */
function wantedText(error: ScenarioError): string {
  const [min, max] = error.range ?? [];
  const list = error.expected ?? [];
  switch (error.wanted) {
    case 'boolean':
      return 'true or false';
    case 'integer':
      return min === undefined ? 'an integer' : `an integer between ${min} and ${max}`;
    case 'date':
      return 'a date written YYYY-MM-DD, or null';
    case 'text':
      return 'text';
    case 'event':
      return 'an event name';
    case 'rule':
      return 'a rule or ambiguity ID such as INV-04 or AMB-08';
    case 'ambiguity':
      return 'an ambiguity ID such as AMB-08';
    case 'facts':
      return 'an object of facts such as { "relationship": true }, each true, false, a number, text or null';
    case 'refusals':
      return 'an object of step numbers and rules such as { "3": "INV-10" }';
    case 'stepNumber':
      return 'a step number from 1';
    default:
      return list.length === 1 ? list[0]! : `one of ${list.join(', ')}`;
  }
}

/** One line of English per error, naming the place (the CLI's wording; the UI localizes by code). */
export function describeError(error: ScenarioError, flow?: string): string {
  const where = error.path ? `${error.path}: ` : '';
  const mean = error.suggestions?.length ? `; did you mean ${error.suggestions.join(' or ')}?` : '';
  const one = error.expected?.length ? `; expected ${error.expected.length > 1 ? 'one of ' : ''}${error.expected.join(', ')}` : '';
  const forFlow = flow ? ` for flow ${flow}` : '';
  const got = error.got ? gotText(error) : error.value;
  switch (error.code) {
    case 'notJson':
      return `not valid JSON: ${error.value}`;
    case 'notObject':
      if (error.path === '') return `expected a scenario object { "flow", "given", "steps" }, got ${got}`;
      return `${where}expected ${error.expected?.length ? error.expected.join(' or ') : 'an object'}, got ${got}`;
    case 'unknownKey':
      return `${where}unknown key "${error.value}"${mean || one}`;
    case 'missingFlow':
      return `flow: missing; expected one of ${FLOW_IDS.join(', ')}`;
    case 'unknownFlow':
      return `${where}unknown flow ${error.got && error.got !== 'string' ? gotText(error) : `"${error.value}"`}${mean || one}`;
    case 'unknownInput':
      return `${where}unknown input "${error.value}"${forFlow}${mean}`;
    case 'badValue':
      return `${where}expected ${wantedText(error)}, got ${got}${mean}`;
    case 'notList':
      return `${where}expected a list, got ${got}`;
    case 'tooManySteps':
      return `${where}${error.value} steps; at most ${MAX_STEPS}`;
    case 'missingType':
      return error.value === undefined ? `${where}missing event type` : `${where}expected an event name, got ${got}`;
    case 'unknownEvent':
      return `${where}unknown event "${error.value}"${forFlow}${mean}`;
    case 'unknownPayload':
      return `${where}unknown field "${error.value}"${forFlow}${mean || one}`;
    case 'missingPayload':
      return `${where}missing${one}`;
    case 'badLink':
      return `${where}malformed link: ${error.value}`;
    case 'repeated':
      return `${where}given more than once`;
    case 'noSuchDate':
      return `${where}the date ${error.value} does not exist; expected a real date written YYYY-MM-DD, or null`;
    case 'duplicateKey': {
      const at = error.at ? ` (line ${error.at.line}, column ${error.at.column})` : '';
      return `${where}the key "${error.value}" appears more than once in the same object${at}; give each key once`;
    }
    case 'unknownState':
      return `${where}unknown state "${error.value}"${forFlow}${mean || one}`;
    case 'noSuchStep': {
      const count = error.range?.[1] ?? 0;
      return `${where}there is no step ${error.value}; the scenario has ${count === 0 ? 'no steps' : count === 1 ? '1 step' : `${count} steps`}`;
    }
  }
}
