/**
 * A JUnit XML report of a scenario run (`--junit FILE`), so a team can keep its cases in its own
 * CI: one test case per scenario file; a failed expectation is a <failure>, an invalid file an <error>.
 */

export interface CaseResult {
  /** The file name, as the table shows it. */
  name: string;
  status: 'pass' | 'fail' | 'invalid';
  /** The differences or the errors, one per line. */
  messages: string[];
  seconds: number;
}

/**
 * Text safe in XML 1.0 content and attributes: markup characters escaped, and characters XML
 * cannot hold at all (control characters, lone surrogates) replaced, as a file name may contain them.
 */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The first line, for the `message` attribute; the whole list goes into the element. */
function element(tag: 'failure' | 'error', type: string, messages: string[]): string {
  const first = messages[0] ?? '';
  return `      <${tag} type="${type}" message="${xmlText(first)}">${xmlText(messages.join('\n'))}</${tag}>\n`;
}

export function junitXml(suite: string, cases: readonly CaseResult[]): string {
  const failures = cases.filter((c) => c.status === 'fail').length;
  const errors = cases.filter((c) => c.status === 'invalid').length;
  const time = cases.reduce((sum, c) => sum + c.seconds, 0).toFixed(3);
  const counts = `tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0" time="${time}"`;
  let xml = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="scenarios" ${counts}>\n  <testsuite name="${xmlText(suite)}" ${counts}>\n`;
  for (const c of cases) {
    const open = `    <testcase classname="${xmlText(suite)}" name="${xmlText(c.name)}" time="${c.seconds.toFixed(3)}"`;
    if (c.status === 'pass') xml += `${open}/>\n`;
    else xml += `${open}>\n${c.status === 'fail' ? element('failure', 'expectation', c.messages) : element('error', 'invalid', c.messages)}    </testcase>\n`;
  }
  return `${xml}  </testsuite>\n</testsuites>\n`;
}
