/**
 * Which date the simulator's rules are from, and, where the flow's starting point no longer
 * exists under those rules (a partner holding DAP in today's global cloud), the note that says so
 * (PremiseNotice, carried only by the islands of flows that have such a premise).
 */
import { format } from '~/i18n/format';
import type { GivenProps } from './types';

export function RulesDate({ flow, given, strings, citations, locale, onChange, Premise }: GivenProps) {
  const { sim } = strings;
  const dated = flow.fields.some((f) => f.key === 'asOf');
  const asOf = typeof given.asOf === 'string' ? given.asOf : null;
  const premise = flow.premise?.(given) ?? null;
  const lastDate = dated ? premise?.lastDate : undefined;
  return (
    <div class="sim-rules-date" data-rules-date={asOf ?? (dated ? 'latest' : 'undated')}>
      <p>
        <strong>{!dated ? sim.rulesUndated : asOf ? format(sim.rulesAsOf, { date: asOf }) : sim.rulesLatest}</strong>
      </p>
      {premise && Premise && <Premise premise={premise} lastDate={lastDate} flow={flow} strings={strings} citations={citations} locale={locale} onChange={onChange} />}
    </div>
  );
}
