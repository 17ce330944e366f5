/**
 * Hostile input, permalink decoder (issue 6): random query strings, and real links (every
 * scenario file, and scenarios the machines themselves offer) truncated, duplicated, renamed,
 * badly percent-encoded or carrying script. Whatever the address, decoding returns a valid
 * scenario of that flow, taking every parameter it was given into account, or errors that each
 * name a place; it never throws or touches a prototype.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FLOWS } from '../../src/domain/flows';
import { FLOW_IDS, type FlowId } from '../../src/domain/flow';
import { decodeScenario, encodeScenario, MAX_QUERY_LENGTH } from '../../src/domain/permalink';
import { hasScenarioParams } from '../../src/domain/scenario-params';
import { parseScenarioText, type ParseResult } from '../../src/domain/scenario';
import {
  anyCodePoints,
  anyKey,
  anyText,
  DOMAIN_WORDS,
  expectClearErrors,
  expectUnpolluted,
  expectValidScenario,
  flowIds,
  PROTOTYPE_KEYS,
  prototypeSnapshot,
  RUNS,
  TIMEOUT,
  SCRIPT_PAYLOADS,
  SEED_FILES,
  validScenario,
} from './hostile-inputs';

const pristine = prototypeSnapshot();
afterAll(() => expectUnpolluted(pristine));

/** Every real scenario file as the link the simulator would write for it. */
const SEED_LINKS: { flow: FlowId; link: string }[] = SEED_FILES.map(({ text }) => {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error('seed files are valid (checked by permalink.test.ts)');
  const { flow, given, steps } = parsed.scenario;
  return { flow, link: encodeScenario(FLOWS[flow], { given, steps }) };
});

const PARAM_NAMES = [...new Set([...FLOW_IDS.flatMap((id) => FLOWS[id].fields.map((f) => f.key)), 'steps'])];

/** Percent-encoding as browsers and hand edits produce it, broken or not. */
const PERCENT_GARBAGE = ['%', '%2', '%ZZ', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%F0%9F%98', '%00', '%0A', '%FF%FE', '%25', '%2525', '%26', '%3D', '%23', '+', '%2B', '%28', '%29', '%2C'];

function encodeLeniently(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text; // a lone surrogate: leave it raw, as a hand-typed address would
  }
}

const stepText = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...DOMAIN_WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) }, { weight: 1, arbitrary: anyText }),
    fc.option(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...DOMAIN_WORDS, ...PROTOTYPE_KEYS, 'type', ''), anyKey), fc.option(fc.oneof(fc.constantFrom(...DOMAIN_WORDS, 'true', 'false'), anyText))), { maxLength: 4 })),
  )
  .map(([name, args]) => (args === null ? name : `${name}(${args.map(([k, v]) => (v === null ? k : `${k}:${v}`)).join(';')})`));

const paramValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DOMAIN_WORDS, 'true', 'false', '2', '3', '4', '2023-10-10', '2023-02-30', '') },
  { weight: 3, arbitrary: fc.array(stepText, { maxLength: 6 }).map((steps) => steps.join(',')) },
  { weight: 2, arbitrary: fc.constantFrom(...SCRIPT_PAYLOADS, ...PERCENT_GARBAGE) },
  { weight: 2, arbitrary: anyText },
);

const paramName = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PARAM_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom('utm_source', 'utm_', 'STEPS', 'step', 'steps[]', ...PROTOTYPE_KEYS, ...SCRIPT_PAYLOADS) },
  { weight: 1, arbitrary: anyKey },
);

/** A query assembled from parameters, each written raw, percent-encoded or double-encoded. */
const assembledQuery = fc
  .tuple(
    fc.array(fc.tuple(paramName, fc.option(paramValue), fc.constantFrom('raw', 'encoded', 'double')), { maxLength: 8 }),
    fc.constantFrom('?', '', '??', '?&'),
    fc.constantFrom('&', '&&', ';', '&amp;'),
  )
  .map(([params, lead, sep]) =>
    lead +
    params
      .map(([name, value, how]) => {
        const write = (t: string) => (how === 'raw' ? t : how === 'encoded' ? encodeLeniently(t) : encodeLeniently(encodeLeniently(t)));
        return value === null ? write(name) : `${write(name)}=${write(value)}`;
      })
      .join(sep),
  );

const randomQuery = fc.oneof(
  { weight: 4, arbitrary: assembledQuery },
  { weight: 1, arbitrary: anyCodePoints(200) },
  { weight: 1, arbitrary: fc.webQueryParameters().map((q) => `?${q}`) },
  { weight: 1, arbitrary: fc.integer({ min: MAX_QUERY_LENGTH - 10, max: 3 * MAX_QUERY_LENGTH }).map((n) => `?steps=${'OPEN_LINK,'.repeat(n).slice(0, n)}`) },
);

