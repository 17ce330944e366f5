/** The relationship map's words for one party, tie or line, in the page language (RelationshipMap.tsx, map-changes.ts). */
import type { Picture, PictureLine, PictureTie } from '~/domain/picture';
import { format } from '~/i18n/format';
import type { MapStrings, SimulatorStrings } from './types';

export function partyName(map: MapStrings, picture: Picture, id: string): string {
  const party = picture.parties.find((p) => p.id === id);
  if (!party) return map.customer;
  return party.letter ? `${map.parties.partner} ${party.letter}` : map.parties[party.kind];
}

function detailText(strings: SimulatorStrings, key: string): string {
  const bare = key.slice(key.indexOf(':') + 1);
  return strings.map.details[key] ?? strings.flow.values[bare] ?? bare;
}

export function tieText(strings: SimulatorStrings, tie: PictureTie): string {
  const { map } = strings;
  const detail = tie.detail ?? [];
  const details = detail.map((d) => detailText(strings, d)).join(map.list);
  if (tie.kind === 'task') return format(map.ties.task, { task: details });
  const base = map.ties[tie.kind];
  return detail.length ? `${base}${format(map.detail, { detail: details })}` : base;
}

export function lineParties(strings: SimulatorStrings, picture: Picture, line: PictureLine): string {
  if (line.parties === null) return `? ${strings.map.unknownMark}`;
  if (line.parties.length === 0) return strings.map.none;
  return line.parties.map((p) => picture.parties.find((x) => x.id === p)?.letter ?? partyName(strings.map, picture, p)).join(strings.map.list);
}

export function slotName(strings: SimulatorStrings, label: string): string {
  return strings.map.slots[label] ?? strings.flow.values[label] ?? label;
}


/** "Microsoft 365, Partner of Record: A", for the map's name and its captions. */
export function lineSentence(strings: SimulatorStrings, slot: string, kind: keyof MapStrings['lines'], parties: string): string {
  const { map } = strings;
  return `${slotName(strings, slot)}${map.lineJoin}${map.lines[kind]}${map.colon}${parties}`;
}
