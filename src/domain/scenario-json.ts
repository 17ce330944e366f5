/**
 * Scenario files as text: JSON read strictly. A UTF-8 byte-order mark (files saved on Windows)
 * is skipped, and a key given twice in one object is refused with its place: JSON.parse keeps
 * the last one silently, so `"cloud": "usgov", …, "cloud": "global"` would run a case nobody wrote.
 * Kept apart from the parser so simulator pages, which read links and not files, do not load it.
 */
import { escapeControls, parseScenarioWith, shown, type FlowTable, type ParseResult, type ScenarioError } from './scenario-parse';

export type JsonResult = { ok: true; value: unknown } | { ok: false; errors: ScenarioError[] };

const BOM = '\ufeff';
/** Enough to fix a file by; a pasted file full of repeats would otherwise print thousands. */
const MAX_REPORTED = 20;
/** A place longer than this is cut (hostile nesting); errors' places stay short and on one line. */
const MAX_PATH = 100;

type Frame = { kind: 'object'; path: string; keys: Set<string>; expectKey: boolean; key: string } | { kind: 'array'; path: string; index: number };

/** The place of a child: `given.cloud`, `steps[2]` (lists count from 1, as error places do everywhere). */
function childPath(frame: Frame): string {
  const own = frame.kind === 'object' ? shown(frame.key) : `[${frame.index + 1}]`;
  const path = frame.kind === 'object' ? (frame.path ? `${frame.path}.${own}` : own) : `${frame.path}${own}`;
  return path.length > MAX_PATH ? `${path.slice(0, MAX_PATH - 1)}…` : path;
}

/** Line and column (from 1) of an offset in the text. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** The end (exclusive) of the string token that starts with the quote at `from`. */
function stringEnd(text: string, from: number): number {
  let i = from + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return text.length; // unreachable for valid JSON
    let slashes = 0;
    for (let j = quote - 1; text[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/**
 * Keys repeated in one object, with their places. `text` is valid JSON (JSON.parse accepted it),
 * so the scan needs no error handling; it keeps its own stack, since nesting may be deeper than
 * the call stack.
 */
function duplicateKeys(text: string): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const stack: Frame[] = [];
  const pathHere = () => (stack.length ? childPath(stack[stack.length - 1]!) : '');
  for (let i = 0; i < text.length && errors.length < MAX_REPORTED; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '{' || c === '[') {
      const path = pathHere();
      stack.push(c === '{' ? { kind: 'object', path, keys: new Set(), expectKey: true, key: '' } : { kind: 'array', path, index: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      if (top?.kind === 'object') top.expectKey = true;
      else if (top) top.index++;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      if (top?.kind === 'object' && top.expectKey) {
        const token = text.slice(i, end);
        const key = token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
        top.key = key;
        top.expectKey = false;
        if (top.keys.has(key)) errors.push({ code: 'duplicateKey', path: childPath(top), value: shown(key), at: position(text, i) });
        top.keys.add(key);
      }
      i = end - 1;
    }
  }
  return errors;
}

/** Read JSON text strictly: a byte-order mark skipped, malformed JSON and repeated keys refused. */
export function readJson(text: string): JsonResult {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    // JSON.parse quotes the offending text, line breaks included: keep the message on one line.
    return { ok: false, errors: [{ code: 'notJson', path: '', value: escapeControls(e instanceof Error ? e.message : String(e)) }] };
  }
  const repeated = duplicateKeys(body);
  return repeated.length ? { ok: false, errors: repeated } : { ok: true, value };
}

/** Parse a scenario file's text against the given flows. Never throws. */
export function parseScenarioTextWith(flows: FlowTable, text: string): ParseResult {
  const json = readJson(text);
  return json.ok ? parseScenarioWith(flows, json.value) : json;
}
