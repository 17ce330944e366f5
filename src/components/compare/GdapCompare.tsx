/** Compare island for the gdap flow: only this flow's machine goes into the page's bundle. */
import { gdapFlow } from '~/domain/flows/gdap';
import type { FlowDefinition } from '~/domain/flow';
import { CompareView } from './CompareView';
import type { CompareData } from './types';

export default function GdapCompare(props: CompareData) {
  return <CompareView {...props} flow={gdapFlow as unknown as FlowDefinition} />;
}
