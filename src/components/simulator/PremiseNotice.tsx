/**
 * Where the flow's starting point no longer exists under the rules of the date (a partner holding
 * DAP in today's global cloud): the rule that says so, the last date it held, and the way to GDAP.
 */
import type { Premise } from "~/domain/flow";
import { format } from "~/i18n/format";
import { RuleLink } from "./RuleLink";
import type { GivenProps } from "./types";

export function PremiseNotice({
  premise,
  lastDate,
  flow,
  strings,
  citations,
  onChange,
}: Omit<GivenProps, "given"> & {
  premise: Premise;
  lastDate: string | undefined;
}) {
  const { sim, flow: labels } = strings;
  return (
    <div class="sim-notice sim-notice--premise" data-premise={premise.rule}>
      <p>
        {labels.reasons[premise.reason] ?? premise.reason}{" "}
        <RuleLink id={premise.rule} info={citations[premise.rule]} />
      </p>
      <p class="sim-premise__ways">
        {lastDate && (
          <button
            type="button"
            class="sim-button sim-button--small"
            data-control="use-last-date"
            onClick={() => onChange("asOf", lastDate)}
          >
            {format(sim.useDate, { date: lastDate })}
          </button>
        )}
        {premise.gdap && flow.id !== "gdap" && (
          // Relative, so it holds under any base path: every page with a simulator sits two levels below its locale (guides/…, simulators/…, embed/…, compare/…).
          <a href="../../simulators/gdap/">{sim.openGdap} →</a>
        )}
      </p>
    </div>
  );
}
