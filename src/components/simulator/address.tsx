/**
 * Reading and writing a simulator's address, loaded on first use (on-demand.ts): a link's
 * scenario and view (presenter mode, a story), and the address rewritten to what is shown.
 */
import type { FlowDefinition, FlowEvent, Given } from '~/domain/flow';
import { decodeScenario, encodeScenario } from '~/domain/permalink';
import type { ScenarioError } from '~/domain/scenario-parse';
import { format } from '~/i18n/format';
import type { SimulatorStrings } from './types';
import { splitView, withView, type View } from './view-params';

/** What a link asked for, and the notice that says what it got wrong (this module carries it). */
export type OnOpen = (scenario: { given: Given; steps: FlowEvent[] } | null, view: View, errors: ScenarioError[], notice: typeof LinkNotice) => void;

export function openAddress(flow: FlowDefinition, search: string, onOpen: OnOpen): void {
  const { scenario, view } = splitView(search);
  const decoded = decodeScenario(flow, scenario);
  if (decoded.ok) onOpen({ given: decoded.scenario.given, steps: decoded.scenario.steps }, view, [], LinkNotice);
  else onOpen(null, view, decoded.errors, LinkNotice);
}

export function writeAddress(flow: FlowDefinition, session: { given: Given; events: FlowEvent[]; cursor: number }, view: View): void {
  const query = withView(encodeScenario(flow, { given: session.given, steps: session.events.slice(0, session.cursor) }), view);
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
}

/** What a link got wrong, in the page language: shown only after a link was read, so it loads with this module. */
export function LinkNotice({ errors, notice, strings }: { errors: ScenarioError[]; notice: string; strings: SimulatorStrings }) {
  return (
    <div class="sim-notice" role="alert" data-link-error="true">
      {errors.length > 0 && <p>{strings.sim.linkProblem}</p>}
      <ul>
        {errors.slice(0, 5).map((e, i) => (
          <li key={i}>{format(strings.sim.linkErrors[e.code], { path: e.path, value: e.value ?? '' })}</li>
        ))}
        {notice && <li>{notice}</li>}
      </ul>
    </div>
  );
}
