/**
 * Scenarios: `{ flow, given, steps, expect }`. One parser serves scenario files, the runner and
 * permalinks, so a typo gets the same precise message wherever it comes from. Parsing never
 * throws: it returns the scenario or a list of errors, each naming its place.
 * The parser takes the flows it knows, so a simulator page bundles only its own machine.
 */
import { isIsoDate } from './dates';
import { FLOW_IDS, isFlowId, type FactValue, type FlowDefinition, type FlowEvent, type FlowId, type Given, type GivenValue, type OutcomeKind } from './flow';
import { isAmbiguityId, isCitationId, type AmbiguityId, type CitationId } from './rules';
import { suggest } from './suggest';

export const MAX_STEPS = 200;
const OUTCOMES: readonly OutcomeKind[] = ['in-progress', 'established', 'ended', 'blocked', 'ambiguous'];

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
  | 'repeated';

export interface ScenarioError {
  code: ScenarioErrorCode;
  /** Where: `steps[3].type`, `given.cloud`, or '' for the whole document. */
  path: string;
  /** The offending text, as given (shortened when long). */
  value?: string;
  /** What would be valid there. */
  expected?: string[];
  suggestions?: string[];
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

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

function checkValue(flow: FlowDefinition, key: string, value: unknown, path: string): Checked {
  const field = flow.fields.find((f) => f.key === key);
  if (!field) return { error: { code: 'unknownInput', path, value: shown(key), suggestions: suggest(key, flow.fields.map((f) => f.key)) } };
  switch (field.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? { value } : { error: { code: 'badValue', path, value: shown(value), expected: ['true', 'false'] } };
    case 'choice': {
      const options = field.options ?? [];
      if (typeof value === 'string' && options.includes(value)) return { value };
      return { error: { code: 'badValue', path, value: shown(value), expected: [...options], suggestions: typeof value === 'string' ? suggest(value, options) : [] } };
    }
    case 'number': {
      const min = field.min ?? 0;
      const max = field.max ?? 0;
      if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return { value };
      const expected: string[] = [];
      for (let n = min; n <= max; n++) expected.push(String(n));
      return { error: { code: 'badValue', path, value: shown(value), expected } };
    }
    case 'date':
      if (value === null || (typeof value === 'string' && isIsoDate(value))) return { value };
      return { error: { code: 'badValue', path, value: shown(value), expected: ['YYYY-MM-DD', 'null'] } };
  }
}

function parseGiven(flow: FlowDefinition, raw: unknown, errors: ScenarioError[]): Given {
  const given: Given = { ...flow.defaults };
  if (raw === undefined) return given;
  if (!isRecord(raw)) {
    errors.push({ code: 'notObject', path: 'given', value: shown(raw) });
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
    errors.push({ code: 'notObject', path, value: shown(raw), expected: ['"EVENT"', '{ "type": "EVENT", … }'] });
    return null;
  }
  const type = record.type;
  const typePath = typeof raw === 'string' ? path : `${path}.type`;
  if (typeof type !== 'string') {
    errors.push({ code: 'missingType', path: typePath, value: shown(type) });
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
      errors.push({
        code: 'badValue',
        path: `${path}.${key}`,
        value: shown(value),
        expected: allowed.map(String),
        suggestions: typeof value === 'string' ? suggest(value, allowed.map(String)) : [],
      });
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

function parseExpect(raw: unknown, errors: ScenarioError[]): Expectation | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    errors.push({ code: 'notObject', path: 'expect', value: shown(raw) });
    return undefined;
  }
  const expect: Expectation = {};
  const keys = ['outcome', 'state', 'rules', 'ambiguities', 'facts', 'refusals'];
  for (const [key, value] of Object.entries(raw)) {
    const path = `expect.${key}`;
    switch (key) {
      case 'outcome':
        if (typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value)) expect.outcome = value as OutcomeKind;
        else errors.push({ code: 'badValue', path, value: shown(value), expected: [...OUTCOMES], suggestions: typeof value === 'string' ? suggest(value, OUTCOMES) : [] });
        break;
      case 'state':
        if (typeof value === 'string') expect.state = value;
        else errors.push({ code: 'badValue', path, value: shown(value), expected: ['a state name'] });
        break;
      case 'rules':
      case 'ambiguities': {
        const check = key === 'rules' ? isCitationId : isAmbiguityId;
        if (!Array.isArray(value)) {
          errors.push({ code: 'notList', path, value: shown(value) });
          break;
        }
        value.forEach((id, i) => {
          if (typeof id !== 'string' || !check(id)) errors.push({ code: 'badValue', path: `${path}[${i}]`, value: shown(id), expected: ['a rule ID such as INV-04'] });
        });
        if (key === 'rules') expect.rules = value.filter((id): id is CitationId => typeof id === 'string' && isCitationId(id));
        else expect.ambiguities = value.filter((id): id is AmbiguityId => typeof id === 'string' && isAmbiguityId(id));
        break;
      }
      case 'facts':
        // NaN and Infinity are no JSON and equal no fact: an expectation holding one could never hold.
        if (isRecord(value) && Object.values(value).every((v) => v === null || ['string', 'boolean'].includes(typeof v) || Number.isFinite(v))) {
          expect.facts = value as Record<string, FactValue>;
        } else errors.push({ code: 'badValue', path, value: shown(value), expected: ['{ "fact": value, … }'] });
        break;
      case 'refusals':
        if (isRecord(value)) {
          expect.refusals = {};
          for (const [n, id] of Object.entries(value)) {
            if (!/^[1-9]\d*$/.test(n)) errors.push({ code: 'badValue', path: `${path}.${shown(n)}`, value: shown(n), expected: ['a step number from 1'] });
            else if (typeof id !== 'string' || !isCitationId(id)) errors.push({ code: 'badValue', path: `${path}.${shown(n)}`, value: shown(id), expected: ['a rule ID'] });
            else expect.refusals[n] = id;
          }
        } else errors.push({ code: 'badValue', path, value: shown(value), expected: ['{ "3": "INV-10" }'] });
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
  if (!isRecord(raw)) return { ok: false, errors: [{ code: 'notObject', path: '', value: shown(raw) }] };
  const known = ['flow', 'given', 'steps', 'expect', '$schema', 'title', 'description'];
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) errors.push({ code: 'unknownKey', path: shown(key), value: shown(key), suggestions: suggest(key, known), expected: known });
  }
  const flowId = raw.flow;
  if (flowId === undefined) return { ok: false, errors: [...errors, { code: 'missingFlow', path: 'flow', expected: [...FLOW_IDS] }] };
  if (typeof flowId !== 'string' || !isFlowId(flowId) || !flows[flowId]) {
    return {
      ok: false,
      errors: [...errors, { code: 'unknownFlow', path: 'flow', value: shown(flowId), expected: [...FLOW_IDS], suggestions: typeof flowId === 'string' ? suggest(flowId, FLOW_IDS) : [] }],
    };
  }
  const flow = flows[flowId]!;
  const given = parseGiven(flow, raw.given, errors);
  const steps: FlowEvent[] = [];
  if (raw.steps !== undefined && !Array.isArray(raw.steps)) errors.push({ code: 'notList', path: 'steps', value: shown(raw.steps) });
  else if (Array.isArray(raw.steps) && raw.steps.length > MAX_STEPS) errors.push({ code: 'tooManySteps', path: 'steps', value: String(raw.steps.length), expected: [String(MAX_STEPS)] });
  else {
    (raw.steps ?? []).forEach((step: unknown, i: number) => {
      const event = parseStep(flow, given, step, `steps[${i}]`, errors);
      if (event) steps.push(event);
    });
  }
  const expect = parseExpect(raw.expect, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, scenario: expect ? { flow: flowId, given, steps, expect } : { flow: flowId, given, steps } };
}

