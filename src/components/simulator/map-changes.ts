/** The relationship map's captions: one line per change a step made, in the page language. */
import type { Picture, PictureChange } from '~/domain/picture';
import { format } from '~/i18n/format';
import { lineParties, lineSentence, partyName, tieText } from './map-text';
import type { SimulatorStrings } from './types';

/** One caption per change, in the page language. */
export function changeCaptions(strings: SimulatorStrings, before: Picture, after: Picture, changes: PictureChange[]): string[] {
  const { map } = strings;
  return changes.map((change) => {
    const picture = change.kind === 'removed' ? before : after;
    let what: string;
    let unknown: boolean;
    if (change.tie) {
      const tie = change.tie;
      const target = tie.to ? ` ↔ ${partyName(map, picture, tie.to)}` : '';
      what = `${partyName(map, picture, tie.holder)}${target}${map.colon}${tieText(strings, tie)}`;
      unknown = !tie.known;
    } else {
      const line = change.line!;
      what = lineSentence(strings, line.slot, line.kind, lineParties(strings, picture, line));
      unknown = line.parties === null;
    }
    const template = change.kind === 'removed' ? map.removed : unknown ? map.nowUnknown : change.kind === 'added' ? map.added : map.changed;
    return format(template, { what });
  });
}

