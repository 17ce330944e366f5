/** The scenario runner as support teams use it: real files, the real CLI, its exit codes. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sax from 'sax';
import { uiEn } from '../../src/i18n/ui.en';
import { parseArgs, USAGE } from '../../scripts/scenario-args';

const tsx = join('node_modules', '.bin', 'tsx');
function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(tsx, ['scripts/scenario.ts', ...args], { input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, SITE: '', BASE: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function file(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
  const path = join(dir, 'case.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

// Each test starts the command (a few hundred milliseconds, seconds on a loaded machine).
describe('npm run scenario', { timeout: 60_000 }, () => {
  it('runs a valid scenario: given with defaults, each step, the final outcome; exit 0 when expect holds', () => {
    const r = run([file({ flow: 'invitation', given: { cloud: 'usgov', includeDap: false }, steps: ['SEND_INVITATION'], expect: { outcome: 'blocked', refusals: { '1': 'INV-06' } } })]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.given).toMatchObject({ cloud: 'usgov', includeDap: false, acceptorIsGlobalAdmin: true, asOf: null });
    expect(out.steps).toEqual([
      { event: 'SEND_INVITATION', accepted: false, rejectedBy: 'INV-06', reason: 'noOptionWithoutDap', reasonText: uiEn.flows.invitation.reasons.noOptionWithoutDap, state: 'composing' },
    ]);
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
    expect(r.stderr).toContain('given.cloud: expected one of global, 21vianet, germany, usgov, got the string "globl"; did you mean global?');
    expect(r.stderr).toContain('given.includDap: unknown input "includDap" for flow invitation; did you mean includeDap?');
    // The fourth step, counted from 1 as the run counts it.
    expect(r.stderr).toMatch(/steps\[4\]\.type: unknown event "ACEPT" for flow invitation; did you mean .*ACCEPT_INVITATION/);
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

  it('--link follows the address the site is built for (SITE, BASE), and --base over it', () => {
    const path = file({ flow: 'invitation', steps: ['SEND_INVITATION'] });
    const env = { SITE: 'https://org.github.io', BASE: '/csp-guide/' };
    expect(run([path, '--link', '--locale', 'zh-tw'], undefined, env).stdout.trim()).toBe('https://org.github.io/csp-guide/zh-tw/simulators/invitation/?steps=SEND_INVITATION');
    expect(run([path, '--link', '--base', 'https://intranet.local/docs'], undefined, env).stdout.trim()).toBe('https://intranet.local/docs/en/simulators/invitation/?steps=SEND_INVITATION');
    const bad = run([path, '--link'], undefined, { SITE: 'org.github.io' });
    expect(bad.stderr).toMatch(/SITE must be an absolute address/);
    expect(bad.stdout.trim()).toBe('http://localhost:4321/en/simulators/invitation/?steps=SEND_INVITATION');
  });

  it('--dir runs every example scenario and prints a table; all pass', () => {
    const out = execFileSync(tsx, ['scripts/scenario.ts', '--dir', 'scenarios'], { encoding: 'utf8' });
    expect(out).toMatch(/^file\s+flow\s+outcome\s+result/m);
    expect(out).toMatch(/\n(\d+) passed, 0 failed, 0 invalid\n$/);
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
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed, 1 invalid');
    expect(r.stderr).toContain('c-bad.json: steps[1]: unknown event "NOPE"');
  });
  it('reads a file that starts with a UTF-8 byte-order mark (saved on Windows), from a file and from standard input', () => {
    const text = `\ufeff${JSON.stringify({ flow: 'invitation', steps: ['SEND_INVITATION'], expect: { outcome: 'in-progress' } })}`;
    expect(run([file(text)]).code).toBe(0);
    expect(run(['-'], text).code).toBe(0);
  });

  it('refuses a key given twice in one object (exit 2), naming the key, its place, line and column', () => {
    const r = run([file('{\n  "flow": "invitation",\n  "given": { "cloud": "usgov", "cloud": "global" },\n  "steps": [{ "type": "SEND_INVITATION", "type": "OPEN_LINK" }]\n}\n')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('given.cloud: the key "cloud" appears more than once in the same object (line 3, column 32); give each key once');
    expect(r.stderr).toContain('steps[1].type: the key "type" appears more than once in the same object (line 4, column 42)');
  });

  it('expect is checked when the file is read: an unknown state, rule or ambiguity, or a refusal of a step the file does not have, is invalid (exit 2), not a failed expectation', () => {
    const cases: [object, string][] = [
      [{ state: 'establishd' }, 'expect.state: unknown state "establishd" for flow invitation; did you mean established?'],
      [{ ambiguities: ['AMB-99'] }, 'expect.ambiguities[1]: expected an ambiguity ID such as AMB-08, got the string "AMB-99"'],
      [{ rules: ['INV-06', 'NOPE-1'] }, 'expect.rules[2]: expected a rule or ambiguity ID such as INV-04 or AMB-08, got the string "NOPE-1"'],
      [{ refusals: { '2': 'INV-06' } }, 'expect.refusals.2: there is no step 2; the scenario has 1 step'],
    ];
    for (const [expectation, message] of cases) {
      const r = run([file({ flow: 'invitation', given: { cloud: 'usgov' }, steps: ['SEND_INVITATION'], expect: expectation })]);
      expect(r.code, message).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
    }
  });

  it('refuses unknown command-line options and stray arguments with the usage text (exit 2)', () => {
    // Every case in process (the command line is read by one function), then the command itself.
    for (const args of [['a.json', '--jnuit', 'r.xml'], ['a.json', '-x'], ['a.json', '--link=ko'], ['a.json', 'b.json'], ['--dir'], ['--dir', 'x', 'a.json'], ['a.json', '--locale', 'ko'], ['--dir', 'x', '--link'], []]) {
      expect(parseArgs(args).ok, args.join(' ')).toBe(false);
    }
    expect(parseArgs(['a.json', '--jnuit', 'r.xml'])).toEqual({ ok: false, error: 'unknown option "--jnuit"; did you mean --junit?' });
    expect(parseArgs(['--dir', 'x', '--junit', 'r.xml'])).toMatchObject({ ok: true, options: { dir: 'x', junit: 'r.xml' } });
    expect(parseArgs(['-', '--link', '--locale', 'ko'])).toMatchObject({ ok: true, options: { source: '-', link: true, locale: 'ko' } });
    const r = run([file({ flow: 'invitation', steps: [] }), '--jnuit', 'r.xml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`unknown option "--jnuit"; did you mean --junit?\n${USAGE}\n`);
    expect(run(['--help']).code).toBe(0);
  });

  it('the JSON carries each refusal reason as English text beside its key, from the English UI strings', () => {
    const r = run([file({ flow: 'dap-revocation', given: { cloud: '21vianet' }, steps: ['PARTNER_REMOVES_DAP'] })]);
    const [step] = JSON.parse(r.stdout).steps as Record<string, unknown>[];
    expect(step).toMatchObject({ accepted: false, reason: 'selfServeGlobalOnly', reasonText: uiEn.flows['dap-revocation'].reasons.selfServeGlobalOnly });
    // Beside its key, in the printed order.
    expect(Object.keys(step!)).toEqual(['event', 'accepted', 'rejectedBy', 'reason', 'reasonText', 'state']);
  });

  it('--junit FILE writes a well-formed JUnit XML report: one test case per file, failures and invalid files with their messages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(join(dir, 'a-ok.json'), JSON.stringify({ flow: 'invitation', steps: [], expect: { outcome: 'in-progress' } }));
    writeFileSync(join(dir, 'b-fail.json'), JSON.stringify({ flow: 'invitation', steps: [], expect: { outcome: 'blocked' } }));
    writeFileSync(join(dir, 'c-bad.json'), JSON.stringify({ flow: 'invitation', steps: ['NOPE<&>'] }));
    writeFileSync(join(dir, 'd-ok.json'), JSON.stringify({ flow: 'gdap', steps: [] }));
    const report = join(dir, 'report.xml');
    const r = run(['--dir', dir, '--junit', report]);
    expect(r.code).toBe(2);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('2 passed, 1 failed, 1 invalid');

    // Well-formed: a strict XML parser reads it to the end without an error.
    const parser = sax.parser(true);
    const elements: { name: string; attributes: Record<string, string>; text: string }[] = [];
    parser.onopentag = (tag) => elements.push({ name: tag.name, attributes: tag.attributes as Record<string, string>, text: '' });
    parser.ontext = (text) => {
      const last = elements.at(-1);
      if (last) last.text += text;
    };
    parser.write(readFileSync(report, 'utf8')).close();

    const suite = elements.find((e) => e.name === 'testsuite')!;
    expect(suite.attributes).toMatchObject({ tests: '4', failures: '1', errors: '1', skipped: '0' });
    expect(elements.find((e) => e.name === 'testsuites')!.attributes).toMatchObject({ tests: '4', failures: '1', errors: '1' });
    expect(elements.filter((e) => e.name === 'testcase').map((e) => e.attributes.name)).toEqual(['a-ok.json', 'b-fail.json', 'c-bad.json', 'd-ok.json']);
    const failure = elements.find((e) => e.name === 'failure')!;
    expect(failure.text).toContain('b-fail.json: outcome: expected blocked, got in-progress');
    const error = elements.find((e) => e.name === 'error')!;
    expect(error.attributes.message).toBe('c-bad.json: steps[1]: unknown event "NOPE<&>" for flow invitation');
  });
});
