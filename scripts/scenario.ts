/**
 * Scenario runner. `npm run scenario -- <file.json | ->` prints the run as JSON;
 * `--dir <folder>` runs every scenario there, prints a table and `N passed, M failed, K invalid`;
 * `--junit FILE` also writes a JUnit XML report; `--link [--locale ko]` prints the simulator
 * permalink for the scenario. Exit 0: ran and `expect` holds; 1: `expect` does not hold;
 * 2: the scenario is invalid (nothing runs) or the command line is.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { siteAddress } from '../src/integrations/site-address';
import { checkExpectation, describeError, parseScenario, runScenario, type RunResult, type Scenario } from '../src/domain/scenario';
import { readJson } from '../src/domain/scenario-json';
import { scenarioPath } from '../src/domain/permalink';
import { FLOWS } from '../src/domain/flows';
import { isFlowId } from '../src/domain/flow';
import { isLocale } from '../src/i18n/types';
import { parseArgs, USAGE, type Options } from './scenario-args';
import { junitXml, type CaseResult } from './scenario-junit';
import { withReasonText } from './scenario-output';

function readInput(source: string): string {
  return source === '-' ? readFileSync(0, 'utf8') : readFileSync(source, 'utf8');
}

type Outcome =
  | { code: 2; errors: string[] }
  | { code: 0 | 1; scenario: Scenario; result: RunResult; diffs: string[] };

/** Run one scenario text; returns the exit code and what to print. */
function runOne(text: string, name: string): Outcome {
  const json = readJson(text);
  const parsed = json.ok ? parseScenario(json.value) : json;
  if (!parsed.ok) {
    // Named in messages only when it is a real flow: the text is anyone's, and may hold line breaks.
    const named = json.ok && typeof json.value === 'object' && json.value !== null ? (json.value as { flow?: unknown }).flow : undefined;
    const flow = typeof named === 'string' && isFlowId(named) ? named : undefined;
    return { code: 2, errors: parsed.errors.map((e) => `${name}: ${describeError(e, flow)}`) };
  }
  const result = runScenario(parsed.scenario);
  const diffs = checkExpectation(result, parsed.scenario.expect);
  return { code: diffs.length ? 1 : 0, scenario: parsed.scenario, result, diffs };
}

/** Write the JUnit report; a path that cannot be written is an error of the command (exit 2). */
function writeJunit(path: string, suite: string, cases: CaseResult[]): boolean {
  try {
    writeFileSync(path, junitXml(suite, cases));
    return true;
  } catch (e) {
    console.error(`--junit ${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    return false;
  }
}

function caseOf(name: string, outcome: Outcome, seconds: number): CaseResult {
  if (outcome.code === 2) return { name, status: 'invalid', messages: outcome.errors, seconds };
  return { name, status: outcome.code === 0 ? 'pass' : 'fail', messages: outcome.diffs.map((d) => `${name}: ${d}`), seconds };
}

function runFile(options: Options & { source: string }): number {
  const { source } = options;
  let text: string;
  try {
    text = readInput(source);
  } catch (e) {
    console.error(`${source}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    return 2;
  }
  const name = source === '-' ? '<stdin>' : source;
  const started = performance.now();
  const outcome = runOne(text, name);
  if (options.junit !== undefined && !writeJunit(options.junit, 'scenario', [caseOf(name, outcome, (performance.now() - started) / 1000)])) return 2;
  if (outcome.code === 2) {
    for (const line of outcome.errors) console.error(line);
    return 2;
  }
  if (options.link) {
    const locale = options.locale ?? 'en';
    if (!isLocale(locale)) {
      console.error(`--locale: unknown locale "${locale}"; expected one of en, ko, zh-tw`);
      return 2;
    }
    // --base, else the address the site is built for (SITE, BASE), else the local server of `npm start`.
    const base = (options.base ?? publishedAt(process.env) ?? 'http://localhost:4321').replace(/\/$/, '');
    console.log(base + scenarioPath(FLOWS[outcome.scenario.flow], outcome.scenario, locale));
    return 0;
  }
  console.log(JSON.stringify(withReasonText(outcome.result), null, 2));
  if (outcome.diffs.length) {
    console.error(`${name}: expectation does not hold:`);
    for (const d of outcome.diffs) console.error(`  ${d}`);
  }
  return outcome.code;
}

function runDir(dir: string, junit: string | undefined): number {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (e) {
    console.error(`${dir}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    return 2;
  }
  const rows: string[][] = [['file', 'flow', 'outcome', 'result']];
  const cases: CaseResult[] = [];
  let worst = 0;
  const details: string[] = [];
  for (const file of files) {
    const started = performance.now();
    let outcome: Outcome;
    try {
      outcome = runOne(readFileSync(join(dir, file), 'utf8'), file);
    } catch (e) {
      outcome = { code: 2, errors: [`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`] };
    }
    cases.push(caseOf(file, outcome, (performance.now() - started) / 1000));
    worst = Math.max(worst, outcome.code);
    if (outcome.code === 2) {
      rows.push([file, '', '', 'invalid']);
      details.push(...outcome.errors);
    } else {
      rows.push([file, outcome.scenario.flow, outcome.result.final.outcome, outcome.code === 0 ? 'pass' : 'fail']);
      for (const d of outcome.diffs) details.push(`${file}: ${d}`);
    }
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd());
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  const count = (status: CaseResult['status']) => cases.filter((c) => c.status === status).length;
  for (const d of details) console.error(d);
  if (junit !== undefined && !writeJunit(junit, basename(dir.replace(/[\\/]+$/, '')) || dir, cases)) worst = 2;
  // Last, on standard output: the line a person or a CI log looks for.
  console.log(`\n${count('pass')} passed, ${count('fail')} failed, ${count('invalid')} invalid`);
  return worst;
}

function main(args: string[]): number {
  const parsed = parseArgs(args);
  if (!parsed.ok) {
    console.error(`${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { options } = parsed;
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (options.dir !== undefined) return runDir(options.dir, options.junit);
  return runFile({ ...options, source: options.source ?? '-' });
}

process.exitCode = main(process.argv.slice(2));

/** The site's address when SITE or BASE is set (src/integrations/site-address.ts), else undefined. */
function publishedAt(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.SITE && !env.BASE) return undefined;
  try {
    const { site, base } = siteAddress(env);
    return site + base;
  } catch (e) {
    console.error(`${(e as Error).message} Using http://localhost:4321 for the link.`);
    return undefined;
  }
}
