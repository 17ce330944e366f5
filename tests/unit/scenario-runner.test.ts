/** The scenario runner as support teams use it: real files, the real CLI, its exit codes. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = join('node_modules', '.bin', 'tsx');
function run(args: string[], input?: string) {
  const r = spawnSync(tsx, ['scripts/scenario.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function file(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
  const path = join(dir, 'case.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('npm run scenario', () => {
  it('runs a valid scenario: given with defaults, each step, the final outcome; exit 0 when expect holds', () => {
    const r = run([file({ flow: 'invitation', given: { cloud: 'usgov', includeDap: false }, steps: ['SEND_INVITATION'], expect: { outcome: 'blocked', refusals: { '1': 'INV-06' } } })]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.given).toMatchObject({ cloud: 'usgov', includeDap: false, acceptorIsGlobalAdmin: true, asOf: null });
    expect(out.steps).toEqual([{ event: 'SEND_INVITATION', accepted: false, rejectedBy: 'INV-06', reason: 'noOptionWithoutDap', state: 'composing' }]);
    expect(out.final).toMatchObject({ state: 'composing', outcome: 'blocked', rules: ['INV-06'], ambiguities: [] });
  });

  it('reads a scenario from standard input with -', () => {
    const r = run(['-'], JSON.stringify({ flow: 'dap-revocation', steps: [{ type: 'CUSTOMER_REMOVES_DAP', scope: 'all-partners' }] }));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.steps[0]).toMatchObject({ event: { type: 'CUSTOMER_REMOVES_DAP', scope: 'all-partners' }, accepted: true, state: 'dapRemoved' });
    expect(out.final.facts).toMatchObject({ commercialRelationship: true, supportObligation: true, otherPartnersWithDap: 0 });
  });

  it('exits 1 and prints what differs when expect does not hold', () => {
    const r = run([file({ flow: 'invitation', steps: ['SEND_INVITATION'], expect: { outcome: 'established', state: 'established' } })]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).final.outcome).toBe('in-progress');
    expect(r.stderr).toContain('outcome: expected established, got in-progress');
    expect(r.stderr).toContain('state: expected established, got sent');
  });

  it('exits 2 naming the exact place of each error, and runs nothing', () => {
    const r = run([file({ flow: 'invitation', given: { cloud: 'globl', includDap: true }, steps: ['SEND_INVITATION', 'OPEN_LINK', 'ACCEPT_MCA', { type: 'ACEPT' }] })]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('given.cloud: invalid value "globl"; expected one of global, 21vianet, germany, usgov; did you mean global?');
    expect(r.stderr).toContain('given.includDap: unknown input "includDap" for flow invitation; did you mean includeDap?');
    expect(r.stderr).toMatch(/steps\[3\]\.type: unknown event "ACEPT" for flow invitation; did you mean .*ACCEPT_INVITATION/);
  });

  it('exits 2 on malformed JSON, an unknown flow, and a missing file', () => {
    const bad = run([file('{ "flow": "invitation", ')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not valid JSON');
    const flow = run([file({ flow: 'invitations' })]);
    expect(flow.code).toBe(2);
    expect(flow.stderr).toContain('flow: unknown flow "invitations"; did you mean invitation?');
    const missing = run(['does/not/exist.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read (ENOENT)');
  });

  it('--link prints the permalink, in the locale asked', () => {
    const path = file({ flow: 'invitation', given: { cloud: 'usgov' }, steps: ['SEND_INVITATION', 'OPEN_LINK'] });
    expect(run([path, '--link']).stdout.trim()).toBe('http://localhost:4321/en/simulators/invitation/?cloud=usgov&steps=SEND_INVITATION,OPEN_LINK');
    expect(run([path, '--link', '--locale', 'ko']).stdout.trim()).toBe('http://localhost:4321/ko/simulators/invitation/?cloud=usgov&steps=SEND_INVITATION,OPEN_LINK');
    expect(run([path, '--link', '--locale', 'fr']).code).toBe(2);
  });

  it('--dir runs every example scenario and prints a table; all pass', () => {
    const out = execFileSync(tsx, ['scripts/scenario.ts', '--dir', 'scenarios'], { encoding: 'utf8' });
    expect(out).toMatch(/^file\s+flow\s+outcome\s+result/m);
    expect(out).toMatch(/\n(\d+) passed, 0 failed/);
  });

  it('--dir exits with the worst result and names failing and invalid files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(join(dir, 'a-ok.json'), JSON.stringify({ flow: 'invitation', steps: [], expect: { outcome: 'in-progress' } }));
    writeFileSync(join(dir, 'b-fail.json'), JSON.stringify({ flow: 'invitation', steps: [], expect: { outcome: 'blocked' } }));
    writeFileSync(join(dir, 'c-bad.json'), JSON.stringify({ flow: 'invitation', steps: ['NOPE'] }));
    const r = run(['--dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/a-ok\.json\s+invitation\s+in-progress\s+pass/);
    expect(r.stdout).toMatch(/b-fail\.json\s+invitation\s+in-progress\s+fail/);
    expect(r.stdout).toMatch(/c-bad\.json\s+invalid/);
    expect(r.stdout).toContain('1 passed, 2 failed');
    expect(r.stderr).toContain('c-bad.json: steps[0]: unknown event "NOPE"');
  });
});
