/**
 * The flow's state diagram: drawn at build time (src/site/diagram-svg.tsx); this marks the current
 * state and the path taken on it. Colour is never the only signal: the current state has a double
 * outline, the path is solid and the rest dashed.
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import type { DiagramPicture, SimulatorStrings } from './types';

interface Props {
  diagram: DiagramPicture;
  strings: SimulatorStrings;
  current: string;
  visitedStates: ReadonlySet<string>;
  visitedEdges: ReadonlySet<string>;
  headingLevel: 'h2' | 'h3';
}

export function StateDiagram({ diagram, strings, current, visitedStates, visitedEdges, headingLevel: H }: Props) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const node of ref.current?.querySelectorAll('[data-diagram-state]') ?? []) {
      const state = node.getAttribute('data-diagram-state') ?? '';
      node.classList.toggle('is-current', state === current);
      node.classList.toggle('is-visited', visitedStates.has(state));
      if (state === current) node.setAttribute('aria-current', 'step');
      else node.removeAttribute('aria-current');
    }
    for (const edge of ref.current?.querySelectorAll('[data-diagram-edge]') ?? []) edge.classList.toggle('is-visited', visitedEdges.has(edge.getAttribute('data-diagram-edge') ?? ''));
  });
  return (
    <figure class="sim-panel sim-diagram" aria-labelledby={`${id}-title`}>
      <H class="sim-heading" id={`${id}-title`}>
        {strings.sim.diagram}
      </H>
      <p class="sim-hint">{strings.sim.diagramHelp}</p>
      {/* Focusable so keyboard users can scroll a diagram wider than the screen. */}
      <div class="sim-diagram__scroll" tabIndex={0} role="region" aria-labelledby={`${id}-title`} ref={ref} dangerouslySetInnerHTML={{ __html: diagram.svg }} />
    </figure>
  );
}
