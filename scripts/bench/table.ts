/** Printing for the bench: aligned tables, and the checks a part reports against its limits. */

/** One measured value held against a limit; `pass` is undefined where no limit is meaningful. */
export interface Check {
  part: string;
  measure: string;
  value: string;
  limit: string;
  pass?: boolean;
}

export interface PartResult {
  checks: Check[];
}

const NUMERIC = /^[-+]?[\d.,]+\s*(%|×|ms|s|µs)?$/;

/** Prints a table under its title: the first column left-aligned, numbers right-aligned. */
export function printTable(title: string, rows: string[][], notes: string[] = []): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  console.log(`\n${title}\n`);
  for (const [i, row] of rows.entries()) {
    const cells = row.map((cell, c) => (c > 0 && i > 0 && NUMERIC.test(cell) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)));
    console.log(cells.join('  ').trimEnd());
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  for (const note of notes) console.log(`  ${note}`);
}

export function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}

/** Nearest-rank percentile: a value that was measured, never an interpolation. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(x < 10 ? 1 : 0) : '—');
export const seconds = (x: number) => (Number.isFinite(x) ? (x / 1000).toFixed(1) : '—');
