/**
 * The relationship map's data: who holds what, drawn from a snapshot's settled facts (the same
 * facts the facts table lists, so the picture never says more than the sources). Parties stand in
 * a column, each with the ties it holds towards the customer; the customer's side lists its
 * services or subscriptions with what is recorded on each. A tie is known or unknown ("?"),
 * never guessed; a fact that is false or not applicable draws nothing.
 * Pure data: the simulator draws it (RelationshipMap.tsx), tests read `pictureKey`.
 */
import { NOT_APPLICABLE } from './facts';
import type { FactValue, Given, Outcome } from './flow';

/** What a party holds towards the customer (or, with `to`, towards another party). */
export type TieKind =
  | 'request'
  | 'relationship'
  | 'dap'
  | 'gdap'
  | 'accessAssignment'
  | 'task'
  | 'rbac'
  | 'supportObligation'
  | 'supportRequest'
  | 'partnership'
  | 'partnershipRequest'
  | 'adminAccess';

/** What the customer's side records on one service or subscription. */
export type LineKind = 'partnerOfRecord' | 'sellers' | 'dapSellers' | 'supportContact' | 'incentives' | 'mca';

export type PartyKind = 'partner' | 'otherPartners' | 'provider' | 'reseller' | 'microsoftSupport' | 'securityGroup' | 'partnerUser';

export interface PictureParty {
  id: string;
  kind: PartyKind;
  /** A letter for multi-partner partners (A…D). */
  letter?: string;
}

export interface PictureTie {
  id: string;
  kind: TieKind;
  holder: string;
  /** Another party the tie joins, where it is not the customer. */
  to?: string;
  known: boolean;
  /** Value keys (flow values: a status, roles, a task) that say more about the tie. */
  detail?: string[];
}

export interface PictureLine {
  id: string;
  kind: LineKind;
  /** Party ids the line names, or null when the sources do not say. */
  parties: string[] | null;
}

export interface PictureSlot {
  id: string;
  /** A service id (m365, azure, dynamics365) or 'subscription' / 'agreement'. */
  label: string;
  lines: PictureLine[];
}

export interface Picture {
  parties: PictureParty[];
  ties: PictureTie[];
  slots: PictureSlot[];
}

/** Builds a flow's picture from its inputs, its settled outcome and (for what facts omit, such as pending requests) its snapshot. */
export type PictureBuilder = (given: Given, outcome: Outcome, snapshot: unknown) => Picture;

/** A fact as a tie: true draws it, null draws it unknown, anything else draws nothing. */
export function tieFromFact(value: FactValue | undefined, tie: Omit<PictureTie, 'known'>): PictureTie[] {
  if (value === true) return [{ ...tie, known: true }];
  if (value === null) return [{ ...tie, known: false }];
  return [];
}

/** A fact that names parties ("A, B", "—", a party id): the list, null when unknown, [] when none or not applicable. */
export function partiesFromFact(value: FactValue | undefined, known: readonly string[]): string[] | null {
  if (value === null) return null;
  if (value === undefined || value === NOT_APPLICABLE || typeof value !== 'string') return [];
  return value
    .split(',')
    .map((p) => p.trim())
    .filter((p) => known.includes(p));
}

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface PictureChange {
  kind: ChangeKind;
  /** The tie or line as it is now (or was, when removed). */
  tie?: PictureTie;
  line?: PictureLine & { slot: string };
}

function tieText(tie: PictureTie): string {
  return `${tie.known ? '' : '?'}${(tie.detail ?? []).join('+')}`;
}

function lineText(line: PictureLine): string {
  return line.parties === null ? '?' : line.parties.join('+');
}

/**
 * What one step changed: ties that appeared, disappeared or changed (known ↔ unknown, detail),
 * and customer-side lines whose parties changed. A refused step changes no fact, so nothing.
 */
export function pictureChanges(before: Picture, after: Picture): PictureChange[] {
  const changes: PictureChange[] = [];
  const old = new Map(before.ties.map((t) => [t.id, t]));
  const now = new Map(after.ties.map((t) => [t.id, t]));
  for (const tie of after.ties) {
    const was = old.get(tie.id);
    if (!was) changes.push({ kind: 'added', tie });
    else if (tieText(was) !== tieText(tie)) changes.push({ kind: 'changed', tie });
  }
  for (const tie of before.ties) if (!now.has(tie.id)) changes.push({ kind: 'removed', tie });
  // A line naming no one reads as absent: from none to someone is added, the reverse removed.
  const oldLines = new Map(before.slots.flatMap((s) => s.lines.map((l) => [`${s.id}/${l.id}`, lineText(l)] as const)));
  for (const slot of after.slots) {
    for (const line of slot.lines) {
      const was = oldLines.get(`${slot.id}/${line.id}`) ?? '';
      const now = lineText(line);
      if (was !== now) changes.push({ kind: !now ? 'removed' : !was ? 'added' : 'changed', line: { ...line, slot: slot.id } });
    }
  }
  return changes;
}

/** One line that names the picture for tests and automation (`data-picture`): equal pictures, equal keys. */
export function pictureKey(picture: Picture): string {
  const ties = picture.ties.map((t) => `${t.id}=${tieText(t) || 'yes'}`);
  const lines = picture.slots.flatMap((s) => s.lines.map((l) => `${s.id}/${l.id}=${lineText(l) || '-'}`));
  return [...ties, ...lines].sort().join(';');
}