type LinkMutation = { kind: 'truncate' | 'cut' | 'insert' | 'duplicate' | 'drop' | 'revalue' | 'rename' | 'append' | 'repeatSteps' | 'injectField' | 'case'; a: number; b: number; piece: string; name: string; value: string };

const linkMutation: fc.Arbitrary<LinkMutation> = fc.record({
  kind: fc.constantFrom<LinkMutation['kind']>('truncate', 'cut', 'insert', 'duplicate', 'drop', 'revalue', 'rename', 'append', 'repeatSteps', 'injectField', 'case'),
  a: fc.nat(),
  b: fc.nat(),
  piece: fc.oneof(fc.constantFrom(...PERCENT_GARBAGE, ...SCRIPT_PAYLOADS, '&', '=', '(', ')', ',', ';', ':', '&steps=', '&cloud=', '#', '?'), anyText),
  name: paramName,
  value: paramValue,
});

function mutateLink(link: string, m: LinkMutation): string {
  const body = link.startsWith('?') ? link.slice(1) : link;
  const parts = body === '' ? [] : body.split('&');
  const i = parts.length ? m.a % parts.length : 0;
  const cut = (n: number) => n % (link.length + 1);
  switch (m.kind) {
    case 'truncate':
      return link.slice(0, cut(m.a));
    case 'cut': {
      const [from, to] = [cut(m.a), cut(m.b)].sort((x, y) => x - y) as [number, number];
      return link.slice(0, from) + link.slice(to);
    }
    case 'insert':
      return link.slice(0, cut(m.a)) + m.piece + link.slice(cut(m.a));
    case 'duplicate':
      return parts.length ? `?${[...parts, parts[i]!].join('&')}` : `${link}${link}`;
    case 'drop':
      return `?${parts.filter((_, j) => j !== i).join('&')}`;
    case 'revalue':
      if (!parts.length) return `?${m.name}=${m.value}`;
      parts[i] = `${parts[i]!.split('=')[0]}=${m.b % 2 ? encodeLeniently(m.value) : m.value}`;
      return `?${parts.join('&')}`;
    case 'rename':
      if (!parts.length) return `?${m.name}`;
      parts[i] = `${m.b % 2 ? encodeLeniently(m.name) : m.name}=${parts[i]!.split('=').slice(1).join('=')}`;
      return `?${parts.join('&')}`;
    case 'append':
      return `${link}${link.includes('?') ? '&' : '?'}${encodeLeniently(m.name)}=${encodeLeniently(m.value)}`;
    case 'repeatSteps': {
      // More steps than a scenario may have, or a link longer than a query may be.
      const steps = parts.find((p) => p.startsWith('steps='));
      const list = steps ? steps.slice('steps='.length) : 'OPEN_LINK';
      const times = 2 + (m.b % 300);
      // Past three times the limit is no different from just past it, only slower.
      const repeated = Array<string>(times).fill(list).join(',').slice(0, 3 * MAX_QUERY_LENGTH);
      return `?${[...parts.filter((p) => p !== steps), `steps=${repeated}`].join('&')}`;
    }
    case 'injectField': {
      // A field named like a prototype member, or `type`, inside a step.
      const field = [...PROTOTYPE_KEYS, 'type'][m.b % (PROTOTYPE_KEYS.length + 1)]!;
      const at = link.indexOf('steps=');
      if (at < 0) return `${link}${link ? '&' : '?'}steps=OPEN_LINK(${field}:x)`;
      const end = link.indexOf(',', at);
      const stop = end < 0 ? link.length : end;
      const step = link.slice(at + 'steps='.length, stop);
      const withField = step.endsWith(')') ? `${step.slice(0, -1)};${field}:${m.value})` : `${step}(${field}:${m.value})`;
      return link.slice(0, at + 'steps='.length) + withField + link.slice(stop);
    }
    case 'case': {
      const [from, to] = [cut(m.a), cut(m.b)].sort((x, y) => x - y) as [number, number];
      const region = link.slice(from, to);
      return link.slice(0, from) + (m.a % 2 ? region.toUpperCase() : region.toLowerCase()) + link.slice(to);
    }
  }
}

const seedLink = fc.oneof(
  fc.constantFrom(...SEED_LINKS),
  validScenario.map((s) => ({ flow: s.flow, link: encodeScenario(FLOWS[s.flow], s) })),
);

const mutatedLink = fc.tuple(seedLink, fc.array(linkMutation, { minLength: 1, maxLength: 3 })).map(([{ flow, link }, ms]) => ({
  flow,
  query: ms.reduce(mutateLink, link),
}));

