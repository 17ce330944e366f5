/** Island entry for the GDAP flow: only this flow's machine goes into the page's bundle. */
import { gdapFlow } from '~/domain/flows/gdap';
import type { FlowDefinition } from '~/domain/flow';
import { gdapPicture } from '~/domain/pictures/gdap';
import { SimulatorShell } from './SimulatorShell';
import type { SimulatorData } from './types';

export default function GdapSimulator(props: SimulatorData & { headingLevel?: 'h2' | 'h3' }) {
  return <SimulatorShell {...props} flow={gdapFlow as unknown as FlowDefinition} picture={gdapPicture} />;
}
