/** The invitation's picture: the partner's request, then the relationship and DAP it brings. */
import type { PictureBuilder } from '../picture';
import { tieFromFact } from '../picture';

export const invitationPicture: PictureBuilder = (_given, { facts }) => ({
  parties: [{ id: 'partner', kind: 'partner' }],
  ties: [
    // Sent and not yet answered: the request is what ties them.
    ...(facts.sent === true && facts.relationship === false ? tieFromFact(true, { id: 'request', kind: 'request', holder: 'partner' }) : []),
    ...tieFromFact(facts.relationship, { id: 'relationship', kind: 'relationship', holder: 'partner' }),
    ...tieFromFact(facts.dap, { id: 'dap', kind: 'dap', holder: 'partner' }),
  ],
  slots: [],
});
