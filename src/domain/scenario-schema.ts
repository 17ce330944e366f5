/**
 * The JSON Schema of scenario files, derived from the flow definitions so it cannot drift from
 * what the parser accepts: a file the schema accepts the runner accepts, and the reverse
 * (tests/unit/scenario-contract.test.ts). The one rule JSON Schema cannot state is that a key
 * appears once per object; the reference page says so. Published at /schemas/scenario.schema.json.
 */
import { FLOWS } from './flows';
import { FLOW_IDS, OUTCOME_KINDS, type FlowDefinition, type Given, type GivenValue, type InputField } from './flow';
import { MAX_STEPS } from './scenario-parse';
import { AMBIGUITY_IDS, RULE_IDS } from './rules';
import { statePaths } from './state-paths';

type Schema = Record<string, unknown>;

/** Month and day, by month length; February 29 comes with leap years only. */
const MONTH_DAY = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))';
/** Multiples of 4 written with two digits, 00 aside. */
const BY_FOUR = '(?:0[48]|[2468][048]|[13579][26])';
/**
 * A date that exists, as `isIsoDate` (dates.ts) decides: years 0100–9999 (JavaScript's Date reads
 * years below 100 as 19xx, so the parser refuses them), leap years by the Gregorian rule.
 */
export const REAL_DATE_PATTERN =
  `^(?:(?:0[1-9]|[1-9][0-9])[0-9]{2}-${MONTH_DAY}|(?:(?:0[1-9]|[1-9][0-9])${BY_FOUR}|${BY_FOUR}00)-02-29)$`;

function inputSchema(field: InputField, defaults: Given): Schema {
  const base = { default: defaults[field.key] };
  switch (field.kind) {
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'choice':
      return { ...base, enum: [...(field.options ?? [])] };
    case 'number':
      return { ...base, type: 'integer', minimum: field.min ?? 0, maximum: field.max ?? 0 };
    case 'date':
      return { ...base, oneOf: [{ type: 'string', pattern: REAL_DATE_PATTERN, format: 'date' }, { type: 'null' }] };
  }
}

function stepSchema(flow: FlowDefinition): Schema {
  const plain = flow.eventTypes.filter((t) => !flow.payloads?.[t]);
  const alternatives: Schema[] = [];
  if (plain.length) {
    alternatives.push({ enum: plain });
    alternatives.push({ type: 'object', properties: { type: { enum: plain } }, required: ['type'], additionalProperties: false });
  }
  for (const [type, fields] of Object.entries(flow.payloads ?? {})) {
    alternatives.push({
      type: 'object',
      properties: { type: { const: type }, ...Object.fromEntries(Object.entries(fields).map(([k, values]) => [k, { enum: [...values] }])) },
      required: ['type', ...Object.keys(fields)],
      additionalProperties: false,
    });
  }
  return { oneOf: alternatives };
}

/** The values an input may take, or the ones that stand for it where its range is wide. */
function domain(field: InputField): readonly GivenValue[] {
  if (field.kind === 'boolean') return [false, true];
  if (field.kind === 'choice') return field.options ?? [];
  if (field.kind === 'number') {
    const [min, max] = [field.min ?? 0, field.max ?? 0];
    return max - min <= 20 ? Array.from({ length: max - min + 1 }, (_, i) => min + i) : (field.samples ?? [min, max]);
  }
  return field.samples ?? [null];
}

function combinations(fields: readonly InputField[], base: Given): Given[] {
  return fields.reduce<Given[]>((all, field) => all.flatMap((given) => domain(field).map((value) => ({ ...given, [field.key]: value }))), [base]);
}

/** "This input has this value", where leaving it out means its default. */
function givenIs(flow: FlowDefinition, key: string, value: GivenValue): Schema {
  const has = { properties: { given: { properties: { [key]: { const: value } } } } };
  return value === flow.defaults[key] ? has : { required: ['given'], properties: { given: { required: [key], properties: { [key]: { const: value } } } } };
}

