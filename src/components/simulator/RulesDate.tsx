/**
 * Which date the simulator's rules are from, and, where the flow's starting point no longer
 * exists under those rules (a partner holding DAP in today's global cloud), a plain note with
 * the last date it held and the way to GDAP.
 */
import { format } from '~/i18n/format';
import { RuleLink } from './RuleLink';
import type { GivenProps } from './types';

export function RulesDate({ flow, given, strings, citations, locale, onChange }: GivenProps) {
  const { sim, flow: labels } = strings;
  const dated = flow.fields.some((f) => f.key === 'asOf');
  const asOf = typeof given.asOf === 'string' ? given.asOf : null;
  const premise = flow.premise?.(given) ?? null;
  const lastDate = dated ? premise?.lastDate : undefined;
  return (
    <div class="sim-rules-date" data-rules-date={asOf ?? (dated ? 'latest' : 'undated')}>
      <p>
        <strong>{!dated ? sim.rulesUndated : asOf ? format(sim.rulesAsOf, { date: asOf }) : sim.rulesLatest}</strong>
      </p>
      {premise && (
        <div class="sim-notice sim-notice--premise" data-premise={premise.rule}>
          <p>
            {labels.reasons[premise.reason] ?? premise.reason} <RuleLink id={premise.rule} info={citations[premise.rule]} />
          </p>
          <p class="sim-premise__ways">
            {lastDate && (
              <button type="button" class="sim-button sim-button--small" data-control="use-last-date" onClick={() => onChange('asOf', lastDate)}>
                {format(sim.useDate, { date: lastDate })}
              </button>
            )}
            {premise.gdap && flow.id !== 'gdap' && <a href={`/${locale}/simulators/gdap/`}>{sim.openGdap} →</a>}
          </p>
        </div>
      )}
    </div>
  );
}
