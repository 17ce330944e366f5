/**
 * Compare mode: one list of steps under two sets of inputs (A and B), side by side. The whole
 * comparison is recomputed from the inputs and the steps (src/domain/compare.ts), so what the
 * page shows is exactly what those steps give; the address holds both scenarios.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { compareScenarios, countDifferences, hasDifferences, sharedSteps, type Side } from '~/domain/compare';
import { effectiveGiven, eventKey, replay, stateText, step, type FlowDefinition, type FlowEvent, type Given, type GivenValue } from '~/domain/flow';
import type { ScenarioError } from '~/domain/scenario-parse';
import { hasScenarioParams } from '~/domain/scenario-params';
import { format } from '~/i18n/format';
import { GivenForm } from '../simulator/GivenForm';
import type { GivenProps } from '../simulator/types';
import { eventLabel } from '../simulator/labels';
import { loadCompareLink } from './on-demand';
import { OutcomeColumns } from './OutcomeColumns';
import { StepPicker, type StepOption } from './StepPicker';
import { StepTable } from './StepTable';
import { Marker } from './Marker';
import type { CompareData } from './types';
import { useCompareShare } from './useCompareShare';
import { inputValueText, resultText, summaryText } from './words';

interface State {
  a: Given;
  b: Given;
  events: FlowEvent[];
}

interface Props extends CompareData {
  flow: FlowDefinition;
  /** The note for a starting point the date's rules no longer have, for flows that have one. */
  Premise?: GivenProps['Premise'];
}

