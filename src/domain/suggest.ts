/** "Did you mean …?" for typos in scenario files and links: closest names first. */

export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Distance to the closest word of a name (`ACCEPT` in `ACCEPT_INVITATION`), or to the whole name. */
function score(input: string, candidate: string): number {
  const whole = distance(input, candidate.toLowerCase());
  const words = candidate.split(/[_\-.]|(?=[A-Z][a-z])/).filter(Boolean);
  const best = Math.min(...words.map((w) => distance(input, w.toLowerCase())));
  return Math.min(whole, best + 1);
}

/** Shorter than this, a prefix fits too many names to be a hint. */
const MIN_PREFIX = 3;

/**
 * Up to `max` candidates close enough to be what was meant: names the input begins (a name
 * typed half-way, `PARTNER_CREATES` for `PARTNER_CREATES_REQUEST`), shortest first, then names
 * within a few edits.
 */
export function suggest(input: string, candidates: readonly string[], max = 2): string[] {
  const needle = input.toLowerCase();
  const prefixed =
    needle.length >= MIN_PREFIX
      ? candidates.filter((c) => c.length > needle.length && c.toLowerCase().startsWith(needle)).sort((a, b) => a.length - b.length)
      : [];
  const limit = Math.max(2, Math.floor(needle.length / 3));
  // No name is within `limit` edits of a much longer input: skip the quadratic work (a pasted
  // megabyte would otherwise take seconds) without changing any answer.
  const longest = Math.max(0, ...candidates.map((c) => c.toLowerCase().length));
  const close =
    needle.length - longest > limit
      ? []
      : candidates
          .map((c) => ({ c, s: score(needle, c), d: distance(needle, c.toLowerCase()) }))
          .filter((x) => x.s <= limit)
          .sort((a, b) => a.s - b.s || a.d - b.d)
          .map((x) => x.c);
  return [...new Set([...prefixed, ...close])].slice(0, max);
}
