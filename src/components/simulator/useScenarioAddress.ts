/**
 * The simulator's address: a link opens its scenario (and its view: presenter mode, a story), and
 * the address then always holds what is shown, so a reload or a copied address reopens it.
 * `ready` turns true once the linked state is in place, for readers' first sight and for tests.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FlowDefinition, FlowEvent, Given } from '~/domain/flow';
import { hasScenarioParams } from '~/domain/scenario-params';
import type { OnOpen } from './address';
import { loadPermalink } from './on-demand';
import type { View } from './view-params';

interface Options {
  flow: FlowDefinition;
  latest: () => { given: Given; events: FlowEvent[]; cursor: number };
  view: View;
  /** What the link asked for: its scenario (null when it had none or a bad one), its view, what was wrong. */
  onOpen: OnOpen;
  loadFailed: () => void;
}

export function useScenarioAddress({ flow, latest, view, onOpen, loadFailed }: Options, changes: unknown[]): boolean {
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const search = window.location.search;
    if (!hasScenarioParams(search)) {
      setReady(true);
      return;
    }
    loadPermalink()
      .then(({ openAddress }) => openAddress(flow, search, onOpen), loadFailed)
      .finally(() => setReady(true));
  }, []);

  // Not before the page's own address has been read (a link stays as it was given until a change).
  useEffect(() => {
    if (!ready) return;
    // The latest session, not this render's: steps may have been taken while the module loaded.
    loadPermalink().then(({ writeAddress }) => writeAddress(flow, latest(), view), loadFailed);
  }, changes);

  return ready;
}
