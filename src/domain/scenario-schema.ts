/**
 * The JSON Schema of scenario files, derived from the flow definitions so it cannot drift from
 * what the parser accepts. Published at /schemas/scenario.schema.json.
 */
import { FLOWS } from './flows';
import { FLOW_IDS, type FlowDefinition, type InputField } from './flow';
import { AMBIGUITY_IDS, RULE_IDS } from './rules';

type Schema = Record<string, unknown>;

function inputSchema(field: InputField, defaults: Record<string, unknown>): Schema {
  const base = { default: defaults[field.key] };
  switch (field.kind) {
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'choice':
      return { ...base, enum: [...(field.options ?? [])] };
    case 'number':
      return { ...base, type: 'integer', minimum: field.min ?? 0, maximum: field.max ?? 0 };
    case 'date':
      return { ...base, oneOf: [{ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' }, { type: 'null' }] };
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

const EXPECT: Schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    outcome: { enum: ['in-progress', 'established', 'ended', 'blocked', 'ambiguous'] },
    state: { type: 'string' },
    rules: { type: 'array', items: { enum: [...RULE_IDS, ...AMBIGUITY_IDS] } },
    ambiguities: { type: 'array', items: { enum: [...AMBIGUITY_IDS] } },
    facts: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean', 'null'] } },
    refusals: { type: 'object', propertyNames: { pattern: '^[1-9][0-9]*$' }, additionalProperties: { enum: [...RULE_IDS, ...AMBIGUITY_IDS] } },
  },
};

export function scenarioSchema(): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://csp-relationships.example.org/schemas/scenario.schema.json',
    title: 'CSP relationships simulator scenario',
    description: 'A scenario: a flow, its inputs (all optional, with defaults), the steps people take, and optionally what the outcome must be.',
    oneOf: FLOW_IDS.map((id) => {
      const flow = FLOWS[id];
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
          steps: { type: 'array', maxItems: 200, items: stepSchema(flow) },
          expect: EXPECT,
        },
      };
    }),
  };
}