/** One line of English per error, naming the place (the CLI's wording; the UI localizes by code). */
export function describeError(error: ScenarioError, flow?: string): string {
  const where = error.path ? `${error.path}: ` : '';
  const mean = error.suggestions?.length ? `; did you mean ${error.suggestions.join(' or ')}?` : '';
  const one = error.expected?.length ? `; expected ${error.expected.length > 1 ? 'one of ' : ''}${error.expected.join(', ')}` : '';
  const forFlow = flow ? ` for flow ${flow}` : '';
  switch (error.code) {
    case 'notJson':
      return `not valid JSON: ${error.value}`;
    case 'notObject':
      return `${where}expected ${error.path === '' ? 'a scenario object { "flow", "given", "steps" }' : 'an object'}, got ${error.value}`;
    case 'unknownKey':
      return `${where}unknown key "${error.value}"${mean || one}`;
    case 'missingFlow':
      return `flow: missing; expected one of ${FLOW_IDS.join(', ')}`;
    case 'unknownFlow':
      return `${where}unknown flow "${error.value}"${mean || one}`;
    case 'unknownInput':
      return `${where}unknown input "${error.value}"${forFlow}${mean}`;
    case 'badValue':
      return `${where}invalid value "${error.value}"${one}${mean}`;
    case 'notList':
      return `${where}expected a list, got ${error.value}`;
    case 'tooManySteps':
      return `${where}${error.value} steps; at most ${MAX_STEPS}`;
    case 'missingType':
      return `${where}missing event type`;
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
  }
}

