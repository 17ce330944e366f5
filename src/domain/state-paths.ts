/**
 * Every state a flow's run can end in, written as `stateText` writes it (`reviewing`,
 * `partnered.wizard.review`), read from the machine's own state nodes: the parser checks
 * `expect.state` against it and the JSON Schema lists it, so neither can drift from the machine.
 */

/** The part of an XState state node this needs (a structural type: no xstate import in the bundle). */
export interface StateNodeShape {
  type: string;
  states: Record<string, StateNodeShape>;
}

/** The texts `stateText` can give for this node's value. */
function valueTexts(node: StateNodeShape): string[] {
  const children = Object.entries(node.states).filter(([, child]) => child.type !== 'history');
  // A leaf child is the value itself; a nested one writes its key before its own value.
  const childTexts = ([key, child]: [string, StateNodeShape]): string[] =>
    child.type === 'atomic' || child.type === 'final' ? [key] : valueTexts(child).map((text) => `${key}.${text}`);
  if (node.type !== 'parallel') return children.flatMap(childTexts);
  // Every region is in one of its states at once: `a.x,b.y` for each combination.
  return children.reduce<string[]>(
    (combos, [key, child]) => {
      const region = child.type === 'atomic' || child.type === 'final' ? [`${key}.`] : valueTexts(child).map((text) => `${key}.${text}`);
      return combos.flatMap((c) => region.map((r) => (c ? `${c},${r}` : r)));
    },
    [''],
  );
}

const cache = new WeakMap<StateNodeShape, readonly string[]>();

/** The state paths of a machine (pass `machine.root`), in the order the machine defines them. */
export function statePaths(root: StateNodeShape): readonly string[] {
  let paths = cache.get(root);
  if (!paths) {
    paths = valueTexts(root);
    cache.set(root, paths);
  }
  return paths;
}
