/**
 * What exploring each flow yields for the pages (the explorer's rows, the open questions a
 * simulator can raise), computed once per change of the domain code rather than on every build:
 * exploring every flow takes about ten seconds, and the result depends only on src/domain and
 * the XState version. The result is kept in node_modules/.cache/csp-guide/, under a hash of both.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { FLOWS } from '../domain/flows';
import { EXHAUSTIVE_LIMITS } from '../domain/explore';
import { FLOW_IDS, type FlowId } from '../domain/flow';
import { exploredSummary, type ExploredSummary, type OutcomeRow } from '../domain/outcomes';
import type { AmbiguityId } from '../domain/rules';

const ROOT = process.cwd();
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'csp-guide');
const PREFIX = 'exploration-';

let memo: Record<FlowId, ExploredSummary> | undefined;

export function explorerRows(flow: FlowId): OutcomeRow[] {
  return summaries()[flow].rows;
}

/** The open questions some reachable state of the flow raises: the only ones its simulator can show. */
export function reachableAmbiguities(flow: FlowId): ReadonlySet<AmbiguityId> {
  return new Set(summaries()[flow].ambiguities);
}

function summaries(): Record<FlowId, ExploredSummary> {
  if (memo) return memo;
  const file = join(CACHE_DIR, `${PREFIX}${domainHash()}.json`);
  try {
    memo = JSON.parse(readFileSync(file, 'utf8')) as Record<FlowId, ExploredSummary>;
    if (FLOW_IDS.every((id) => memo?.[id])) return memo;
  } catch {
    // No cache yet, or one from an interrupted write: explore.
  }
  const fresh = Object.fromEntries(FLOW_IDS.map((id) => [id, exploredSummary(FLOWS[id], EXHAUSTIVE_LIMITS[id] ?? {})])) as Record<FlowId, ExploredSummary>;
  memo = fresh;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    for (const old of readdirSync(CACHE_DIR)) if (old.startsWith(PREFIX)) rmSync(join(CACHE_DIR, old), { force: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(fresh));
    renameSync(partial, file);
  } catch {
    // A read-only tree still builds; it explores again next time.
  }
  return fresh;
}

/** XState's package.json, found as Node finds packages: here or in a parent folder (the bench's copies). */
function xstateManifest(): Buffer {
  for (let dir = ROOT; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'xstate', 'package.json');
    if (existsSync(candidate)) return readFileSync(candidate);
    if (dirname(dir) === dir) return Buffer.from('xstate not found');
  }
}

/** A hash of every file under src/domain and of the XState release that runs the machines. */
function domainHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        hash.update(relative(ROOT, path));
        hash.update(readFileSync(path));
      }
    }
  };
  walk(join(ROOT, 'src', 'domain'));
  // The rule texts do not change what is explored; the machines' data (src/domain) and XState do.
  hash.update(xstateManifest());
  return hash.digest('hex').slice(0, 16);
}