export function CompareView(props: Props) {
  const { flow, strings, citations } = props;
  const { compare, sim } = strings;
  const [state, setState] = useState<State>(() => ({
    a: { ...flow.defaults, ...props.a },
    b: { ...flow.defaults, ...props.b },
    events: props.events ?? [],
  }));
  const [ready, setReady] = useState(false);
  const [linkErrors, setLinkErrors] = useState<ScenarioError[]>([]);
  const [message, setMessage] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [picks, setPicks] = useState<Record<string, string>>(() =>
    Object.fromEntries((flow.focus ?? []).map((f) => [f.key, f.initial({ ...flow.defaults, ...props.a })])),
  );
  // After an action that may disable the control used (the last step removed): where focus goes then.
  const [focusAfter, setFocusAfter] = useState<{ from: string; to: string } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const latest = useRef(state);
  latest.current = state;
  const loadFailed = () => setMessage(sim.loadFailed);

  // A link opens its comparison; a bad link opens the default one and says what was wrong.
  useEffect(() => {
    const search = window.location.search;
    if (!hasScenarioParams(search)) {
      setReady(true);
      return;
    }
    loadCompareLink()
      .then(({ decodeCompare }) => {
        const decoded = decodeCompare(flow, search);
        if (!decoded.ok) {
          setLinkErrors(decoded.errors);
          return;
        }
        const { a, b, steps } = decoded.compare;
        setState({ a, b, events: steps });
        setPicks(Object.fromEntries((flow.focus ?? []).map((f) => [f.key, f.initial(a)])));
      }, loadFailed)
      .finally(() => setReady(true));
  }, []);

  // The address always holds both scenarios, so a reload or a copied address reopens them.
  const synced = useRef(false);
  useEffect(() => {
    if (!synced.current) {
      synced.current = true;
      return;
    }
    loadCompareLink().then(({ encodeCompare }) => {
      const { a, b, events } = latest.current;
      const query = encodeCompare(flow, { a, b, steps: events });
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
    }, loadFailed);
  }, [state]);

  useEffect(() => {
    if (!focusAfter) return;
    const used = rootRef.current?.querySelector<HTMLButtonElement>(`[data-control="${focusAfter.from}"]`);
    if (used?.disabled) rootRef.current?.querySelector<HTMLElement>(`[data-control="${focusAfter.to}"]`)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const comparison = useMemo(() => compareScenarios(flow, state.a, state.b, state.events), [flow, state]);
  const summary = summaryText(strings, countDifferences(comparison));

  // Who acts and on what (multi-partner): only what both inputs have, e.g. partner C with three partners in both.
  const focusFields = (flow.focus ?? []).map((f) => {
    const inB = f.options(state.b);
    return { key: f.key, options: f.options(state.a).filter((o) => inB.includes(o)) };
  });
  const activePicks: Record<string, string> = Object.fromEntries(
    focusFields.map((f) => [f.key, f.options.includes(picks[f.key] ?? '') ? (picks[f.key] ?? '') : (f.options[0] ?? '')]),
  );
  const pickKey = JSON.stringify(activePicks);

  // The steps either column offers now, valid under both inputs, each judged in both.
  const options = useMemo((): StepOption[] => {
    const finalA = replay(flow, state.a, state.events).final;
    const finalB = replay(flow, state.b, state.events).final;
    const focus = flow.focus ? activePicks : undefined;
    const seen = new Set<string>();
    const events = [...flow.candidateEvents(finalA, focus), ...flow.candidateEvents(finalB, focus)].filter((e) => {
      const key = eventKey(e);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return sharedSteps(flow, state.a, state.b, events).map((event) => {
      const ra = step(flow, finalA, event);
      const rb = step(flow, finalB, event);
      const side = (r: typeof ra) => ({ accepted: r.accepted, rejection: r.rejection, state: stateText((r.snapshot as { value: unknown }).value) });
      return { event, a: side(ra), b: side(rb) };
    });
  }, [flow, state, pickKey]);
  // What most readers take next: the first step either column accepts that moves it to another state.
  const last = comparison.steps[comparison.steps.length - 1];
  const now = { a: last?.a.state ?? comparison.start.a, b: last?.b.state ?? comparison.start.b };
  const moves = (o: StepOption) => (o.a.accepted && o.a.state !== now.a) || (o.b.accepted && o.b.state !== now.b);
  const fallback = options.find(moves) ?? options.find((o) => o.a.accepted || o.b.accepted) ?? options[0];
  const chosen = options.find((o) => eventKey(o.event) === selected) ?? fallback;

  const update = (next: State, announce: (summary: string) => string) => {
    const events = sharedSteps(flow, next.a, next.b, next.events);
    const dropped = next.events.length - events.length;
    const settled = { ...next, events };
    // Keys can come faster than renders: the next action starts from this one's result.
    latest.current = settled;
    setState(settled);
    setSelected(null);
    const after = summaryText(strings, countDifferences(compareScenarios(flow, settled.a, settled.b, settled.events)));
    setMessage(`${announce(after)}${dropped > 0 ? ` ${format(compare.announceDropped, { n: dropped })}` : ''}`);
  };

  const onGiven = (side: Side) => (key: string, value: GivenValue) => {
    const current = latest.current;
    update({ ...current, [side]: { ...current[side], [key]: value } }, (s) => format(compare.announceInput, { side: side.toUpperCase(), summary: s }));
  };

  const onAdd = () => {
    if (!chosen) return;
    const current = latest.current;
    const n = current.events.length + 1;
    update({ ...current, events: [...current.events, chosen.event] }, (s) =>
      format(compare.announceAdded, { n, action: eventLabel(strings.flow, chosen.event), a: resultText(strings, chosen.a), b: resultText(strings, chosen.b), summary: s }),
    );
  };

  const { copyLink, copyTrace, fallback: copyFallback } = useCompareShare({
    flow,
    locale: props.locale,
    strings,
    citations,
    a: state.a,
    b: state.b,
    events: state.events,
    comparison,
    announce: setMessage,
  });

  const differs = hasDifferences(comparison);
  // Inputs that differ are shown with the values in force (a DAP box the date makes inapplicable reads as cleared).
  const inForce = { a: effectiveGiven(flow, state.a), b: effectiveGiven(flow, state.b) };
  return (
    <div
      ref={rootRef}
      class="cmp"
      data-compare
      data-flow={flow.id}
      data-ready={ready ? 'true' : 'false'}
      data-differences={differs ? 'true' : 'false'}
      // For client:engaged to say so in the page language if the code cannot be fetched.
      data-load-failed={sim.loadFailed}
      role="group"
      aria-label={`${compare.region}: ${strings.flow.title}`}
    >
      <noscript>
        <p class="sim-hint">{compare.noscript}</p>
      </noscript>
      {linkErrors.length > 0 && (
        <div class="sim-notice" role="alert" data-link-error="true">
          <p>{compare.linkProblem}</p>
          <ul>
            {linkErrors.slice(0, 5).map((e, i) => (
              <li key={i}>{format(sim.linkErrors[e.code], { path: e.path, value: e.value ?? '' })}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="cmp-summary" data-summary data-differs={differs ? 'true' : 'false'}>
        <Marker differs={differs} strings={strings} text={summary} />
      </p>
      {comparison.inputs.length > 0 ? (
        <div class="cmp-inputs-differ" data-inputs-differ>
          <p class="sim-label">{compare.inputsDiffer}</p>
          <ul>
            {comparison.inputs.map((key) => {
              const field = flow.fields.find((f) => f.key === key);
              const label = strings.flow.fields[key]?.label ?? key;
              const va = inputValueText(strings, field, inForce.a[key] ?? null);
              const vb = inputValueText(strings, field, inForce.b[key] ?? null);
              return (
                <li key={key} data-input={key}>
                  {label}: A {va} | B {vb}
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        <p class="sim-hint">{compare.inputsSame}</p>
      )}
      <div class="cmp-columns cmp-inputs">
        {(['a', 'b'] as const).map((side) => (
          <section key={side} class="cmp-side" data-side={side} aria-labelledby={`cmp-${flow.id}-${side}`}>
            <h2 class="sim-heading" id={`cmp-${flow.id}-${side}`}>
              {format(compare.scenario, { side: side.toUpperCase() })}
            </h2>
            <p class="sim-hint">{compare.givenHelp}</p>
            <GivenForm flow={flow} given={state[side]} strings={strings} citations={citations} locale={props.locale} onChange={onGiven(side)} Premise={props.Premise} />
          </section>
        ))}
      </div>
      <section class="cmp-section" aria-labelledby={`cmp-${flow.id}-steps`}>
        <h2 class="sim-heading" id={`cmp-${flow.id}-steps`}>
          {compare.steps}
        </h2>
        <StepTable comparison={comparison} strings={strings} citations={citations} />
        <StepPicker
          strings={strings}
          options={options}
          selected={chosen ? eventKey(chosen.event) : null}
          focus={focusFields}
          picks={activePicks}
          stepCount={state.events.length}
          onPick={(key, value) => {
            setPicks((prev) => ({ ...prev, [key]: value }));
            setSelected(null);
          }}
          onSelect={setSelected}
          onAdd={onAdd}
          onRemoveLast={() => {
            const current = latest.current;
            update({ ...current, events: current.events.slice(0, -1) }, (s) => format(compare.announceRemoved, { summary: s }));
            setFocusAfter({ from: 'remove-last', to: 'add-step' });
          }}
          onResetSteps={() => {
            update({ ...latest.current, events: [] }, (s) => format(compare.announceResetSteps, { summary: s }));
            setFocusAfter({ from: 'reset-steps', to: 'add-step' });
          }}
          onResetInputs={() => update({ a: { ...flow.defaults }, b: { ...flow.defaults }, events: latest.current.events }, (s) => format(compare.announceResetInputs, { summary: s }))}
        />
      </section>
      <section class="cmp-section" aria-labelledby={`cmp-${flow.id}-outcomes`}>
        <h2 class="sim-heading" id={`cmp-${flow.id}-outcomes`}>
          {compare.outcomes}
        </h2>
        <OutcomeColumns comparison={comparison} strings={strings} citations={citations} />
      </section>
      <div class="sim-share">
        <button type="button" class="sim-button" data-control="copy-link" onClick={copyLink}>
          {sim.copyLink}
        </button>
        <button type="button" class="sim-button" data-control="copy-trace" onClick={copyTrace}>
          {sim.copyTrace}
        </button>
      </div>
      {copyFallback !== null && (
        <textarea class="sim-fallback" readOnly rows={8} aria-label={sim.copyFallback} value={copyFallback} onFocus={(e) => (e.currentTarget as HTMLTextAreaElement).select()} />
      )}
      <p class="sim-live" role="status">
        {message}
      </p>
    </div>
  );
}
