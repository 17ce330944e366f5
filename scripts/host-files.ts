/**
 * The files a host reads, checked by the hosts' own rules (issue 15):
 * - dist/staticwebapp.config.json against the schema Azure's Static Web Apps CLI validates it with
 *   (schema/staticwebapp.config.json of @azure/static-web-apps-cli, from the npm registry; kept in
 *   node_modules/.cache/csp-guide/ after the first run, so later runs need no network);
 * - the workflows in deploy/ (GitHub Pages, Azure Static Web Apps) with GitHub's own workflow
 *   parser (@actions/workflow-parser, the one behind the Actions editor support), which checks
 *   them against GitHub's workflow schema.
 * Each checker is first shown a broken file and must refuse it, so a checker that accepts anything
 * cannot pass. The nginx snippet is checked by nginx itself (npm run test:nginx).
 * Usage: npm run build && npm run hosts   (DIST=dist-subpath for another build)
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

const SWA_CLI = '@azure/static-web-apps-cli@2.0.10';
const CACHE = resolve('node_modules/.cache/csp-guide');
const DIST = resolve(process.env.DIST ?? 'dist');
const WORKFLOWS = readdirSync('deploy').filter((f) => f.endsWith('.yml')).map((f) => `deploy/${f}`);

/** The Static Web Apps CLI's schema, fetched once with `npm pack` (npm checks the package's integrity). */
function staticWebAppsSchema(): object {
  const cached = join(CACHE, `staticwebapp.config.schema-${SWA_CLI.split('@').at(-1)}.json`);
  if (!existsSync(cached)) {
    const work = mkdtempSync(join(tmpdir(), 'swa-schema-'));
    try {
      const tarball = execFileSync('npm', ['pack', SWA_CLI, '--pack-destination', work, '--silent'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n').at(-1)!;
      execFileSync('tar', ['-xzf', join(work, tarball), '-C', work, 'package/schema/staticwebapp.config.json']);
      mkdirSync(CACHE, { recursive: true });
      copyFileSync(join(work, 'package/schema/staticwebapp.config.json'), cached);
    } catch (error) {
      const detail = error instanceof Error && 'stderr' in error ? String(error.stderr).trim() : String(error);
      console.error(`hosts: could not fetch the Static Web Apps schema (npm pack ${SWA_CLI}) from the npm registry:\n${detail}`);
      process.exit(2);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return JSON.parse(readFileSync(cached, 'utf8')) as object;
}

function staticWebAppsProblems(validate: ReturnType<Ajv['compile']>, config: unknown): string[] {
  return validate(config) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
}

async function workflowProblems(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  if (parsed.value) await convertWorkflowTemplate(parsed.context, parsed.value);
  return parsed.context.errors.getErrors().map((e) => e.message);
}

const failures: string[] = [];
const config = join(DIST, 'staticwebapp.config.json');
if (!existsSync(config)) {
  console.error(`hosts: ${config} does not exist: run \`npm run build\` first.`);
  process.exit(2);
}

const validate = new Ajv({ allErrors: true, strict: false }).compile(staticWebAppsSchema());
if (staticWebAppsProblems(validate, { routes: [{ rout: '/x' }], globalHeaders: 'no' }).length === 0) failures.push('the Static Web Apps schema accepted a broken config: the checker is not checking');
const swa = staticWebAppsProblems(validate, JSON.parse(readFileSync(config, 'utf8')));
failures.push(...swa.map((p) => `${config}: ${p}`));

for (const file of WORKFLOWS) {
  const workflow = readFileSync(file, 'utf8');
  const broken = workflow.replace(/\n {4}steps:/, '\n    stepz:');
  if (broken === workflow || (await workflowProblems('broken.yml', broken)).length === 0) failures.push(`GitHub's workflow parser accepted a broken ${file}: the checker is not checking`);
  failures.push(...(await workflowProblems(file, workflow)));
}

if (failures.length > 0) {
  console.error(`hosts: ${failures.length} problem(s):\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`hosts: ${config.replace(`${process.cwd()}/`, '')} is valid against the schema of ${SWA_CLI}; ${WORKFLOWS.join(', ')} valid for GitHub's workflow parser`);
