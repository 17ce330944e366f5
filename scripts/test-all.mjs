#!/usr/bin/env node
/**
 * `npm test`: every step a change must pass, in order, stopping at the first that fails, then one
 * line per step with its wall time, and for a failure the command that runs that step alone.
 * The steps are the npm scripts below, so each can also be run on its own.
 *
 * Usage: npm test                     all steps
 *        npm test -- --from build     start at a step (e.g. after fixing what failed there)
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const STEPS = [
  { name: 'check', script: 'check', what: 'types (astro check)' },
  { name: 'unit', script: 'test:unit', what: 'unit tests (vitest)' },
  { name: 'build', script: 'build', what: 'the site into dist/' },
  { name: 'budget', script: 'budget', what: 'page weight' },
  { name: 'html', script: 'html', what: 'HTML validity (vnu)' },
  { name: 'language', script: 'language', what: 'Korean and Chinese style' },
  { name: 'hosts', script: 'hosts', what: 'the Static Web Apps config and the deploy workflows, by their schemas' },
  { name: 'e2e', script: 'test:e2e', what: 'browser tests (Playwright)' },
  { name: 'subpath', script: 'test:subpath', what: 'a build for a base path (/csp-guide/): its links, a walk of each simulator' },
  { name: 'nginx', script: 'test:nginx', what: 'that build served by nginx with the snippet it wrote: headers, a walk of each simulator' },
];

const fromIndex = process.argv.indexOf('--from');
const from = fromIndex >= 0 ? process.argv[fromIndex + 1] : undefined;
const start = from ? STEPS.findIndex((s) => s.name === from) : 0;
if (start < 0) {
  console.error(`npm test: no step "${from}". Steps: ${STEPS.map((s) => s.name).join(', ')}.`);
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const seconds = (ms) => ms / 1000;
const clock = (s) => (s >= 60 ? `${Math.floor(s / 60)}m ${String(Math.round(s % 60)).padStart(2, '0')}s` : `${s.toFixed(1)}s`);

function run(script) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], { stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.once('SIGINT', forward);
    process.once('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const results = [];
const began = Date.now();
let failed;
for (const step of STEPS.slice(start)) {
  console.log(`\n=== npm test: ${step.name} (${step.what}) ===`);
  const t = Date.now();
  const code = await run(step.script);
  results.push({ step, time: seconds(Date.now() - t), code });
  if (code !== 0) {
    failed = step;
    break;
  }
}

const total = seconds(Date.now() - began);
console.log(`\nnpm test: ${failed ? 'FAILED' : 'passed'} in ${clock(total)}`);
for (const { step, time, code } of results) {
  console.log(`  ${step.name.padEnd(9)} ${clock(time).padStart(8)}  ${code === 0 ? 'ok' : `FAILED (exit ${code})`}`);
}
for (const step of STEPS.slice(start + results.length)) console.log(`  ${step.name.padEnd(9)} ${'—'.padStart(8)}  not run`);
const slowest = e2eSlowest();
if (slowest.length) console.log(`  browser test time by spec (test time, both workers): ${slowest.join(', ')}`);
if (failed) {
  console.log(`\nTo run the failed step alone: npm run ${failed.script}`);
  console.log(`To go on from it once it passes: npm test -- --from ${failed.name}`);
  process.exit(1);
}

/** The spec files that took the most test time in the last browser run (reports/e2e-report.json; test-results/ is emptied by each Playwright run, the sub-path and nginx ones too). */
function e2eSlowest() {
  const file = 'reports/e2e-report.json';
  if (!results.some((r) => r.step.name === 'e2e') || !existsSync(file)) return [];
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const bySpec = new Map();
    const walk = (suite) => {
      for (const spec of suite.specs ?? [])
        for (const t of spec.tests ?? []) for (const r of t.results ?? []) bySpec.set(spec.file, (bySpec.get(spec.file) ?? 0) + (r.duration ?? 0));
      for (const child of suite.suites ?? []) walk(child);
    };
    for (const suite of report.suites ?? []) walk(suite);
    return [...bySpec.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([spec, ms]) => `${spec.replace(/^.*\//, '')} ${clock(ms / 1000)}`);
  } catch {
    return [];
  }
}
