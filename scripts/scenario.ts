/**
 * Scenario runner. `npm run scenario -- <file.json | ->` prints the run as JSON;
 * `--dir <folder>` runs every scenario there and prints a table; `--link [--locale ko]` prints
 * the simulator permalink for the scenario. Exit 0: ran and `expect` holds; 1: `expect` does not
 * hold; 2: the scenario is invalid (nothing runs).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkExpectation, describeError, parseScenarioText, runScenario } from '../src/domain/scenario';
import { scenarioPath } from '../src/domain/permalink';
import { FLOWS } from '../src/domain/flows';
import { FLOW_IDS } from '../src/domain/flow';
import { isLocale } from '../src/i18n/types';

const USAGE = `usage: npm run scenario -- <file.json | -> [--link [--locale en|ko|zh-tw] [--base URL]]
       npm run scenario -- --dir <folder>`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function readInput(source: string): string {
  return source === '-' ? readFileSync(0, 'utf8') : readFileSync(source, 'utf8');
}

/** Run one scenario text; returns the exit code and what to print. */
function runOne(text: string, name: string) {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) {
    // Named in messages only when it is a real flow: the text is anyone's, and may hold line breaks.
    const named = text.match(/"flow"\s*:\s*"([^"]+)"/)?.[1];
    const flow = FLOW_IDS.find((id) => id === named);
    return { code: 2 as const, errors: parsed.errors.map((e) => `${name}: ${describeError(e, flow)}`) };
  }
  const result = runScenario(parsed.scenario);
  const diffs = checkExpectation(result, parsed.scenario.expect);
  return { code: diffs.length ? (1 as const) : (0 as const), scenario: parsed.scenario, result, diffs };
}

function main(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const dir = option(args, '--dir');
  if (dir !== undefined) return runDir(dir);
  const source = args.find((a, i) => !a.startsWith('--') && !['--locale', '--base'].includes(args[i - 1] ?? ''));
  if (!source) {
    console.error(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readInput(source);
  } catch (e) {
    console.error(`${source}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    return 2;
  }
  const name = source === '-' ? '<stdin>' : source;
  const outcome = runOne(text, name);
  if (outcome.code === 2) {
    for (const line of outcome.errors ?? []) console.error(line);
    return 2;
  }
  if (args.includes('--link')) {
    const locale = option(args, '--locale') ?? 'en';
    if (!isLocale(locale)) {
      console.error(`--locale: unknown locale "${locale}"; expected one of en, ko, zh-tw`);
      return 2;
    }
    const base = (option(args, '--base') ?? 'http://localhost:4321').replace(/\/$/, '');
    const scenario = outcome.scenario!;
    console.log(base + scenarioPath(FLOWS[scenario.flow], scenario, locale));
    return 0;
  }
  console.log(JSON.stringify(outcome.result, null, 2));
  if (outcome.diffs?.length) {
    console.error(`${name}: expectation does not hold:`);
    for (const d of outcome.diffs) console.error(`  ${d}`);
  }
  return outcome.code;
}

function runDir(dir: string): number {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (e) {
    console.error(`${dir}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    return 2;
  }
  const rows: string[][] = [['file', 'flow', 'outcome', 'result']];
  let worst = 0;
  const details: string[] = [];
  for (const file of files) {
    const outcome = runOne(readFileSync(join(dir, file), 'utf8'), file);
    worst = Math.max(worst, outcome.code);
    if (outcome.code === 2) {
      rows.push([file, '', '', 'invalid']);
      details.push(...(outcome.errors ?? []));
    } else {
      rows.push([file, outcome.scenario!.flow, outcome.result!.final.outcome, outcome.code === 0 ? 'pass' : 'fail']);
      for (const d of outcome.diffs ?? []) details.push(`${file}: ${d}`);
    }
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd());
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  const passed = rows.slice(1).filter((r) => r[3] === 'pass').length;
  console.log(`\n${passed} passed, ${rows.length - 1 - passed} failed`);
  for (const d of details) console.error(d);
  return worst;
}

process.exitCode = main(process.argv.slice(2));
