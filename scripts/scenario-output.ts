/**
 * The run as the runner prints it: each refusal carries its reason as English text beside the
 * reason key, from the English strings the simulator and its copied trace show. Read from the
 * dictionary itself (not through the simulator's `englishFor`, whose `~/` imports only resolve
 * from the project folder), so the runner works from any folder.
 */
import type { RunResult, RunStep } from '../src/domain/scenario';
import { uiEn } from '../src/i18n/ui.en';

export type ReportStep = RunStep & { reasonText?: string };
export type RunReport = Omit<RunResult, 'steps'> & { steps: ReportStep[] };

export function withReasonText(result: RunResult): RunReport {
  const reasons: Record<string, string> = uiEn.flows[result.flow].reasons;
  return {
    ...result,
    steps: result.steps.map((step) => {
      if (step.reason === undefined) return step;
      // Rebuilt so `reasonText` sits right after `reason` in the printed JSON.
      const { event, accepted, rejectedBy, reason, state } = step;
      const text = Object.hasOwn(reasons, reason) ? reasons[reason] : undefined;
      return { event, accepted, ...(rejectedBy ? { rejectedBy } : {}), reason, reasonText: text ?? reason, state };
    }),
  };
}