/** Decoding must give a valid scenario of this flow that reads every parameter, or clear errors. */
function expectSound(flow: FlowId, query: string, result: ParseResult): void {
  expect(typeof hasScenarioParams(query)).toBe('boolean');
  if (!result.ok) {
    expectClearErrors(result.errors);
    return;
  }
  expect(result.scenario.flow).toBe(flow);
  expectValidScenario(result.scenario);
  // Nothing in the address is silently ignored, except tracking parameters.
  const known = new Set([...FLOWS[flow].fields.map((f) => f.key), 'steps']);
  for (const key of new URLSearchParams(query.startsWith('?') ? query.slice(1) : query).keys()) {
    expect(known.has(key) || key.startsWith('utm_'), `parameter ${JSON.stringify(key)} of ${query}`).toBe(true);
  }
}

describe('permalink decoder, hostile input', () => {
  it(`random query strings (${RUNS} runs), for every flow`, () => {
    fc.assert(
      fc.property(randomQuery, flowIds, (query, flow) => {
        expectSound(flow, query, decodeScenario(FLOWS[flow], query));
        expectUnpolluted(pristine);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it(`mutated real links (${RUNS} runs): truncated, duplicated, renamed, re-valued, percent garbage, scripts`, () => {
    fc.assert(
      fc.property(mutatedLink, flowIds, ({ flow, query }, other) => {
        expectSound(flow, query, decodeScenario(FLOWS[flow], query));
        // The same address opened on another flow's page.
        expectSound(other, query, decodeScenario(FLOWS[other], query));
        expectUnpolluted(pristine);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('percent-encoding any character of a valid link (other than & = ?) opens the same scenario', () => {
    fc.assert(
      fc.property(seedLink, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), ({ flow, link }, picks) => {
        const chars = [...link];
        for (const pick of picks) {
          const j = pick % Math.max(1, chars.length);
          const c = chars[j];
          if (c === undefined || /[&=?%]/.test(c)) continue;
          chars[j] = [...new TextEncoder().encode(c)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
        }
        expect(decodeScenario(FLOWS[flow], chars.join(''))).toEqual(decodeScenario(FLOWS[flow], link));
      }),
      { numRuns: 2000 },
    );
  }, TIMEOUT);

  it('a step field named `type` or like a prototype member is reported at its place, not obeyed or dropped', () => {
    const cases: [FlowId, string, string][] = [
      ['invitation', '?steps=SEND_INVITATION(type:OPEN_LINK)', 'steps[1].type'],
      ['invitation', '?steps=SEND_INVITATION(__proto__:x)', 'steps[1].__proto__'],
      ['dap-revocation', '?steps=CUSTOMER_REMOVES_DAP(scope:all-partners;constructor:x)', 'steps[1].constructor'],
      ['dap-revocation', '?steps=CUSTOMER_REMOVES_DAP(scope:all-partners;toString:x)', 'steps[1].toString'],
      ['multi-partner', '?steps=OPEN_LINK,constructor(name:x)', 'steps[2].type'],
      ['multi-partner', '?steps=__proto__(hasOwnProperty:x)', 'steps[1].type'],
    ];
    for (const [flow, query, place] of cases) {
      const result = decodeScenario(FLOWS[flow], query);
      expect(result.ok, query).toBe(false);
      if (result.ok) continue;
      expectClearErrors(result.errors);
      expect(result.errors.map((e) => e.path), query).toContain(place);
    }
  });

  it('a parameter named __proto__ or constructor is an unknown input, and pollutes nothing', () => {
    for (const key of PROTOTYPE_KEYS) {
      const result = decodeScenario(FLOWS.invitation, `?${key}=x&cloud=usgov`);
      expect(result.ok, key).toBe(false);
      if (result.ok) continue;
      expect(result.errors).toEqual([expect.objectContaining({ code: 'unknownInput', path: `given.${key}`, value: key })]);
    }
    expectUnpolluted(pristine);
  });

  it('script payloads in every parameter of every flow come back as text in errors, never as a scenario', () => {
    for (const flow of FLOW_IDS) {
      for (const name of [...FLOWS[flow].fields.map((f) => f.key), 'steps', ...SCRIPT_PAYLOADS]) {
        for (const payload of SCRIPT_PAYLOADS) {
          for (const query of [`?${name}=${payload}`, `?${encodeURIComponent(name)}=${encodeURIComponent(payload)}`]) {
            const result = decodeScenario(FLOWS[flow], query);
            expect(result.ok, query).toBe(false);
            if (!result.ok) expectClearErrors(result.errors);
          }
        }
      }
    }
  });
});
