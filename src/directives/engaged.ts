/**
 * `client:engaged`: hydrate an island when the reader reaches for it (pointer over it, touch,
 * keyboard focus inside) or at once when the address carries a scenario to show. The server
 * has already rendered the whole starting state, so nothing is missing until then, and pages
 * load no simulator code for readers who only read (scripts/budget.mjs).
 * A click or tap that lands before the code has arrived is not lost: it is replayed on the
 * same element once the island is live (hydration keeps the server's DOM nodes).
 */
import type { ClientDirective } from 'astro';
import { hasScenarioParams } from '../domain/scenario-params';

const TRIGGERS = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;

const engaged: ClientDirective = (load, _options, el) => {
  let started = false;
  let failed = false;
  let pending: HTMLElement | null = null;
  el.addEventListener('astro:hydration-error', () => {
    failed = true;
  });

  // Until the island is live, hold clicks on its controls (a checkbox would otherwise change
  // under the island's feet) and remember the last one to replay.
  const hold = (event: Event) => {
    const control = (event.target as Element | null)?.closest<HTMLElement>('button, input, select, textarea');
    if (!control || !el.contains(control)) return;
    event.preventDefault();
    event.stopPropagation();
    pending = control;
    start();
  };

  const start = () => {
    if (started) return;
    started = true;
    for (const type of TRIGGERS) el.removeEventListener(type, start);
    failed = false;
    const fail = () => {
      // Offline, or a deployment replaced the files: say so, and try again on the next approach.
      const root = el.querySelector<HTMLElement>('[data-load-failed]');
      const status = root?.querySelector<HTMLElement>('[role="status"]');
      if (root && status) status.textContent = root.dataset.loadFailed ?? '';
      started = false;
      for (const type of TRIGGERS) el.addEventListener(type, start, { passive: true });
    };
    load()
      .then((hydrate) => hydrate())
      .then(() => {
        // Astro reports a failed import as an event and hands back a hydrate that does nothing.
        if (failed) return fail();
        el.removeEventListener('click', hold, true);
        const control = pending;
        pending = null;
        if (control?.isConnected && !(control as HTMLButtonElement).disabled) control.click();
      }, fail);
  };


  el.addEventListener('click', hold, true);
  for (const type of TRIGGERS) el.addEventListener(type, start, { passive: true });
  if (hasScenarioParams(window.location.search)) start();
};

export default engaged;
