/** Every locale's UI strings and rule texts, and the small helpers that read them. */
import { uiEn } from './ui.en';
import { uiKo } from './ui.ko';
import { uiZhTw } from './ui.zh-tw';
import { rulesEn } from './rules.en';
import { rulesKo } from './rules.ko';
import { rulesZhTw } from './rules.zh-tw';
import type { Locale, RuleTexts } from './types';

/** The English dictionary's shape with every string widened: what each locale must provide. */
type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
export type UiDictionary = Widen<typeof uiEn>;

export const UI: Record<Locale, UiDictionary> = { en: uiEn, ko: uiKo, 'zh-tw': uiZhTw };
export const RULE_TEXTS: Record<Locale, RuleTexts> = { en: rulesEn, ko: rulesKo, 'zh-tw': rulesZhTw };

export { format } from './format';
