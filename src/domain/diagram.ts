/**
 * A flow's state diagram, derived from its machine and laid out at build time (no layout code
 * runs in the browser): states in columns by their distance from the start, transitions as
 * arrows. Refusals are not drawn; they never change the state.
 */
import type { AnyStateMachine } from 'xstate';

interface NodeLike {
  id: string;
  type: string;
  parent?: NodeLike;
  states: Record<string, NodeLike>;
  initial?: { target?: readonly NodeLike[] };
  transitions: Map<string, readonly { target?: readonly NodeLike[] }[]>;
}

export interface DiagramNode {
  /** The state as `stateText` writes it: `sent`, `partnered.wizard.review`. */
  id: string;
  x: number;
  y: number;
}

export interface DiagramEdge {
  from: string;
  to: string;
  events: string[];
  /** Drawn as a curve below the boxes when it goes back to an earlier column. */
  back: boolean;
}

export interface Diagram {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export const BOX = { width: 188, height: 64, gapX: 64, gapY: 28, margin: 16 };

function stateId(node: NodeLike, machineId: string): string {
  return node.id.slice(machineId.length + 1);
}

/** The leaf a transition to `node` lands on (its initial descendants). */
function leafOf(node: NodeLike): NodeLike {
  let current = node;
  while (current.type === 'compound' && current.initial?.target?.[0]) current = current.initial.target[0];
  return current;
}

function leaves(node: NodeLike): NodeLike[] {
  const children = Object.values(node.states);
  return children.length === 0 ? [node] : children.flatMap(leaves);
}

export function flowDiagram(machine: AnyStateMachine): Diagram {
  const root = machine.root as unknown as NodeLike;
  const machineId = root.id;
  const edges = new Map<string, DiagramEdge>();
  for (const leaf of leaves(root)) {
    const seen = new Set<string>();
    // A leaf answers events itself first, then through its ancestors.
    for (let node: NodeLike | undefined = leaf; node; node = node.parent) {
      for (const [event, transitions] of node.transitions) {
        if (seen.has(event)) continue;
        seen.add(event);
        for (const t of transitions) {
          const target = t.target?.[0];
          if (!target) continue;
          const from = stateId(leaf, machineId);
          const to = stateId(leafOf(target), machineId);
          if (from === to) continue;
          const key = `${from}->${to}`;
          const edge = edges.get(key) ?? { from, to, events: [], back: false };
          if (!edge.events.includes(event)) edge.events.push(event);
          edges.set(key, edge);
        }
      }
    }
  }
  // Columns by breadth-first distance from the initial state; unreachable leaves go last.
  const start = stateId(leafOf(root), machineId);
  const depth = new Map<string, number>([[start, 0]]);
  const queue = [start];
  while (queue.length) {
    const current = queue.shift()!;
    for (const edge of edges.values()) {
      if (edge.from === current && !depth.has(edge.to)) {
        depth.set(edge.to, depth.get(current)! + 1);
        queue.push(edge.to);
      }
    }
  }
  const maxDepth = Math.max(0, ...depth.values());
  for (const leaf of leaves(root)) {
    const id = stateId(leaf, machineId);
    if (!depth.has(id)) depth.set(id, maxDepth + 1);
  }
  const columns = new Map<number, string[]>();
  for (const [id, d] of depth) columns.set(d, [...(columns.get(d) ?? []), id]);
  const nodes: DiagramNode[] = [];
  for (const [d, ids] of columns) {
    ids.forEach((id, row) => {
      nodes.push({ id, x: BOX.margin + d * (BOX.width + BOX.gapX), y: BOX.margin + row * (BOX.height + BOX.gapY) });
    });
  }
  for (const edge of edges.values()) edge.back = (depth.get(edge.to) ?? 0) <= (depth.get(edge.from) ?? 0);
  const columnsCount = Math.max(...columns.keys()) + 1;
  const rows = Math.max(...[...columns.values()].map((c) => c.length));
  const backRoom = [...edges.values()].some((e) => e.back) ? 48 : 0;
  return {
    width: BOX.margin * 2 + columnsCount * BOX.width + (columnsCount - 1) * BOX.gapX,
    height: BOX.margin * 2 + rows * BOX.height + (rows - 1) * BOX.gapY + backRoom,
    nodes,
    edges: [...edges.values()],
  };
}

/** The SVG path of an edge: a curve forwards between columns, or below the boxes back to an earlier one. */
export function edgePath(a: DiagramNode, b: DiagramNode, back: boolean): string {
  if (back) {
    const y = Math.max(a.y, b.y) + BOX.height + 36;
    return `M${a.x + BOX.width / 2},${a.y + BOX.height} C${a.x + BOX.width / 2},${y} ${b.x + BOX.width / 2},${y} ${b.x + BOX.width / 2},${b.y + BOX.height + 2}`;
  }
  return `M${a.x + BOX.width},${a.y + BOX.height / 2} C${a.x + BOX.width + BOX.gapX / 2},${a.y + BOX.height / 2} ${b.x - BOX.gapX / 2},${b.y + BOX.height / 2} ${b.x - 2},${b.y + BOX.height / 2}`;
}
