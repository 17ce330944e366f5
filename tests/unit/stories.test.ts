/**
 * Scripted walkthroughs for trainers (src/stories/<flow>/<id>.json): each is data, narrated in
 * every language, and runs to the outcome it states.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLOW_IDS } from '../../src/domain/flow';
import { parseScenario, runScenario } from '../../src/domain/scenario';
import { LOCALES } from '../../src/i18n/types';

interface Story {
  id: string;
  flow: string;
  title: Record<string, string>;
  given?: Record<string, unknown>;
  steps: { step: unknown; narration: Record<string, string> }[];
  outcome: string;
}

const stories: { file: string; story: Story }[] = [];
for (const flow of FLOW_IDS) {
  const dir = join('src/stories', flow);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    stories.push({ file: join(dir, name), story: JSON.parse(readFileSync(join(dir, name), 'utf8')) as Story });
  }
}

describe('stories', () => {
  it.each(FLOW_IDS)('%s has at least three stories', (flow) => {
    expect(stories.filter((s) => s.story.flow === flow).length).toBeGreaterThanOrEqual(3);
  });

  it.each(stories)('$file runs to its stated outcome, narrated in every language', ({ file, story }) => {
    expect(file.endsWith(`${story.flow}/${story.id}.json`)).toBe(true);
    for (const locale of LOCALES) expect(story.title[locale]?.trim(), `title ${locale}`).toBeTruthy();
    expect(story.steps.length).toBeGreaterThanOrEqual(3);
    for (const [i, s] of story.steps.entries()) {
      for (const locale of LOCALES) expect(s.narration[locale]?.trim(), `steps[${i}] ${locale}`).toBeTruthy();
    }
    const parsed = parseScenario({ flow: story.flow, given: story.given ?? {}, steps: story.steps.map((s) => s.step) });
    expect(parsed.ok, JSON.stringify(parsed.ok ? '' : parsed.errors)).toBe(true);
    if (!parsed.ok) return;
    expect(runScenario(parsed.scenario).final.outcome).toBe(story.outcome);
  });
});
