/**
 * The state diagram's SVG, drawn once at build time in the page language: boxes, wrapped names
 * and edge paths. The simulator only marks the current state and the path taken on it
 * (StateDiagram.tsx), so its code carries no drawing. The start is marked here already, so the
 * picture reads right without JavaScript.
 */
import { render } from 'preact-render-to-string';
import { BOX, edgePath, type Diagram } from '../domain/diagram';
import { wrap } from './diagram-labels';

interface Labels {
  title: string;
  states: Record<string, { name: string } | undefined>;
  events: Record<string, string | undefined>;
}

export function diagramSvg(diagram: Diagram, labels: Labels, flowId: string): string {
  const at = new Map(diagram.nodes.map((n) => [n.id, n]));
  const start = diagram.nodes[0]?.id;
  // One simulator of a flow per page, so the marker's id is unique on it.
  const arrow = `sim-${flowId}-arrow`;
  return render(
    <svg
      viewBox={`0 0 ${diagram.width} ${diagram.height}`}
      width={diagram.width}
      height={diagram.height}
      style={{ minWidth: `${Math.round(diagram.width * 0.6)}px` }}
      role="img"
      aria-label={labels.title}
      data-diagram=""
    >
      <defs>
        <marker id={arrow} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" class="sim-diagram__head" />
        </marker>
      </defs>
      {diagram.edges.map((edge) => {
        const a = at.get(edge.from);
        const b = at.get(edge.to);
        if (!a || !b) return null;
        return (
          <path d={edgePath(a, b, edge.back)} class="sim-diagram__edge" data-diagram-edge={`${edge.from}->${edge.to}`} marker-end={`url(#${arrow})`}>
            <title>{edge.events.map((e) => labels.events[e] ?? e).join(' / ')}</title>
          </path>
        );
      })}
      {diagram.nodes.map((node) => {
        const lines = wrap(labels.states[node.id]?.name ?? node.id);
        const isStart = node.id === start;
        return (
          <g class={`sim-diagram__node${isStart ? ' is-visited is-current' : ''}`} data-diagram-state={node.id} aria-current={isStart ? 'step' : undefined}>
            <rect x={node.x - 5} y={node.y - 5} width={BOX.width + 10} height={BOX.height + 10} rx="12" class="sim-diagram__ring" />
            <rect x={node.x} y={node.y} width={BOX.width} height={BOX.height} rx="8" />
            <text x={node.x + BOX.width / 2} y={node.y + BOX.height / 2 - ((lines.length - 1) * 16) / 2} text-anchor="middle" dominant-baseline="middle">
              {lines.map((line, i) => (
                <tspan x={node.x + BOX.width / 2} dy={i === 0 ? 0 : 16}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </svg>,
  );
}
