/**
 * The checks of the language gate (scripts/language-gate.ts), on one page's HTML, kept here so
 * unit tests can feed them wrong pages and see each finding.
 */
import { josa } from 'es-hangul';

const TERM = /<span(?: class="term")?[^>]*\bdata-term="([^"]+)"[^>]*>([^<]*)(?:<span class="term__en"[^>]*>[^<]*<\/span>)?<\/span>/g;

/** Particle pairs as they are written after a term, longest first; each with its es-hangul option. */
const PARTICLES: [string, Parameters<typeof josa.pick>[1]][] = [
  ['으로', '으로/로'], ['이나', '이나/나'], ['을', '을/를'], ['를', '을/를'], ['은', '은/는'], ['는', '은/는'],
  ['과', '와/과'], ['와', '와/과'], ['로', '으로/로'], ['이', '이/가'], ['가', '이/가'],
];
/** After 이, these begin the copula (이고, 이며, 이다…), which may follow any word. */
const COPULA = /^이(?:고|며|다|라|면|지|나|니|므|었|어|에|자|입|란|든)/;

function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'");
}

/** Wrong particles after Korean terms: `spoken(id, text)` gives the word the particle attaches to. */
export function koreanParticleProblem(html: string, spoken: (id: string, text: string) => string): string[] {
  const problems: string[] = [];
  for (const m of html.matchAll(TERM)) {
    const [whole, id, text] = m as unknown as [string, string, string];
    const after = textOf(html.slice(m.index! + whole.length, m.index! + whole.length + 40));
    if (COPULA.test(after)) continue;
    const found = PARTICLES.find(([p]) => after.startsWith(p));
    if (!found) continue;
    const [written, option] = found;
    const word = spoken(id, text.trim());
    if (!/[가-힣]$/.test(word)) continue;
    const right = josa.pick(word, option);
    // es-hangul knows that 로 follows ㄹ as it follows a vowel.
    if (written !== right) problems.push(`${text.trim()}${written}: after “${word}” the particle is ${right} (term ${id})`);
  }
  return problems;
}

const CJK = '\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f';

/** The content a reader reads: Starlight's markdown area (simulators and navigation aside). */
function prose(html: string): string {
  const start = html.indexOf('sl-markdown-content');
  if (start < 0) return '';
  const end = html.indexOf('</main>', start);
  return html.slice(start, end < 0 ? undefined : end).replace(/<astro-island[\s\S]*?<\/astro-island>/g, '').replace(/<(script|style|pre|code)\b[\s\S]*?<\/\1>/g, '');
}

export function chineseProblems(html: string): string[] {
  const problems: string[] = [];
  const body = prose(html);
  for (const m of body.matchAll(TERM)) {
    const [whole, id, text] = m as unknown as [string, string, string];
    const before = textOf(body.slice(Math.max(0, m.index! - 80), m.index!));
    const after = textOf(body.slice(m.index! + whole.length, m.index! + whole.length + 40));
    if (before.endsWith('的') && text.includes('的')) problems.push(`「的${text.trim()}」: a term with 的 after a possessive 的 (use form="compound", term ${id})`);
    // Between two Chinese characters a space is a gap; next to a Latin word (Microsoft, MPN) it is the usual spacing.
    const cjk = new RegExp(`[${CJK}]`);
    const [first, last] = [text.trim().at(0) ?? '', text.trim().at(-1) ?? ''];
    if (cjk.test(first) && new RegExp(`[${CJK}][ \\t\\n]+$`).test(before)) problems.push(`a space before the term ${text.trim()} (term ${id})`);
    if (cjk.test(last) && new RegExp(`^[ \\t\\n]+[${CJK}]`).test(after)) problems.push(`a space after the term ${text.trim()} (term ${id})`);
  }
  for (const m of body.matchAll(/<(p|li|td|th|dd|h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const text = textOf(m[2]!);
    const broken = new RegExp(`([${CJK}])\\n\\s*([${CJK}])`).exec(text);
    if (broken) problems.push(`a source line break inside a paragraph renders as a space: “${broken[1]}⏎${broken[2]}” in “${text.slice(Math.max(0, broken.index - 12), broken.index + 14).replace(/\n/g, '⏎')}”`);
  }
  return problems;
}
