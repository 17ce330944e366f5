import { describe, expect, it } from 'vitest';
import { AMBIGUITIES, AMBIGUITY_IDS, RULE_IDS } from '../../src/domain/rules';
import { invitationFlow } from '../../src/domain/flows/invitation';
import { RULE_TEXTS, UI } from '../../src/i18n/ui';
import { LOCALES } from '../../src/i18n/types';

/** Every leaf path of a nested dictionary, with its string. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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

    it(`${locale}: labels every state, event, reason and fact the invitation flow can show`, () => {
      const labels = UI[locale].flows.invitation;
      for (const type of invitationFlow.eventTypes) expect(labels.events, type).toHaveProperty([type]);
      for (const state of Object.keys(invitationFlow.machine.config.states ?? {})) expect(labels.states, state).toHaveProperty([state]);
      for (const field of invitationFlow.fields) expect(labels.fields, field.key).toHaveProperty([field.key]);
    });
  }

  it('ko and zh-tw are not English left in place', () => {
    for (const locale of ['ko', 'zh-tw'] as const) {
      const same = leaves(UI[locale]).filter(([key, text]) => text !== '' && text === en.get(key) && /[a-z]{4,}/.test(text));
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
