/** Writes public/schemas/scenario.schema.json from the flow definitions (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { scenarioSchema } from '../src/domain/scenario-schema';

const LINE = 100;

/**
 * JSON indented like JSON.stringify(…, null, 2), but a part short enough stays on one line: the
 * schema's two hundred small conditions read as a list instead of five thousand lines.
 */
function pretty(value: unknown, indent = ''): string {
  const flat = JSON.stringify(value);
  if (flat === undefined || typeof value !== 'object' || value === null || indent.length + flat.length <= LINE) return flat ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + pretty(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`).join(',\n')}\n${indent}}`;
}

writeFileSync('public/schemas/scenario.schema.json', `${pretty(scenarioSchema())}\n`);
console.log('wrote public/schemas/scenario.schema.json');
