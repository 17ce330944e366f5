/** Two tiers: the provider's partnership with the reseller, the reseller's admin access, and on a subscription who supports it and who earns incentives. */
import type { PictureBuilder, PictureSlot } from '../picture';
import { partiesFromFact, tieFromFact } from '../picture';

export const indirectResellerPicture: PictureBuilder = (_given, { facts }, snapshot) => {
  const state = String((snapshot as { value?: unknown }).value ?? '');
  const slots: PictureSlot[] = [];
  if (facts.subscriptionAdded === true || facts.subscriptionAdded === null) {
    const incentives = facts.incentivesForReseller;
    slots.push({
      id: 'subscription',
      label: 'subscription',
      lines: [
        { id: 'supportContact', kind: 'supportContact', parties: partiesFromFact(facts.supportContact, ['provider', 'reseller']) },
        { id: 'incentives', kind: 'incentives', parties: incentives === null ? null : incentives === true ? ['reseller'] : [] },
      ],
    });
  }
  return {
    parties: [
      { id: 'provider', kind: 'provider' },
      { id: 'reseller', kind: 'reseller' },
    ],
    ties: [
      ...(state === 'requestSent' ? tieFromFact(true, { id: 'partnershipRequest', kind: 'partnershipRequest', holder: 'provider', to: 'reseller' }) : []),
      ...tieFromFact(facts.partnership, { id: 'partnership', kind: 'partnership', holder: 'provider', to: 'reseller' }),
      ...tieFromFact(facts.resellerAdminAccess, { id: 'adminAccess', kind: 'adminAccess', holder: 'reseller' }),
    ],
    slots,
  };
};
