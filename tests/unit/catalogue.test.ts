/**
 * The catalogue is the single source of truth: every rule and ambiguity of DOMAIN.md is in it,
 * each is either decided by a machine or marked guidance-only, and the example scenarios test
 * every rule a machine decides, by ID.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLOWS } from '../../src/domain/flows';
import { edges, explore, EXHAUSTIVE_LIMITS } from '../../src/domain/explore';
import { FLOW_IDS } from '../../src/domain/flow';
import { AMBIGUITY_IDS, GUIDANCE_ONLY, RULE_IDS, RULES, type CitationId } from '../../src/domain/rules';
import { parseScenarioText } from '../../src/domain/scenario';

/** Every ID a machine cites anywhere: refusals, outcome rules, ambiguities. */
function citedByMachines(): Set<string> {
  const cited = new Set<string>();
  for (const id of FLOW_IDS) {
    const flow = FLOWS[id];
    for (const state of explore(flow, EXHAUSTIVE_LIMITS[id] ? { partners: [2, 3], m365: [true], azure: [true], dynamics365: [true, false] } : {}).states) {
      state.outcome.rules.forEach((r) => cited.add(r));
      state.outcome.ambiguities.forEach((r) => cited.add(r));
      for (const { result } of edges(flow, state)) if (result.rejection) cited.add(result.rejection.rule);
    }
  }
  return cited;
}

describe('rule catalogue', () => {
  const cited = citedByMachines();

  it('holds every rule and ambiguity ID of DOMAIN.md and DOMAIN-GDAP.md', () => {
    // shared/ sits beside the clone on these machines; the fixtures are the copies the catalogue was
    // built from, so the check also runs where shared/ is absent, and catches drift where present.
    const ids = new Set<string>();
    for (const name of ['DOMAIN.md', 'DOMAIN-GDAP.md']) {
      const fixture = readFileSync(`tests/fixtures/${name}`, 'utf8');
      const shared = existsSync(`../shared/${name}`) ? readFileSync(`../shared/${name}`, 'utf8') : fixture;
      expect(shared, `shared/${name} changed: update tests/fixtures/${name} and the catalogue`).toBe(fixture);
      for (const m of fixture.matchAll(/^\| ((?:INV|NOR|MP|MC|DAP|IND|SUP|GDAP|AMB)-\d\d) \|/gm)) ids.add(m[1]!);
    }
    expect(ids.size).toBeGreaterThan(100);
    expect([...ids].sort()).toEqual([...RULE_IDS, ...AMBIGUITY_IDS].sort());
  });

  it('every rule is decided by a machine or marked guidance-only, never both', () => {
    const all: CitationId[] = [...RULE_IDS, ...AMBIGUITY_IDS];
    const neither = all.filter((id) => !cited.has(id) && !GUIDANCE_ONLY[id]);
    const both = all.filter((id) => cited.has(id) && GUIDANCE_ONLY[id]);
    expect(neither).toEqual([]);
    expect(both).toEqual([]);
  }, 120_000);

  it('the example scenarios test every rule a machine decides, by ID', () => {
    const tested = new Set<string>();
    for (const file of readdirSync('scenarios').filter((f) => f.endsWith('.json'))) {
      const parsed = parseScenarioText(readFileSync(`scenarios/${file}`, 'utf8'));
      expect(parsed.ok, file).toBe(true);
      if (!parsed.ok) continue;
      const expect_ = parsed.scenario.expect ?? {};
      [...(expect_.rules ?? []), ...(expect_.ambiguities ?? []), ...Object.values(expect_.refusals ?? {})].forEach((id) => tested.add(id));
    }
    expect([...cited].filter((id) => !tested.has(id)).sort()).toEqual([]);
  });
});

describe('facts bound to one cloud', () => {
  // The flows copy a rule's clouds so the catalogue stays out of the simulator bundle; they must agree.
  it.each(FLOW_IDS)('%s: each cloud-bound fact names its rule’s clouds exactly', (id) => {
    for (const [key, bound] of Object.entries(FLOWS[id].facts.cloudBound ?? {})) {
      expect([...bound.clouds].sort(), key).toEqual([...RULES[bound.rule].clouds].sort());
    }
  });
});
