/**
 * The relationship map's data (src/domain/picture.ts, src/domain/pictures/*): drawn from the
 * settled facts, so a fact the sources leave open is drawn unknown and never as a guess; a refused
 * step changes nothing; every story step's changes are named.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLOW_IDS, replay, type FlowDefinition, type FlowEvent, type FlowId, type Given } from '../../src/domain/flow';
import { FLOWS } from '../../src/domain/flows';
import { pictureChanges, pictureKey, type PictureBuilder } from '../../src/domain/picture';
import { invitationPicture } from '../../src/domain/pictures/invitation';
import { dapRevocationPicture } from '../../src/domain/pictures/dap-revocation';
import { multiPartnerPicture } from '../../src/domain/pictures/multi-partner';
import { indirectResellerPicture } from '../../src/domain/pictures/indirect-reseller';
import { gdapPicture } from '../../src/domain/pictures/gdap';
import { mapStrings } from '../../src/site/map-strings';
import { LOCALES } from '../../src/i18n/types';

const PICTURES: Record<FlowId, PictureBuilder> = {
  invitation: invitationPicture,
  'dap-revocation': dapRevocationPicture,
  'multi-partner': multiPartnerPicture,
  'indirect-reseller': indirectResellerPicture,
  gdap: gdapPicture,
};

function pictures(flowId: FlowId, given: Given, events: FlowEvent[]) {
  const flow = FLOWS[flowId] as unknown as FlowDefinition;
  const run = replay(flow, { ...flow.defaults, ...given }, events);
  const full = { ...flow.defaults, ...given };
  const draw = (s: unknown) => PICTURES[flowId](full, flow.outcome(s as never), s);
  return { run, initial: draw(run.initial), after: run.steps.map((s) => ({ step: s, picture: draw(s.snapshot), outcome: flow.outcome(s.snapshot as never) })) };
}

interface StoryFile {
  id: string;
  given?: Given;
  steps: { step: string | FlowEvent }[];
}

describe('relationship map data', () => {
  for (const flow of FLOW_IDS) {
    for (const file of readdirSync(`src/stories/${flow}`)) {
      const story = JSON.parse(readFileSync(`src/stories/${flow}/${file}`, 'utf8')) as StoryFile;
      it(`${flow} story ${story.id}: a refused step changes nothing, an unknown tie only where a fact is unknown`, () => {
        const events = story.steps.map((s) => (typeof s.step === 'string' ? { type: s.step } : s.step));
        const { initial, after } = pictures(flow, story.given ?? {}, events);
        let before = initial;
        for (const { step, picture, outcome } of after) {
          if (!step.accepted) expect(pictureKey(picture)).toBe(pictureKey(before));
          if (!step.accepted) expect(pictureChanges(before, picture)).toEqual([]);
          const unknownDrawn = picture.ties.some((t) => !t.known) || picture.slots.some((s) => s.lines.some((l) => l.parties === null));
          const unknownFact = Object.values(outcome.facts).some((v) => v === null);
          // Nothing is drawn unknown that the facts state; the map never invents doubt either.
          if (unknownDrawn) expect(unknownFact).toBe(true);
          before = picture;
        }
      });
    }
  }

  it('invitation: the request, then the relationship and DAP the facts state', () => {
    const { initial, after } = pictures('invitation', { cloud: 'usgov' }, [{ type: 'SEND_INVITATION' }]);
    expect(initial.ties).toEqual([]);
    expect(pictureKey(after[0]!.picture)).toBe('request=yes');
    expect(pictureChanges(initial, after[0]!.picture)).toEqual([{ kind: 'added', tie: expect.objectContaining({ id: 'request' }) }]);
  });

  it('multi-partner in usgov: where AMB-06 leaves a second partner open, its ties are drawn unknown', () => {
    const { after } = pictures('multi-partner', { cloud: 'usgov' }, [
      { type: 'REQUEST_RELATIONSHIP', partner: 'B', dap: true },
      { type: 'CUSTOMER_ACCEPTS', partner: 'B' },
    ]);
    const last = after[after.length - 1]!;
    const b = last.picture.ties.filter((t) => t.holder === 'B');
    expect(b.length).toBeGreaterThan(0);
    for (const tie of b) expect(tie.known, tie.id).toBe(last.outcome.facts[tie.id] !== null);
  });

  it('every party, tie and line kind has a name in every language', () => {
    for (const locale of LOCALES) {
      const map = mapStrings(locale);
      for (const group of [map.parties, map.ties, map.lines, map.details]) for (const [k, v] of Object.entries(group)) expect(v, `${locale} ${k}`).toMatch(/\S/);
    }
  });
});
