/**
 * The flow's state diagram: positions come from the build (src/domain/diagram.ts); this only
 * draws them, marking the current state and the path taken. Colour is never the only signal:
 * the current state has a double outline, the path is solid and the rest dashed.
 */
import { useId } from 'preact/hooks';
import { BOX, type Diagram } from '~/domain/diagram';
import type { SimulatorStrings } from './types';

interface Props {
  diagram: Diagram;
  strings: SimulatorStrings;
  current: string;
  visitedStates: ReadonlySet<string>;
  visitedEdges: ReadonlySet<string>;
  headingLevel: 'h2' | 'h3';
}

/** Width in "Latin letters": Hangul and CJK glyphs take about two. */
function units(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1.9 : 1;
  return n;
}

const LINE_UNITS = 24;

/**
 * Lines that fit a box: between words where the language spaces them (English, Korean), between
 * characters where it does not (Chinese), or inside a word too long for a line.
 */
function wrap(label: string): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const word of label.split(/(\s+)/)) {
    if (/^\s+$/.test(word)) {
      line += ' ';
      continue;
    }
    if (units(line + word) <= LINE_UNITS) {
      line += word;
      continue;
    }
    if (units(word) <= LINE_UNITS && line.trim()) {
      push();
      line = word;
      continue;
    }
    for (const ch of word) {
      if (units(line + ch) > LINE_UNITS) push();
      line += ch;
    }
  }
  push();
  return lines.length > 3 ? [...lines.slice(0, 2), `${lines[2]}…`] : lines;
}

export function StateDiagram({ diagram, strings, current, visitedStates, visitedEdges, headingLevel: H }: Props) {
  const id = useId();
  const at = new Map(diagram.nodes.map((n) => [n.id, n]));
  return (
    <figure class="sim-panel sim-diagram" aria-labelledby={`${id}-title`}>
      <H class="sim-heading" id={`${id}-title`}>
        {strings.sim.diagram}
      </H>
      <p class="sim-hint">{strings.sim.diagramHelp}</p>
      {/* Focusable so keyboard users can scroll a diagram wider than the screen. */}
      <div class="sim-diagram__scroll" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
        <svg
          viewBox={`0 0 ${diagram.width} ${diagram.height}`}
          width={diagram.width}
          height={diagram.height}
          style={{ minWidth: `${Math.round(diagram.width * 0.6)}px` }}
          role="img"
          aria-labelledby={`${id}-title`}
          data-diagram=""
        >
          <defs>
            <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" class="sim-diagram__head" />
            </marker>
          </defs>
          {diagram.edges.map((edge) => {
            const a = at.get(edge.from);
            const b = at.get(edge.to);
            if (!a || !b) return null;
            const d = edge.back
              ? (() => {
                  const y = Math.max(a.y, b.y) + BOX.height + 36;
                  return `M${a.x + BOX.width / 2},${a.y + BOX.height} C${a.x + BOX.width / 2},${y} ${b.x + BOX.width / 2},${y} ${b.x + BOX.width / 2},${b.y + BOX.height + 2}`;
                })()
              : `M${a.x + BOX.width},${a.y + BOX.height / 2} C${a.x + BOX.width + BOX.gapX / 2},${a.y + BOX.height / 2} ${b.x - BOX.gapX / 2},${b.y + BOX.height / 2} ${b.x - 2},${b.y + BOX.height / 2}`;
            const key = `${edge.from}->${edge.to}`;
            return (
              <path
                key={key}
                d={d}
                class={`sim-diagram__edge${visitedEdges.has(key) ? ' is-visited' : ''}`}
                data-diagram-edge={key}
                marker-end={`url(#${id}-arrow)`}
              >
                <title>{edge.events.map((e) => strings.flow.events[e] ?? e).join(' / ')}</title>
              </path>
            );
          })}
          {diagram.nodes.map((node) => {
            const lines = wrap(strings.flow.states[node.id]?.name ?? node.id);
            const isCurrent = node.id === current;
            const cls = ['sim-diagram__node', visitedStates.has(node.id) ? 'is-visited' : '', isCurrent ? 'is-current' : ''].filter(Boolean).join(' ');
            return (
              <g key={node.id} class={cls} data-diagram-state={node.id} aria-current={isCurrent ? 'step' : undefined}>
                {isCurrent && <rect x={node.x - 5} y={node.y - 5} width={BOX.width + 10} height={BOX.height + 10} rx="12" class="sim-diagram__ring" />}
                <rect x={node.x} y={node.y} width={BOX.width} height={BOX.height} rx="8" />
                <text x={node.x + BOX.width / 2} y={node.y + BOX.height / 2 - ((lines.length - 1) * 16) / 2} text-anchor="middle" dominant-baseline="middle">
                  {lines.map((line, i) => (
                    <tspan key={i} x={node.x + BOX.width / 2} dy={i === 0 ? 0 : 16}>
                      {line}
                    </tspan>
                  ))}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
