/**
 * The relationship map's words in one language: parties, ties and lines are named with the
 * glossary's terms (so the map says what the guides say), the rest comes from the dictionary.
 */
import type { MapStrings } from '../components/simulator/types';
import { glossaryTerm } from '../i18n/glossary';
import type { Locale } from '../i18n/types';
import { UI } from '../i18n/ui';

/** A glossary term as a label: English labels start with a capital, as the other labels do. */
function label(id: string, locale: Locale): string {
  const term = glossaryTerm(id, locale);
  return locale === 'en' ? term.charAt(0).toUpperCase() + term.slice(1) : term;
}

export function mapStrings(locale: Locale): MapStrings {
  const { otherPartners, microsoftSupport, securityGroup, partnerUser, ...ui } = UI[locale].map;
  const customer = `${label('customer', locale)}${locale === 'zh-tw' ? '' : ' '}${glossaryTerm('tenant', locale)}`;
  return {
    ...ui,
    customer,
    parties: {
      partner: label('partner', locale),
      otherPartners,
      provider: label('indirectProvider', locale),
      reseller: label('indirectReseller', locale),
      microsoftSupport,
      securityGroup,
      partnerUser,
    },
    ties: {
      request: ui.request,
      relationship: label('resellerRelationship', locale),
      dap: 'DAP',
      gdap: label('gdapRelationship', locale),
      accessAssignment: label('accessAssignment', locale),
      task: ui.task,
      rbac: ui.rbac,
      supportObligation: ui.supportObligation,
      supportRequest: ui.supportRequest,
      partnership: ui.partnership,
      partnershipRequest: ui.partnershipRequest,
      adminAccess: ui.adminAccess,
    },
    lines: {
      partnerOfRecord: label('partnerOfRecord', locale),
      sellers: ui.sellers,
      dapSellers: ui.dapSellers,
      supportContact: label('supportContact', locale),
      incentives: ui.incentives,
      mca: label('mca', locale),
    },
    details: {
      'role:globalAdmin': label('globalAdmin', locale),
      'role:serviceSupport': label('serviceSupportAdmin', locale),
      withDap: ui.withDap,
      withoutDap: ui.withoutDap,
    },
    slots: { subscription: label('subscription', locale) },
  };
}
