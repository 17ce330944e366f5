/** Permalinks and scenario files are the same data: round trips, and precise errors for bad links. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { decodeScenario, encodeScenario, scenarioPath } from '../../src/domain/permalink';
import { parseScenarioText, runScenario } from '../../src/domain/scenario';
import { scenarioSchema } from '../../src/domain/scenario-schema';
import { FLOWS } from '../../src/domain/flows';

const examples = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, text: readFileSync(`scenarios/${f}`, 'utf8') }));

describe('permalink codec', () => {
  it.each(examples)('round trip: $file', ({ text }) => {
    const parsed = parseScenarioText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { flow, given, steps } = parsed.scenario;
    const link = encodeScenario(FLOWS[flow], { given, steps });
    const decoded = decodeScenario(FLOWS[flow], link);
    expect(decoded.ok, link).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.scenario.given).toEqual(given);
    expect(decoded.scenario.steps).toEqual(steps);
    // Same data, same run.
    expect(runScenario(decoded.scenario).final).toEqual(runScenario(parsed.scenario).final);
  });

  it('writes readable links and leaves defaults out', () => {
    expect(encodeScenario(FLOWS.invitation, { given: { cloud: 'global', includeDap: false }, steps: [{ type: 'SEND_INVITATION' }] })).toBe('?includeDap=false&steps=SEND_INVITATION');
    expect(scenarioPath(FLOWS['dap-revocation'], { given: {}, steps: [{ type: 'CUSTOMER_REMOVES_DAP', scope: 'all-partners' }] }, 'zh-tw')).toBe(
      '/zh-tw/simulators/dap-revocation/?steps=CUSTOMER_REMOVES_DAP(scope:all-partners)',
    );
    expect(encodeScenario(FLOWS.invitation, { given: {}, steps: [] })).toBe('');
  });

  it('an empty query is the default scenario', () => {
    const r = decodeScenario(FLOWS.invitation, '');
    expect(r).toMatchObject({ ok: true, scenario: { flow: 'invitation', steps: [], given: { cloud: 'global' } } });
  });

  const bad: [string, string, RegExp][] = [
    ['unknown event', '?steps=SEND_INVITATION,ACEPT', /steps\[2\]/],
    ['unknown input', '?clod=usgov', /given\.clod/],
    ['bad value', '?cloud=mars', /given\.cloud/],
    ['bad boolean', '?includeDap=yes', /given\.includeDap/],
    ['bad date', '?asOf=2023-02-30', /given\.asOf/],
    ['unbalanced parenthesis', '?steps=CUSTOMER_REMOVES_DAP(scope:all-partners', /steps/],
    ['script in a parameter', '?cloud=%3Cscript%3Ealert(1)%3C/script%3E', /given\.cloud/],
    ['script as an event', '?steps=%3Cimg%20src=x%20onerror=alert(1)%3E', /steps\[1\]/],
    ['bad percent encoding', '?steps=%E0%A4%A', /steps\[1\]/],
    ['too long', `?steps=${'OPEN_LINK,'.repeat(1000)}`, /.*/],
    ['too many steps', `?steps=${Array(201).fill('OPEN_LINK').join(',')}`, /steps/],
    ['payload for a plain event', '?steps=SEND_INVITATION(x:1)', /steps\[1\]\.x/],
    ['an input given twice', '?cloud=usgov&cloud=global', /given\.cloud/],
    ['steps given twice', '?steps=SEND_INVITATION&steps=OPEN_LINK', /steps/],
    ['a step detail given twice', '?steps=CUSTOMER_REMOVES_DAP(scope:all-partners;scope:one-partner)', /steps\[1\]\.scope/],
  ];
  it.each(bad)('rejects a link with %s, naming the place', (_name, query, place) => {
    const r = decodeScenario(FLOWS[query.includes('CUSTOMER_REMOVES_DAP') ? 'dap-revocation' : 'invitation'], query);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors.map((e) => e.path).join(' ')).toMatch(place);
    for (const e of r.errors) expect((e.value ?? '').length).toBeLessThanOrEqual(61);
  });

  it('a repeated parameter is named as such, not silently resolved', () => {
    const r = decodeScenario(FLOWS.invitation, '?cloud=usgov&cloud=global');
    expect(r).toMatchObject({ ok: false, errors: [{ code: 'repeated', path: 'given.cloud' }] });
    // Tracking parameters may repeat: they are not part of the scenario.
    expect(decodeScenario(FLOWS.invitation, '?utm_source=a&utm_source=b').ok).toBe(true);
  });
});

describe('scenario JSON Schema', () => {
  it('the published file is up to date (npm run schema)', () => {
    expect(JSON.parse(readFileSync('public/schemas/scenario.schema.json', 'utf8'))).toEqual(scenarioSchema());
  });

  it('accepts every example scenario, and rejects what the parser rejects', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(scenarioSchema());
    for (const { file, text } of examples) expect(validate(JSON.parse(text)), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    expect(validate({ flow: 'invitation', steps: ['ACEPT'] })).toBe(false);
    expect(validate({ flow: 'invitation', given: { includDap: true } })).toBe(false);
    expect(validate({ flow: 'multi-partner', steps: [{ type: 'PARTNER_ACTION', partner: 'B', action: 'sell', service: 'm365' }] })).toBe(false);
  });
});
