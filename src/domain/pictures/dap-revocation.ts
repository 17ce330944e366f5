/** Removing DAP: what the partner keeps (relationship, obligation, Azure RBAC), other partners' DAP, and Microsoft support. */
import type { PictureBuilder, PictureParty, PictureTie } from '../picture';
import { tieFromFact } from '../picture';

export const dapRevocationPicture: PictureBuilder = (_given, { facts }, snapshot) => {
  const state = String((snapshot as { value?: unknown }).value ?? '');
  const others = facts.otherPartnersWithDap;
  const parties: PictureParty[] = [{ id: 'partner', kind: 'partner' }];
  const ties: PictureTie[] = [
    ...tieFromFact(facts.relationship, { id: 'relationship', kind: 'relationship', holder: 'partner' }),
    ...tieFromFact(facts.dap, { id: 'dap', kind: 'dap', holder: 'partner' }),
    ...(state === 'requestPending' ? tieFromFact(true, { id: 'request', kind: 'request', holder: 'partner' }) : []),
    ...tieFromFact(facts.azureRbac, { id: 'rbac', kind: 'rbac', holder: 'partner' }),
    ...tieFromFact(facts.supportObligation, {
      id: 'supportObligation',
      kind: 'supportObligation',
      holder: 'partner',
      ...(typeof facts.bindingAgreement === 'string' ? { detail: [facts.bindingAgreement] } : {}),
    }),
  ];
  if (others === null || (typeof others === 'number' && others > 0)) {
    parties.push({ id: 'otherPartners', kind: 'otherPartners' });
    ties.push(...tieFromFact(others === null ? null : true, { id: 'dap:others', kind: 'dap', holder: 'otherPartners' }));
  }
  if (facts.supportRequestForCustomer === true || facts.supportRequestForCustomer === null) {
    parties.push({ id: 'microsoftSupport', kind: 'microsoftSupport' });
    ties.push(...tieFromFact(facts.supportRequestForCustomer, { id: 'supportRequest', kind: 'supportRequest', holder: 'microsoftSupport' }));
  }
  return { parties, ties, slots: [] };
};
