import { NOT_APPLICABLE } from '../../src/domain/facts';
import { describe, expect, it } from 'vitest';
import { isCitationId } from '../../src/domain/rules';
import { AMBIGUITIES, AMBIGUITY_IDS, RULE_IDS } from '../../src/domain/rules';
import { FLOWS } from '../../src/domain/flows';
import { explore, EXHAUSTIVE_LIMITS } from '../../src/domain/explore';
import { FLOW_IDS, stateText, step } from '../../src/domain/flow';

interface FlowLabels {
  events: Record<string, string>;
  fields: Record<string, unknown>;
  states: Record<string, unknown>;
  reasons: Record<string, string>;
  facts: Record<string, string>;
  values: Record<string, string>;
  focus?: Record<string, string>;
}
import { RULE_TEXTS, UI } from '../../src/i18n/ui';
import { LOCALES } from '../../src/i18n/types';

/** Every leaf path of a nested dictionary, with its string. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** What exploration reaches in a flow, computed once for all three locales. */
const reached = new Map<string, { states: Set<string>; facts: Set<string>; values: Set<string>; reasons: Set<string> }>();
function reachable(id: (typeof FLOW_IDS)[number]) {
  let need = reached.get(id);
  if (need) return need;
  need = { states: new Set(), facts: new Set(), values: new Set(), reasons: new Set() };
  const flow = FLOWS[id];
  for (const state of explore(flow, EXHAUSTIVE_LIMITS[id] ? { partners: [2] } : {}).states) {
    need.states.add(stateText(state.snapshot.value));
    for (const key of Object.keys(state.outcome.facts)) need.facts.add(key.split(':')[0]!);
    for (const value of Object.values(state.outcome.facts)) {
      // Partner lists and rule IDs (shown as rule links) are not words.
      // "Not applicable" is one shared label (sim.factNotApplicable), not a flow's value.
      if (typeof value === 'string' && value !== NOT_APPLICABLE && !/^[A-D](, [A-D])*$/.test(value) && !isCitationId(value)) need.values.add(value);
    }
    for (const event of flow.candidateEvents(state.snapshot)) {
      const r = step(flow, state.snapshot, event);
      if (r.rejection) need.reasons.add(r.rejection.reason);
    }
  }
  reached.set(id, need);
  return need;
}

describe('UI dictionaries', () => {
  const en = new Map(leaves(UI.en));

  for (const locale of LOCALES) {
    it(`${locale}: has exactly the English keys, each filled, with the same placeholders`, () => {
      const dict = new Map(leaves(UI[locale]));
      expect([...dict.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of dict) {
        const source = en.get(key) ?? '';
        if (source !== '') expect(text.trim(), `${locale} ${key}`).not.toBe('');
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(source));
      }
    });

    it(`${locale}: labels every state, event, input, reason, fact and value each flow can show`, () => {
      for (const id of FLOW_IDS) {
        const flow = FLOWS[id];
        const labels = UI[locale].flows[id] as FlowLabels;
        for (const type of flow.eventTypes) expect(labels.events, `${id} ${type}`).toHaveProperty([type]);
        for (const field of flow.fields) {
          expect(labels.fields, `${id} ${field.key}`).toHaveProperty([field.key]);
          if (field.kind === 'choice' && field.key !== 'cloud') for (const o of field.options ?? []) expect(labels.values, `${id} ${o}`).toHaveProperty([o]);
        }
        for (const f of flow.focus ?? []) expect(labels.focus ?? {}, `${id} focus ${f.key}`).toHaveProperty([f.key]);
        // Every state, refusal reason and fact that exploration reaches has words.
        const need = reachable(id);
        for (const state of need.states) expect(labels.states, `${id} state`).toHaveProperty([state]);
        for (const key of need.facts) expect(labels.facts, `${id} fact`).toHaveProperty([key]);
        for (const value of need.values) expect(labels.values, `${id} value`).toHaveProperty([value]);
        for (const reason of need.reasons) expect(labels.reasons, `${id} reason`).toHaveProperty([reason]);
      }
    }, 120_000);
  }

  it('ko and zh-tw are not English left in place', () => {
    // Product names are the same in every language; placeholders ({label}) and punctuation are not English.
    const names = new Set(['Microsoft 365', 'Azure', 'Dynamics 365']);
    for (const locale of ['ko', 'zh-tw'] as const) {
      const same = leaves(UI[locale]).filter(([key, text]) => text !== '' && text === en.get(key) && /[a-z]{4,}/.test(text.replace(/\{\w+\}/g, '')) && !names.has(text));
      expect(same.map(([k]) => k), locale).toEqual([]);
    }
  });
});

describe('rule texts', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every rule has a title and a text`, () => {
      for (const id of RULE_IDS) {
        const t = RULE_TEXTS[locale][id];
        expect(t?.title.trim(), `${locale} ${id}`).toBeTruthy();
        expect(t?.text.trim(), `${locale} ${id}`).toBeTruthy();
      }
    });

    it(`${locale}: every ambiguity has its question and each competing reading`, () => {
      for (const id of AMBIGUITY_IDS) {
        const t = RULE_TEXTS[locale][id];
        expect(t?.question.trim(), `${locale} ${id}`).toBeTruthy();
        for (const reading of AMBIGUITIES[id].readings) {
          expect(t?.readings[reading.key]?.trim(), `${locale} ${id} ${reading.key}`).toBeTruthy();
        }
      }
    });
  }

  it('ko: rule texts are written in 합니다체', () => {
    for (const id of RULE_IDS) {
      const text = RULE_TEXTS.ko[id].text;
      for (const sentence of text.split(/(?<=[.?!])\s+/)) {
        expect(sentence, id).toMatch(/(다|다\s*\([A-Z]+-\d+\))[.]$/);
      }
    }
  });
});