/**
 * Payload values that depend on the inputs (`payloadOptions`: only the partners in the scenario,
 * only the services it has), as one if/then per combination of the inputs that decide them.
 * Which inputs decide is found by trying them, so a change of the flow changes the schema.
 */
function payloadConditions(flow: FlowDefinition): Schema[] {
  const options = flow.payloadOptions;
  if (!options) return [];
  const keys = [...new Set(Object.values(flow.payloads ?? {}).flatMap((spec) => Object.keys(spec)))];
  const all = combinations(flow.fields, flow.defaults);
  const same = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) => JSON.stringify(a) === JSON.stringify(b);
  return keys.flatMap((key) => {
    const full = [...new Set(Object.values(flow.payloads ?? {}).flatMap((spec) => spec[key] ?? []))];
    const deciding = flow.fields.filter((field) =>
      all.some((given) => domain(field).some((value) => !same(options(given, key), options({ ...given, [field.key]: value }, key)))),
    );
    for (const field of deciding) {
      // A date or a wide number cannot be listed value by value: fail here, not silently.
      if (field.kind === 'date' || (field.kind === 'number' && (field.max ?? 0) - (field.min ?? 0) > 20)) {
        throw new Error(`${flow.id}: payload ${key} depends on ${field.key}, which the schema cannot list`);
      }
    }
    return combinations(deciding, flow.defaults).flatMap((given) => {
      const allowed = options(given, key) ?? full;
      if (allowed.some((v) => !full.includes(v))) throw new Error(`${flow.id}: payload ${key} allows ${String(allowed)} beyond its events' values`);
      if (same([...allowed].sort(), [...full].sort())) return [];
      const condition = deciding.map((field) => givenIs(flow, field.key, given[field.key] ?? null));
      return [
        {
          if: condition.length === 1 ? condition[0] : { allOf: condition },
          then: { properties: { steps: { items: { properties: { [key]: allowed.length ? { enum: [...allowed] } : false } } } } },
        },
      ];
    });
  });
}

function expectSchema(flow: FlowDefinition): Schema {
  const citations = [...RULE_IDS, ...AMBIGUITY_IDS];
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      outcome: { enum: [...OUTCOME_KINDS] },
      state: { enum: [...statePaths(flow.machine.root)] },
      rules: { type: 'array', items: { enum: citations } },
      ambiguities: { type: 'array', items: { enum: [...AMBIGUITY_IDS] } },
      facts: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean', 'null'] } },
      // Step numbers from 1 up to the limit; beyond the steps the file has is stated at the top.
      refusals: { type: 'object', propertyNames: { pattern: '^(?:[1-9]|[1-9][0-9]|1[0-9][0-9]|200)$' }, additionalProperties: { enum: citations } },
    },
  };
}

/** `expect.refusals` names steps the file has: step n needs at least n steps (one rule per n). */
function refusalsWithinSteps(): Schema[] {
  return Array.from({ length: MAX_STEPS }, (_, i) => ({
    if: { properties: { steps: { maxItems: i } } },
    then: { properties: { expect: { properties: { refusals: { not: { required: [String(i + 1)] } } } } } },
  }));
}

export function scenarioSchema(): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://csp-relationships.example.org/schemas/scenario.schema.json',
    title: 'CSP relationships simulator scenario',
    description:
      'A scenario: a flow, its inputs (all optional, with defaults), the steps people take, and optionally what the outcome must be. Beyond this schema, the runner refuses a key given twice in one object.',
    oneOf: FLOW_IDS.map((id) => {
      const flow = FLOWS[id];
      const conditions = payloadConditions(flow);
      return {
        type: 'object',
        additionalProperties: false,
        required: ['flow'],
        properties: {
          $schema: { type: 'string' },
          title: { type: 'string' },
          description: { type: 'string' },
          flow: { const: id },
          given: {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(flow.fields.map((f) => [f.key, inputSchema(f, flow.defaults)])),
          },
          steps: { type: 'array', maxItems: MAX_STEPS, items: stepSchema(flow) },
          expect: expectSchema(flow),
        },
        ...(conditions.length ? { allOf: conditions } : {}),
      };
    }),
    allOf: refusalsWithinSteps(),
  };
}
