import type { AmbiguityId, Cloud } from './rules';

/**
 * Dates the sources give for the end of DAP in new global requests (INV-14, AMB-05).
 * ISO strings compare correctly as text, so no Date parsing (and no time zone) is involved.
 */
export const DAP_END_EARLIEST = '2023-09-25';
export const DAP_END_AGREED = '2023-10-10';

export type DapEra = 'dap' | 'disputed' | 'gdap';

/** What the date rules read of a flow's inputs. */
interface DatedGiven {
  cloud: Cloud;
  asOf: string | null;
}

/** The last day every source agrees a new global request could still carry DAP (AMB-05). */
export const LAST_DAP_DAY = '2023-09-24';

/**
 * Which era a scenario date falls in. No date means today: the latest documented rules, from the
 * fact base rather than the clock, so a scenario gives the same result on any day.
 */
export function dapEra(asOf: string | null): DapEra {
  if (asOf === null) return 'gdap';
  if (asOf >= DAP_END_AGREED) return 'gdap';
  if (asOf >= DAP_END_EARLIEST) return 'disputed';
  return 'dap';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD form. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * US Government and Germany: the no-DAP option is documented as missing (INV-06, June 2023), but
 * whether their requests still carry DAP after the global change of October 2023 is not stated
 * anywhere (AMB-31). Today's rules are that later date, so the answer is unknown there.
 */
export function nationalDapUndocumented(given: DatedGiven): boolean {
  return (given.cloud === 'usgov' || given.cloud === 'germany') && dapEra(given.asOf) === 'gdap';
}

/** A global request carries no DAP from 2023-10-10, today included (INV-14). */
export function globalDapEnded(given: DatedGiven): boolean {
  return given.cloud === 'global' && dapEra(given.asOf) === 'gdap';
}

/**
 * The open question that leaves a DAP request's result unknown, if any: the disputed days in the
 * global cloud (AMB-05); US Government and Germany after October 2023 (AMB-31).
 */
export function dapInDoubt(given: DatedGiven): AmbiguityId | null {
  if (given.cloud === 'global' && dapEra(given.asOf) === 'disputed') return 'AMB-05';
  return nationalDapUndocumented(given) ? 'AMB-31' : null;
}
