/** Island entry for the multi-partner flow: only this flow's machine goes into the page's bundle. */
import { multiPartnerFlow } from '~/domain/flows/multi-partner';
import type { FlowDefinition } from '~/domain/flow';
import { multiPartnerPicture } from '~/domain/pictures/multi-partner';
import { FocusPicker } from './FocusPicker';
import { PremiseNotice } from './PremiseNotice';
import { SimulatorShell } from './SimulatorShell';
import type { SimulatorData } from './types';

export default function MultiPartnerSimulator(props: SimulatorData & { headingLevel?: 'h2' | 'h3' }) {
  return <SimulatorShell {...props} flow={multiPartnerFlow as unknown as FlowDefinition} picture={multiPartnerPicture} Premise={PremiseNotice} FocusPicker={FocusPicker} />;
}
